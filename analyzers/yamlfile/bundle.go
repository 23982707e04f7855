package yamlfile

import (
	"path"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bricklint/bricklint/analyzers/source"
)

// maxIncluded bounds how many files one bundle's include: globs add to a
// unit (the driver reads them as context).
const maxIncluded = 256

// maxTargets bounds the targets a value is resolved in.
const maxTargets = 64

// IsBundleRoot reports whether a root-relative path names a bundle's root
// configuration file, databricks.yml (or .yaml).
func IsBundleRoot(name string) bool {
	base := strings.ToLower(path.Base(name))
	return base == "databricks.yml" || base == "databricks.yaml"
}

// IncludedPaths returns the files the bundle root at root-relative path name
// includes: its include: entries are globs relative to the root's directory
// (the Databricks CLI's rule), which glob expands into root-relative paths.
// Patterns that leave the directory are not followed.
func IncludedPaths(name string, src []byte, glob func(pattern string) []string) []string {
	docs, _ := decodeAll(src)
	dir := path.Dir(name)
	seen := map[string]bool{name: true}
	var out []string
	for _, doc := range docs {
		inc := get(docRoot(doc), "include")
		if inc == nil || inc.Kind != yaml.SequenceNode {
			continue
		}
		for _, p := range inc.Content {
			if p.Kind != yaml.ScalarNode || p.Value == "" || strings.HasPrefix(p.Value, "/") {
				continue
			}
			pattern := path.Join(dir, p.Value)
			if rel := path.Clean(p.Value); rel == ".." || strings.HasPrefix(rel, "../") {
				continue
			}
			for _, m := range glob(pattern) {
				if f, _ := source.Classify(m, nil); f != source.YAML || seen[m] || len(out) >= maxIncluded {
					continue
				}
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// DeclaresVariables reports whether a bundle file declares variables or
// targets, which the bundle's other files resolve ${var.x} against.
func DeclaresVariables(src []byte) bool {
	docs, _ := decodeAll(src)
	for _, doc := range docs {
		if root := docRoot(doc); get(root, "variables") != nil || get(root, "targets") != nil {
			return true
		}
	}
	return false
}

// bundleModel is what a bundle's files declare about its variables, read
// from every bundle file of the unit (databricks.yml and the files it
// includes, which the driver puts in one unit): a reference ${var.x} in any
// of them resolves against all of them.
//
// The Databricks CLI deploys one target at a time: a target's variables:
// entry overrides the top-level default, and its resources: are joined with
// the top-level ones (tasks by task_key, job clusters by job_cluster_key),
// the target's settings taking precedence. A value is therefore resolved
// once per target (a "world"): ${var.x} written at the top level folds to
// each target's value of x, ${var.x} written under targets.<t> to t's only.
// Each distinct result is a fact of its own, so a literal that reaches a
// secret-carrying key in any target is found where it is written.
type bundleModel struct {
	defaults map[string]literal            // literal top-level defaults
	deploy   map[string]bool               // decided at deploy time: lookup:, complex values
	targets  []string                      // in the order written
	values   map[string]map[string]literal // target -> variable -> literal value; zero: not literal
}

// literal is a scalar of one of the unit's files.
type literal struct {
	node *yaml.Node
	file *source.File
}

func newBundleModel() *bundleModel {
	return &bundleModel{defaults: map[string]literal{}, deploy: map[string]bool{}, values: map[string]map[string]literal{}}
}

// add reads the variables and targets of bundle file f.
func (m *bundleModel) add(f *source.File, docs []*yaml.Node) {
	for _, doc := range docs {
		root := docRoot(doc)
		if variables := get(root, "variables"); variables != nil && variables.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(variables.Content); i += 2 {
				name := variables.Content[i].Value
				if d, ok := variableValue(variables.Content[i+1], false); ok {
					m.defaults[name] = literal{d, f}
				} else {
					m.deploy[name] = true
				}
			}
		}
		targets := get(root, "targets")
		if targets == nil || targets.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(targets.Content); i += 2 {
			t := targets.Content[i].Value
			if _, ok := m.values[t]; !ok && len(m.targets) < maxTargets {
				m.targets = append(m.targets, t)
				m.values[t] = map[string]literal{}
			}
			tv := get(targets.Content[i+1], "variables")
			if m.values[t] == nil || tv == nil || tv.Kind != yaml.MappingNode {
				continue
			}
			for j := 0; j+1 < len(tv.Content); j += 2 {
				var lit literal
				if d, ok := variableValue(tv.Content[j+1], true); ok {
					lit = literal{d, f}
				}
				m.values[t][tv.Content[j].Value] = lit
			}
		}
	}
}

// variableValue returns the literal scalar a variable definition sets:
// {default: …} without a lookup, or (in a target, short form) the scalar
// itself.
func variableValue(def *yaml.Node, short bool) (*yaml.Node, bool) {
	for def != nil && def.Kind == yaml.AliasNode {
		def = def.Alias
	}
	if def == nil {
		return nil, false
	}
	if def.Kind == yaml.ScalarNode {
		return def, short && def.Tag != "!!null"
	}
	if get(def, "lookup") != nil {
		return nil, false
	}
	d := get(def, "default")
	for d != nil && d.Kind == yaml.AliasNode {
		d = d.Alias
	}
	if d == nil || d.Kind != yaml.ScalarNode || d.Tag == "!!null" {
		return nil, false
	}
	return d, true
}

// worlds are the targets a value at path is deployed in: its own target
// under targets.<t>, every target elsewhere ("" when there are none).
func (m *bundleModel) worlds(p string) []string {
	if rest, ok := strings.CutPrefix(p, "targets."); ok {
		for _, t := range m.targets {
			if rest == t || strings.HasPrefix(rest, t+".") || strings.HasPrefix(rest, t+"[") {
				return []string{t}
			}
		}
	}
	if len(m.targets) == 0 {
		return []string{""}
	}
	return m.targets
}

// lookup returns the literal value of variable name in target world.
func (m *bundleModel) lookup(name, world string) (literal, bool) {
	if v, ok := m.values[world][name]; ok {
		return v, v.node != nil
	}
	d, ok := m.defaults[name]
	return d, ok && !m.deploy[name]
}

// bundleFiles builds the model of the bundle files among files (f's unit).
func bundleFiles(f *source.File, docs []*yaml.Node, unit []*source.File) *bundleModel {
	m := newBundleModel()
	m.add(f, docs)
	for _, g := range unit {
		if g == f || g.Format != source.YAML {
			continue
		}
		gd, _ := decodeAll(g.Src)
		if isBundle(g.Path, gd) {
			m.add(g, gd)
		}
	}
	return m
}
