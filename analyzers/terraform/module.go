package terraform

import (
	"cmp"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// module is one instance of a module directory: the expressions that define
// its input variables and locals, and their folded values, computed once.
// The root module has one instance per set of variable values (the
// auto-loaded tfvars, and each -var-file); a local child module has one per
// module block that calls it, its variables set by the block's arguments.
type module struct {
	dir    string
	vars   map[string]binding // var name → argument, tfvars value, else default
	locals map[string]binding
	// names are the variables of a templatefile() template (template is
	// set) or of a for expression's element.
	names    map[string]binding
	template bool
	memo     map[string]resolution // rendered traversal → value
	// active holds the names being resolved ("local.a"), to stop at cycles.
	active map[string]bool
	// each is the instance of a for_each or count block being built:
	// each.value's definition and each.key's (or count.index's) value; nil
	// outside such a block.
	each *instance
	// depth counts the module blocks between the root module and this one.
	depth int
	// calls are the directories of the module blocks that led here, to stop
	// at a module that calls itself.
	calls []string
	// children are the local child modules this instance calls, by label.
	children map[string]*module
	prog     *program
	// nesting counts collection() calls in progress, to stop at cycles.
	nesting int
}

// instance is one element of a known for_each collection, or one count,
// or one element of a dynamic block's for_each.
type instance struct {
	value binding
	key   facts.Value
	count bool   // count.index is key; each.* is not defined
	name  string // a dynamic block's iterator; "" for each.*
	outer *instance
}

// binding is the expression that defines a name, the file it is in, and the
// module instance it is evaluated in: a child module's variable is defined
// by an argument written in (and evaluated by) its caller.
type binding struct {
	expr hcl.Expression
	file *tfFile
	mod  *module
}

type resolution struct {
	value facts.Value
	ok    bool
}

// maxChain bounds a chain of names defined through each other
// (local.a = local.b.c, local.b = var.d, ...); real modules use a handful.
const maxChain = 64

// newModule collects variable defaults and locals of a module directory,
// then lets the inputs (a module block's arguments, or tfvars) override the
// defaults.
func newModule(dir string, files []*tfFile, inputs ...[]*tfFile) *module {
	m := &module{
		dir:    dir,
		vars:   map[string]binding{},
		locals: map[string]binding{},
		memo:   map[string]resolution{},
		active: map[string]bool{},
	}
	for _, f := range files {
		if f.body == nil || f.tfvars {
			continue
		}
		for _, b := range f.blocks {
			switch {
			case b.Type == "variable" && len(b.Labels) == 1:
				attrs, _ := attributes(b.Body)
				for _, a := range attrs {
					if a.Name == "default" {
						addFirst(m.vars, b.Labels[0], binding{a.Expr, f, m})
					}
				}
			case b.Type == "locals":
				attrs, _ := attributes(b.Body)
				for _, a := range attrs {
					addFirst(m.locals, a.Name, binding{a.Expr, f, m})
				}
			}
		}
	}
	for _, set := range inputs {
		for _, f := range set {
			if f.body == nil {
				continue
			}
			attrs, _ := attributes(f.body)
			for _, a := range attrs {
				m.vars[a.Name] = binding{a.Expr, f, m}
			}
		}
	}
	return m
}

// autoTfvars returns the variable definitions files Terraform reads without
// -var-file, in the order it reads them: terraform.tfvars, then
// terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order; a
// later file wins.
func autoTfvars(files []*tfFile) []*tfFile {
	var out []*tfFile
	for _, f := range files {
		if f.tfvars && autoLoaded(f.src.Path) {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b *tfFile) int { return cmp.Compare(tfvarsRank(a.src.Path), tfvarsRank(b.src.Path)) })
	return out
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
	if b, found := m.names[tr.RootName()]; found || m.template {
		// A template sees only the variables templatefile() passes it; a
		// for expression's variables hide the module's names.
		if !found || len(m.active) >= maxChain {
			return facts.Value{}, false
		}
		return m.follow(b, tr[1:])
	}
	if len(tr) < 2 {
		return facts.Value{}, false
	}
	if in := m.each.named(tr.RootName()); in != nil {
		return in.resolve(m, tr)
	}
	switch tr.RootName() {
	case "each", "count":
		return facts.Value{}, false
	case "module":
		return m.resolveOutput(tr)
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

// resolveOutput folds module.x.out(...) into the output of a local child
// module, evaluated in the instance this module calls.
func (m *module) resolveOutput(tr hcl.Traversal) (facts.Value, bool) {
	label, ok1 := tr[1].(hcl.TraverseAttr)
	if len(tr) < 3 || !ok1 || m.children[label.Name] == nil {
		return facts.Value{}, false
	}
	out, ok := tr[2].(hcl.TraverseAttr)
	qualified := "module." + label.Name + "." + out.Name
	if !ok || m.active[qualified] || len(m.active) >= maxChain {
		return facts.Value{}, false
	}
	b, ok := m.children[label.Name].output(out.Name)
	if !ok {
		return facts.Value{}, false
	}
	m.active[qualified] = true
	defer delete(m.active, qualified)
	return m.follow(b, tr[3:])
}

// follow evaluates the part of a definition that the steps select, in the
// module instance the definition belongs to.
func (m *module) follow(b binding, steps hcl.Traversal) (facts.Value, bool) {
	if b.mod != nil && b.mod != m {
		return b.mod.follow(b, steps)
	}
	expr := b.expr
	for i, step := range steps {
		if sub, ok := m.selectStep(expr, step, b.file); ok {
			expr = sub
			continue
		}
		switch x := expr.(type) {
		case *hclsyntax.ScopeTraversalExpr:
			// The definition is itself a name: continue through it
			// (local.db = var.db, then local.db.password).
			next := append(slices.Clip(x.Traversal), steps[i:]...)
			return m.resolve(next)
		case *hclsyntax.FunctionCallExpr:
			// merge(a, b).k is b's k when b has one, else a's.
			if x.Name == "merge" && !x.ExpandFinal {
				for j := len(x.Args) - 1; j >= 0; j-- {
					if v, ok := m.follow(binding{x.Args[j], b.file, m}, steps[i:]); ok {
						return v, true
					}
				}
			}
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

// named returns the innermost instance whose iterator is name: "each",
// "count", or a dynamic block's.
func (in *instance) named(name string) *instance {
	for ; in != nil; in = in.outer {
		if in.iterator() == name {
			return in
		}
	}
	return nil
}

func (in *instance) iterator() string {
	switch {
	case in.count:
		return "count"
	case in.name != "":
		return in.name
	}
	return "each"
}

// resolve folds each.key, each.value(.attr...), count.index, or a dynamic
// block's x.key and x.value(...) inside the instance; not memoized, as it
// differs per instance.
func (in *instance) resolve(m *module, tr hcl.Traversal) (facts.Value, bool) {
	step, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return facts.Value{}, false
	}
	switch {
	case in.count && step.Name == "index", !in.count && step.Name == "key":
		return in.key, len(tr) == 2
	case !in.count && step.Name == "value":
		return m.follow(in.value, tr[2:])
	}
	return facts.Value{}, false
}

// maxInstances bounds the blocks one for_each or count expands to, and the
// instances of one child module; past it the block is read once, unexpanded.
const maxInstances = 64

// forEachItems returns the elements of a for_each collection written in the
// module: an object constructor (a map), a tuple constructor or
// toset()/tolist() of one (a set: each.key and each.value are the element),
// in place or behind var.x / local.x (and steps into them), also when a
// child module's variable is set by its caller. ok is false for anything
// else (comprehensions, data sources, resources).
func (m *module) forEachItems(expr hcl.Expression, f *tfFile) ([]element, bool) {
	return m.collection(expr, f, false)
}

// objectElems returns the elements of an object written in the module, in
// place or behind var.x / local.x, or merged from such objects.
func (m *module) objectElems(expr hcl.Expression, f *tfFile) ([]element, bool) {
	return m.collection(expr, f, true)
}

func (m *module) collection(expr hcl.Expression, f *tfFile, objects bool) ([]element, bool) {
	if m.nesting >= maxChain {
		return nil, false // merge(local.a) with local.a = merge(local.a, ...)
	}
	m.nesting++
	defer func() { m.nesting-- }()
	for range maxChain {
		if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "merge" && !call.ExpandFinal {
			return m.mergeItems(call, f)
		}
		if fe, ok := expr.(*hclsyntax.ForExpr); ok {
			return m.forItems(fe, f)
		}
		if objects {
			if _, ok := m.objectItems(expr, f); !ok {
				if _, ok := expr.(*hclsyntax.ScopeTraversalExpr); !ok {
					return nil, false
				}
			}
		}
		if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && len(call.Args) == 1 && !call.ExpandFinal &&
			(call.Name == "toset" || call.Name == "tolist" || call.Name == "tomap") {
			expr = call.Args[0]
			continue
		}
		if items, ok := m.objectItems(expr, f); ok {
			out := make([]element, len(items))
			for i, it := range items {
				out[i] = element{key: literal(cty.StringVal(it.key), it.keyRange, f, facts.Literal), keyRange: it.keyRange, value: binding{it.value, f, m}}
			}
			return out, true
		}
		if elems, diags := hcl.ExprList(expr); !diags.HasErrors() {
			var out []element
			for _, e := range elems {
				// The element is its key in a set; an object or an unknown
				// element leaves the key unknown (for_each needs it known).
				out = append(out, element{key: m.eval(e, f, true), keyRange: e.Range(), value: binding{e, f, m}})
			}
			return out, true
		}
		ref, ok := expr.(*hclsyntax.ScopeTraversalExpr)
		if !ok || len(ref.Traversal) < 2 {
			return nil, false
		}
		name, ok := ref.Traversal[1].(hcl.TraverseAttr)
		if !ok {
			return nil, false
		}
		var b binding
		switch in := m.each.named(ref.Traversal.RootName()); {
		case in != nil && !in.count && name.Name == "value":
			b = in.value // for_each = each.value.parameters in a dynamic block
		case ref.Traversal.RootName() == "var":
			b, ok = m.vars[name.Name]
		case ref.Traversal.RootName() == "local":
			b, ok = m.locals[name.Name]
		default:
			return nil, false
		}
		if !ok {
			return nil, false
		}
		expr, f = b.expr, b.file
		if b.mod != nil {
			m = b.mod
		}
		for _, step := range ref.Traversal[2:] {
			if expr, ok = m.selectStep(expr, step, f); !ok {
				return nil, false
			}
		}
	}
	return nil, false
}

// element is one element of a for_each collection: its key (for a list or
// set, the element itself, unknown unless it is a known scalar) and its
// value's definition.
type element struct {
	key      facts.Value
	keyRange hcl.Range // in value.file
	value    binding
}

// forItems returns the elements of { for k, v in coll : key => value } (or
// [for v in coll : value]) over
// a known collection (the usual for_each = { for c in var.dbs : c.name => c }):
// each element's key and value are evaluated with the for's variables set
// to the collection's element. A condition is not evaluated: every element
// is kept, as a rule would rather see one instance too many.
func (m *module) forItems(fe *hclsyntax.ForExpr, f *tfFile) ([]element, bool) {
	if fe.Group {
		return nil, false
	}
	elems, ok := m.collection(fe.CollExpr, f, false)
	if !ok || len(elems) > maxInstances {
		return nil, false
	}
	var out []element
	for i, e := range elems {
		scope := *m
		scope.names, scope.memo, scope.active, scope.nesting = map[string]binding{}, map[string]resolution{}, map[string]bool{}, 0
		for k, v := range m.names {
			scope.names[k] = v
		}
		scope.names[fe.ValVar] = e.value
		if fe.KeyVar != "" {
			key := &hclsyntax.LiteralValueExpr{Val: cty.StringVal(e.key.Text()), SrcRange: e.keyRange}
			if e.keyRange == e.value.expr.Range() { // a list: the key is the index
				key.Val = cty.NumberIntVal(int64(i))
			} else if !e.key.IsKnown() {
				return nil, false
			}
			scope.names[fe.KeyVar] = binding{key, e.value.file, e.value.mod}
		}
		keyExpr := fe.KeyExpr
		if keyExpr == nil {
			keyExpr = fe.ValExpr // [for ...]: a list, whose elements are toset()'s keys
		}
		k := scope.eval(keyExpr, f, true)
		if !k.IsKnown() {
			return nil, false
		}
		out = append(out, element{key: k, keyRange: keyExpr.Range(), value: binding{fe.ValExpr, f, &scope}})
	}
	return out, true
}

// mergeItems returns the elements of merge(a, b, ...) when every argument
// is known: a later argument's key replaces an earlier one's.
func (m *module) mergeItems(call *hclsyntax.FunctionCallExpr, f *tfFile) ([]element, bool) {
	var out []element
	at := map[string]int{}
	for _, a := range call.Args {
		elems, ok := m.objectElems(a, f)
		if !ok {
			return nil, false
		}
		for _, e := range elems {
			if !e.key.IsKnown() {
				return nil, false
			}
			if i, dup := at[e.key.Text()]; dup {
				out[i] = e
				continue
			}
			at[e.key.Text()] = len(out)
			out = append(out, e)
		}
	}
	return out, true
}

// countOf returns a count written as a known whole number, or as the
// length() of a collection written in the module.
func (m *module) countOf(expr hcl.Expression, f *tfFile) (int, bool) {
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "length" && len(call.Args) == 1 && !call.ExpandFinal {
		elems, ok := m.forEachItems(call.Args[0], f)
		return len(elems), ok
	}
	v := m.eval(expr, f, true)
	if v.Type != facts.Number || !v.IsKnown() {
		return 0, false
	}
	n, err := strconv.Atoi(v.Text())
	return n, err == nil && n >= 0
}
