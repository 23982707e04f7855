package factstest

import (
	"os"
	"path/filepath"
	"strings"
)

// SeedFiles reads the files matching the glob patterns as fuzz seeds of
// kind name: each file whose name ends in one of exts.
func SeedFiles(name string, exts []string, patterns ...string) []Seed {
	var seeds []Seed
	for _, pattern := range patterns {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			for _, ext := range exts {
				if strings.HasSuffix(p, ext) {
					if b, err := os.ReadFile(p); err == nil {
						seeds = append(seeds, Seed{Name: name, Src: b})
					}
					break
				}
			}
		}
	}
	return seeds
}
