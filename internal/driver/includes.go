package driver

import (
	"bytes"
	"os"
	"path/filepath"

	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/analyzers/source"
)

// maxIncludes bounds how many notebooks one unit reads through %run.
const maxIncludes = 32

// addIncludes gives each notebook unit the notebooks it includes with %run
// (and those include), resolved relative to the including notebook inside
// the root, breadth first to notebook.MaxRunDepth levels; a notebook seen
// already (a cycle, a diamond) is added once.
func (w *Walker) addIncludes(units []Unit) {
	for i := range units {
		u := &units[i]
		if len(u.Files) != 1 || source.IsTerraform(u.Files[0]) {
			continue
		}
		seen := map[string]bool{u.Files[0]: true}
		level := []string{u.Files[0]}
		for depth := 0; depth < notebook.MaxRunDepth && len(level) > 0; depth++ {
			var next []string
			for _, from := range level {
				b, ok := w.readSmall(from)
				if !ok || !bytes.Contains(b, []byte("%run")) {
					continue
				}
				for _, ref := range notebook.RunRefs(b) {
					rel, ok := notebook.ResolveRun(from, ref.Target, w.isNotebook)
					if !ok || seen[rel] || len(u.Includes) >= maxIncludes {
						continue
					}
					seen[rel] = true
					u.Includes = append(u.Includes, rel)
					next = append(next, rel)
				}
			}
			level = next
		}
	}
}

// isNotebook reports whether rel is a regular file bricklint would read.
func (w *Walker) isNotebook(rel string) bool {
	info, err := os.Lstat(filepath.Join(w.Root, filepath.FromSlash(rel)))
	return err == nil && w.check(rel, info) == ""
}

// readSmall reads a root-relative file within the size limit.
func (w *Walker) readSmall(rel string) ([]byte, bool) {
	abs := filepath.Join(w.Root, filepath.FromSlash(rel))
	info, err := os.Lstat(abs)
	if err != nil || !info.Mode().IsRegular() || w.MaxFileSize > 0 && info.Size() > w.MaxFileSize {
		return nil, false
	}
	b, err := os.ReadFile(abs)
	return b, err == nil
}
