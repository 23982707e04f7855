package driver

import (
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
// includes it.
func (w *Walker) addBundleContext(units []Unit) {
	bundles := map[string][]string{} // root -> its files, root first; nil: no bundle root here
	members := func(dir string) []string {
		if m, ok := bundles[dir]; ok {
			return m
		}
		var m []string
		for _, name := range []string{"databricks.yml", "databricks.yaml"} {
			root := path.Join(dir, name)
			if src, ok := w.readRel(root); ok {
				m = append([]string{root}, yamlfile.IncludedPaths(root, src, w.glob)...)
				break
			}
		}
		bundles[dir] = m
		return m
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
			if m := members(dir); m != nil {
				if contains(m, file) {
					for _, g := range m {
						if g != file {
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
		if rel, ok := w.rel(m); ok {
			if _, ok := w.readRel(rel); ok {
				out = append(out, rel)
			}
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
