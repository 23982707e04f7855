package driver

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/bricklint/bricklint/analyzers/lang/shell"
	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Bounds on the notebooks one unit reads through %run.
const (
	maxIncludes    = 32
	maxIncludeSize = 8 << 20
)

// includes returns the notebooks that the notebook from (with content src)
// runs with %run, and those they run, resolved relative to the including
// notebook inside the root, breadth first to notebook.MaxRunDepth levels;
// a notebook seen already (a cycle, a diamond) comes once. read returns a
// root-relative file's content, ok false when it cannot be read.
func includes(from string, src []byte, read func(rel string) ([]byte, bool)) (paths []string, contents [][]byte) {
	seen := map[string]bool{from: true}
	type item struct {
		path string
		src  []byte
	}
	level := []item{{from, src}}
	cache := map[string][]byte{}
	exists := func(rel string) bool {
		if _, ok := cache[rel]; ok {
			return true
		}
		if !source.IsCandidate(rel, nil) {
			return false
		}
		b, ok := read(rel)
		if ok {
			cache[rel] = b
		}
		return ok
	}
	for depth := 0; depth < notebook.MaxRunDepth && len(level) > 0; depth++ {
		var next []item
		for _, it := range level {
			if !bytes.Contains(it.src, []byte("%run")) {
				continue
			}
			for _, ref := range notebook.RunRefs(it.src) {
				rel, ok := notebook.ResolveRun(it.path, ref.Target, exists)
				if !ok || seen[rel] || len(paths) >= maxIncludes {
					continue
				}
				seen[rel] = true
				paths = append(paths, rel)
				contents = append(contents, cache[rel])
				next = append(next, item{rel, cache[rel]})
			}
		}
		level = next
	}
	return paths, contents
}

// sourcedFiles returns the files a shell script sources from the
// repository (shell.SourcedPaths: relative to the script, inside the root,
// bounded, cycles stopped) with their contents, read once each.
func sourcedFiles(from string, src []byte, read func(rel string) ([]byte, bool)) (paths []string, contents [][]byte) {
	cache := map[string][]byte{}
	paths = shell.SourcedPaths(from, src, func(rel string) ([]byte, bool) {
		b, ok := read(rel)
		if ok {
			cache[rel] = b
		}
		return b, ok
	})
	for _, p := range paths {
		contents = append(contents, cache[p])
	}
	return paths, contents
}

// includeReader reads what %run includes and what scripts source: through opts.ReadFile (the git
// index for --staged), or regular files under the root (never a symbolic
// link, as discovery never follows one); not binary, within the size bound.
func includeReader(opts Options) func(string) ([]byte, bool) {
	return func(rel string) ([]byte, bool) {
		var b []byte
		var err error
		if opts.ReadFile != nil {
			b, err = opts.ReadFile(rel)
		} else {
			abs := filepath.Join(opts.Root, filepath.FromSlash(rel))
			info, lerr := os.Lstat(abs)
			if lerr != nil || !info.Mode().IsRegular() || info.Size() > maxIncludeSize {
				return nil, false
			}
			b, err = os.ReadFile(abs)
		}
		if err != nil || len(b) > maxIncludeSize || isBinary(b) {
			return nil, false
		}
		return b, true
	}
}
