package driver

import (
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/analyzers/yamlfile"
)

// addBundleContext gives the unit of a bundle file the other files of its
// bundle, as context: databricks.yml and the files its include: globs
// match. Their variables and targets are the file's (analyzers/yamlfile);
// what is written in each is reported by its own unit. A YAML file belongs
// to the bundle of the nearest databricks.yml above it when that root
// includes it. A file that declares variables or targets needs every use
// (its literals' findings are its own); the others need only the declaring
// files, which keeps a bundle of n resource files from costing n² reads.
func (w *Walker) addBundleContext(units []Unit) {
	type bundle struct {
		files    []string // root first
		declares map[string]bool
	}
	bundles := map[string]*bundle{} // directory -> its bundle; nil: no root there
	members := func(dir string) *bundle {
		if b, ok := bundles[dir]; ok {
			return b
		}
		var b *bundle
		for _, name := range []string{"databricks.yml", "databricks.yaml"} {
			root := path.Join(dir, name)
			if src, ok := w.readRel(root); ok {
				b = &bundle{files: append([]string{root}, yamlfile.IncludedPaths(root, src, w.glob)...), declares: map[string]bool{root: true}}
				for _, f := range b.files[1:] {
					if src, ok := w.readRel(f); ok && yamlfile.DeclaresVariables(src) {
						b.declares[f] = true
					}
				}
				break
			}
		}
		bundles[dir] = b
		return b
	}
	for i := range units {
		u := &units[i]
		if len(u.Files) != 1 {
			continue
		}
		file := u.Files[0]
		if f, _ := source.Classify(file, nil); f != source.YAML {
			continue
		}
		for dir := path.Dir(file); ; dir = path.Dir(dir) {
			if b := members(dir); b != nil {
				if contains(b.files, file) {
					for _, g := range b.files {
						if g != file && (b.declares[file] || b.declares[g]) {
							u.Context = append(u.Context, g)
						}
					}
				}
				break // the nearest root decides
			}
			if dir == "." || dir == "/" {
				break
			}
		}
	}
}

// glob expands a root-relative pattern into the regular files under the
// root it matches, sorted.
func (w *Walker) glob(pattern string) []string {
	matches, err := filepath.Glob(filepath.Join(w.Root, filepath.FromSlash(pattern)))
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range matches {
		// Neither a link nor a linked directory may lead out of the root.
		real, err := filepath.EvalSymlinks(m)
		if err != nil {
			continue
		}
		if st, err := os.Stat(real); err != nil || !st.Mode().IsRegular() {
			continue
		}
		_, inRoot := w.rel(real)
		if rel, ok := w.rel(m); ok && inRoot {
			out = append(out, rel)
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
