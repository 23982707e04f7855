package terraform

import (
	"cmp"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// module is what every file of a module directory shares: the expressions
// that define input variables and locals, and their folded values, computed
// once per unit.
type module struct {
	vars   map[string]binding // var name → tfvars value, else default
	locals map[string]binding
	memo   map[string]resolution // rendered traversal → value
	// active holds the names being resolved ("local.a"), to stop at cycles.
	active map[string]bool
	// each is the instance of a for_each block being built: each.value's
	// definition and each.key's value; nil outside such a block.
	each *instance
}

// instance is one element of a known for_each map.
type instance struct {
	value binding
	key   facts.Value
}

// binding is the expression that defines a name, and the file it is in.
type binding struct {
	expr hcl.Expression
	file *tfFile
}

type resolution struct {
	value facts.Value
	ok    bool
}

// maxChain bounds a chain of names defined through each other
// (local.a = local.b.c, local.b = var.d, ...); real modules use a handful.
const maxChain = 64

// newModule collects variable defaults, auto-loaded tfvars and locals.
func newModule(files []*tfFile) *module {
	m := &module{
		vars:   map[string]binding{},
		locals: map[string]binding{},
		memo:   map[string]resolution{},
		active: map[string]bool{},
	}
	var tfvars []*tfFile
	for _, f := range files {
		if f.body == nil {
			continue
		}
		if f.tfvars {
			if autoLoaded(f.src.Path) {
				tfvars = append(tfvars, f)
			}
			continue
		}
		for _, b := range f.blocks {
			switch {
			case b.Type == "variable" && len(b.Labels) == 1:
				attrs, _ := attributes(b.Body)
				for _, a := range attrs {
					if a.Name == "default" {
						addFirst(m.vars, b.Labels[0], binding{a.Expr, f})
					}
				}
			case b.Type == "locals":
				attrs, _ := attributes(b.Body)
				for _, a := range attrs {
					addFirst(m.locals, a.Name, binding{a.Expr, f})
				}
			}
		}
	}
	// Terraform loads terraform.tfvars, then terraform.tfvars.json, then
	// *.auto.tfvars(.json) in lexical order; a later file wins.
	slices.SortFunc(tfvars, func(a, b *tfFile) int { return cmp.Compare(tfvarsRank(a.src.Path), tfvarsRank(b.src.Path)) })
	for _, f := range tfvars {
		attrs, _ := attributes(f.body)
		for _, a := range attrs {
			m.vars[a.Name] = binding{a.Expr, f}
		}
	}
	return m
}

// addFirst keeps the first definition of a duplicated name (Terraform
// rejects duplicates; the first is where a reader looks).
func addFirst(m map[string]binding, name string, b binding) {
	if _, dup := m[name]; !dup {
		m[name] = b
	}
}

// autoLoaded reports whether Terraform reads a variable definitions file
// without -var-file.
func autoLoaded(p string) bool {
	base := path.Base(p)
	return base == "terraform.tfvars" || base == "terraform.tfvars.json" ||
		strings.HasSuffix(base, ".auto.tfvars") || strings.HasSuffix(base, ".auto.tfvars.json")
}

func tfvarsRank(p string) string {
	switch base := path.Base(p); base {
	case "terraform.tfvars":
		return "0"
	case "terraform.tfvars.json":
		return "1"
	default:
		return "2" + base
	}
}

// resolve returns the value of a var.* or local.* traversal as its
// definition reads, with parts that point where its literals are written.
// Steps after the name (local.conf.password, var.hosts[0]) are followed
// into object and tuple constructors. ok is false when the value is not in
// the module: no default, a null default, an unknown name, a cycle.
func (m *module) resolve(tr hcl.Traversal) (facts.Value, bool) {
	if len(tr) < 2 {
		return facts.Value{}, false
	}
	if tr.RootName() == "each" {
		return m.resolveEach(tr)
	}
	name, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return facts.Value{}, false
	}
	var (
		b     binding
		found bool
	)
	switch tr.RootName() {
	case "var":
		b, found = m.vars[name.Name]
	case "local":
		b, found = m.locals[name.Name]
	}
	qualified := tr.RootName() + "." + name.Name
	if !found || m.active[qualified] || len(m.active) >= maxChain {
		return facts.Value{}, false
	}
	key := render(tr)
	if r, done := m.memo[key]; done {
		return r.value, r.ok
	}
	m.active[qualified] = true
	v, ok := m.follow(b, tr[2:])
	delete(m.active, qualified)
	if ok && tr.RootName() == "var" && v.Type == facts.Null {
		// A null default means the caller must pass the value.
		ok = false
	}
	m.memo[key] = resolution{v, ok}
	return v, ok
}

// follow evaluates the part of a definition that the steps select.
func (m *module) follow(b binding, steps hcl.Traversal) (facts.Value, bool) {
	expr := b.expr
	for i, step := range steps {
		if sub, ok := m.selectStep(expr, step, b.file); ok {
			expr = sub
			continue
		}
		// The definition is itself a name: continue through it
		// (local.db = var.db, then local.db.password).
		if ref, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
			next := append(slices.Clip(ref.Traversal), steps[i:]...)
			return m.resolve(next)
		}
		return facts.Value{}, false
	}
	return m.eval(expr, b.file, true), true
}

// selectStep picks the element of an object or tuple constructor that an
// attribute or index step names.
func (m *module) selectStep(expr hcl.Expression, step hcl.Traverser, f *tfFile) (hcl.Expression, bool) {
	var key cty.Value
	switch s := step.(type) {
	case hcl.TraverseAttr:
		key = cty.StringVal(s.Name)
	case hcl.TraverseIndex:
		key = s.Key
	default:
		return nil, false
	}
	if !key.IsKnown() || key.IsNull() {
		return nil, false
	}
	if key.Type() == cty.String {
		items, ok := m.objectItems(expr, f)
		if !ok {
			return nil, false
		}
		for _, it := range items {
			if it.key == key.AsString() {
				return it.value, true
			}
		}
		return nil, false
	}
	if key.Type() == cty.Number {
		elems, diags := hcl.ExprList(expr)
		if diags.HasErrors() {
			return nil, false
		}
		i, acc := key.AsBigFloat().Int64()
		if acc != 0 || i < 0 || i >= int64(len(elems)) {
			return nil, false
		}
		return elems[i], true
	}
	return nil, false
}

// resolveEach folds each.key and each.value(.attr...) inside a for_each
// block whose map is known; not memoized, as it differs per instance.
func (m *module) resolveEach(tr hcl.Traversal) (facts.Value, bool) {
	step, ok := tr[1].(hcl.TraverseAttr)
	if m.each == nil || !ok {
		return facts.Value{}, false
	}
	switch step.Name {
	case "key":
		return m.each.key, len(tr) == 2
	case "value":
		return m.follow(m.each.value, tr[2:])
	}
	return facts.Value{}, false
}

// forEachItems returns the elements of a for_each map written in the module:
// an object constructor in place, or behind var.x / local.x (and steps into
// them). ok is false for anything else (toset([...]), comprehensions, data).
func (m *module) forEachItems(expr hcl.Expression, f *tfFile) ([]item, *tfFile, bool) {
	for range maxChain {
		if items, ok := m.objectItems(expr, f); ok {
			return items, f, true
		}
		ref, ok := expr.(*hclsyntax.ScopeTraversalExpr)
		if !ok || len(ref.Traversal) < 2 {
			return nil, nil, false
		}
		name, ok := ref.Traversal[1].(hcl.TraverseAttr)
		if !ok {
			return nil, nil, false
		}
		var b binding
		switch ref.Traversal.RootName() {
		case "var":
			b, ok = m.vars[name.Name]
		case "local":
			b, ok = m.locals[name.Name]
		default:
			return nil, nil, false
		}
		if !ok {
			return nil, nil, false
		}
		expr, f = b.expr, b.file
		for _, step := range ref.Traversal[2:] {
			if expr, ok = m.selectStep(expr, step, f); !ok {
				return nil, nil, false
			}
		}
	}
	return nil, nil, false
}
