package benchcorpus

import (
	"flag"
	"path/filepath"
	"testing"
)

var (
	outDir = flag.String("corpus-dir", "", "write a benchmark corpus into this directory (bench/ generates its corpora with Generate directly)")
	nFiles = flag.Int("corpus-files", 2000, "number of files of the corpus")
)

// TestWriteCorpus writes the corpus for the benchmark script when asked to,
// and otherwise checks that a small one has every kind of file.
func TestWriteCorpus(t *testing.T) {
	dir, n := *outDir, *nFiles
	if dir == "" {
		dir, n = t.TempDir(), 40
	}
	size, err := Generate(dir, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, pattern := range []string{"*/notebooks/*.py", "*/jobs/*.json", "*/infra/*/main.tf", "*/resources/*.yml", "*/scripts/*.sh", "*/sql/*.sql", "*/docs/*.md"} {
		if m, _ := filepath.Glob(filepath.Join(dir, pattern)); len(m) == 0 {
			t.Errorf("no %s in the corpus", pattern)
		}
	}
	if size == 0 {
		t.Error("empty corpus")
	}
	if *outDir != "" {
		t.Logf("wrote %d files, %d bytes to %s", n, size, dir)
	}
}
