package terraform

import (
	"go/token"
	"math/big"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Values are computed in two ways. Native templates, literals, references
// and parentheses are walked here, so every literal part keeps its exact
// source range. Everything else (arithmetic, conditionals, function calls,
// all of JSON syntax) is evaluated by hcl with a "sentinel" context: each
// reference evaluates to a NUL-delimited marker string, each function to a
// stub, and the markers in the result are turned back into parts. Resolved
// numbers and bools are passed as real values so 60 * 24 * 60 * 60 folds.

// sentinelPrefix starts a marker; the marker ends at the next NUL.
const sentinelPrefix = "\x00tf:"

// eval returns the value of expr in file f. With fold set, var.* and local.*
// are replaced by their values; otherwise every reference stays a reference
// (used to list the literals written in a file).
func (m *module) eval(expr hcl.Expression, f *tfFile, fold bool) facts.Value {
	rng := expr.Range()
	pos, end := f.span(rng.Start.Byte, rng.End.Byte)
	switch x := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return literal(x.Val, rng, f, facts.Literal)
	case *hclsyntax.TemplateExpr:
		parts := make([]facts.Value, len(x.Parts))
		for i, p := range x.Parts {
			parts[i] = m.eval(p, f, fold)
		}
		v := facts.Concat(pos, end, parts...)
		v.Type = facts.String
		if len(v.Parts) == 0 { // ""
			at := f.src.Pos(contentStart(rng, f))
			v.Parts = []facts.Part{{Kind: facts.Literal, Pos: at, End: at, Exact: true}}
		}
		return v
	case *hclsyntax.TemplateWrapExpr: // "${...}" alone
		v := m.eval(x.Wrapped, f, fold)
		v.Pos, v.End, v.Type = pos, end, facts.String
		return v
	case *hclsyntax.ParenthesesExpr:
		v := m.eval(x.Expression, f, fold)
		v.Pos, v.End = pos, end
		return v
	case *hclsyntax.ObjectConsKeyExpr:
		if kw := hcl.ExprAsKeyword(x); kw != "" {
			return literal(cty.StringVal(kw), rng, f, facts.Literal)
		}
		return m.eval(x.Wrapped, f, fold)
	case *hclsyntax.ScopeTraversalExpr:
		return m.reference(x.Traversal, pos, end, fold)
	case *hclsyntax.IndexExpr:
		// local.admins[count.index], var.hosts[each.key]: an index known only
		// once count.index or each.key is folded.
		if coll, ok := x.Collection.(*hclsyntax.ScopeTraversalExpr); ok && fold {
			if key, ok := indexKey(m.eval(x.Key, f, fold)); ok {
				return m.reference(append(slices.Clip(coll.Traversal), hcl.TraverseIndex{Key: key}), pos, end, fold)
			}
		}
	case *hclsyntax.FunctionCallExpr:
		if passThrough[x.Name] && len(x.Args) == 1 && !x.ExpandFinal {
			v := m.eval(x.Args[0], f, fold)
			v.Pos, v.End = pos, end
			if x.Name == "tostring" {
				v.Type = facts.String
			}
			return v
		}
		if fold && !x.ExpandFinal {
			var v facts.Value
			ok := false
			switch x.Name {
			case "lookup":
				v, ok = m.lookup(x, f)
			case "templatefile":
				v, ok = m.templateFile(x, f)
			case "coalesce", "try":
				v, ok = m.firstKnown(x, f)
			}
			if ok {
				v.Pos, v.End = pos, end
				v.Parts = slices.Clone(v.Parts)
				return v
			}
		}
	}
	return m.sentinelEval(expr, f, fold)
}

// reference returns the value a traversal stands for at [pos, end).
func (m *module) reference(tr hcl.Traversal, pos, end token.Pos, fold bool) facts.Value {
	key := render(tr)
	if fold {
		if v, ok := m.resolve(tr); ok {
			// Via is the name written here, even when that name is in turn
			// defined through others (local.url = "...${var.pw}").
			v.Pos, v.End, v.Via = pos, end, key
			v.Parts = slices.Clone(v.Parts) // the memoized value is shared between uses
			return v
		}
	}
	return facts.Ref(refKind(tr), key, pos, end)
}

// secretSources are data sources (and ephemeral resources) whose attributes
// are read from a secret store.
var secretSources = map[string]bool{
	"azurerm_key_vault_secret":             true,
	"aws_secretsmanager_secret_version":    true,
	"google_secret_manager_secret_version": true,
	"vault_generic_secret":                 true,
	"vault_kv_secret_v2":                   true,
}

// refKind classifies a reference that is not folded.
func refKind(tr hcl.Traversal) facts.Kind {
	var names []string
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		}
	}
	switch {
	case names[0] == "var":
		return facts.VarRef
	case (names[0] == "data" || names[0] == "ephemeral") && len(names) > 1 &&
		(secretSources[names[1]] || strings.HasPrefix(names[1], "databricks_secret")):
		return facts.SecretRef
	case names[0] == "databricks_secret" && names[len(names)-1] == "config_reference":
		// {{secrets/scope/key}}, resolved by Databricks at run time.
		return facts.SecretRef
	}
	return facts.Unknown
}

// render writes a traversal as Terraform source: var.hosts[0], each.value["k"].
func render(tr hcl.Traversal) string {
	var b strings.Builder
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			b.WriteString(s.Name)
		case hcl.TraverseAttr:
			b.WriteString("." + s.Name)
		case hcl.TraverseIndex:
			b.WriteString("[" + keyText(s.Key) + "]")
		case hcl.TraverseSplat:
			b.WriteString("[*]")
		}
	}
	return b.String()
}

func keyText(k cty.Value) string {
	switch {
	case !k.IsKnown() || k.IsNull():
		return "?"
	case k.Type() == cty.String:
		return strconv.Quote(k.AsString())
	case k.Type() == cty.Number:
		return numberText(k.AsBigFloat())
	}
	return "?"
}

// literal builds the value of a constant written at rng, exact when its text
// is the source byte for byte.
func literal(val cty.Value, rng hcl.Range, f *tfFile, kind facts.Kind) facts.Value {
	pos, end := f.span(rng.Start.Byte, rng.End.Byte)
	text, typ, ok := scalar(val)
	if !ok {
		return facts.Ref(facts.Unknown, exprText(rng, f), pos, end)
	}
	exact := sourceText(rng, f) == text
	v := facts.Value{Parts: []facts.Part{{Text: text, Kind: kind, Pos: pos, End: end, Exact: exact}}, Type: typ, Pos: pos, End: end}
	return v
}

// scalar returns the text and type of a known string, number, bool or null.
func scalar(val cty.Value) (string, facts.Type, bool) {
	val, _ = val.UnmarkDeep()
	switch {
	case !val.IsWhollyKnown():
		return "", 0, false
	case val.IsNull():
		return "", facts.Null, true
	case val.Type() == cty.String:
		return val.AsString(), facts.String, true
	case val.Type() == cty.Number:
		return numberText(val.AsBigFloat()), facts.Number, true
	case val.Type() == cty.Bool:
		return strconv.FormatBool(val.True()), facts.Bool, true
	}
	return "", 0, false
}

// numberText formats a number as Terraform prints it: 5184000, 0.5. Huge
// exponents use e-notation rather than a billion digits.
func numberText(f *big.Float) string {
	if f.IsInt() && f.MantExp(nil) < 256 {
		return f.Text('f', -1)
	}
	return f.Text('g', -1)
}

// sourceText is the source written at rng ("" when out of range).
func sourceText(rng hcl.Range, f *tfFile) string {
	src := f.src.Src
	if rng.Start.Byte < 0 || rng.End.Byte > len(src) || rng.Start.Byte > rng.End.Byte {
		return ""
	}
	return string(src[rng.Start.Byte:rng.End.Byte])
}

// exprText names an expression in a placeholder: its source, shortened,
// without the NULs that delimit placeholders.
func exprText(rng hcl.Range, f *tfFile) string {
	s := strings.ReplaceAll(sourceText(rng, f), "\x00", "")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// contentStart is the offset of a string's first character of content:
// after the opening quote when the range starts with one.
func contentStart(rng hcl.Range, f *tfFile) int {
	if s := sourceText(rng, f); len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return rng.Start.Byte + 1
	}
	return rng.Start.Byte
}

// sentinelEval evaluates any expression with markers for references and
// stubs for functions, then splits the markers back out.
func (m *module) sentinelEval(expr hcl.Expression, f *tfFile, fold bool) facts.Value {
	rng := expr.Range()
	pos, end := f.span(rng.Start.Byte, rng.End.Byte)
	refs := map[string]facts.Value{}
	var operands []facts.Value // in source order
	roots := map[string]*ctyNode{}
	for _, tr := range expr.Variables() {
		src := tr.SourceRange()
		rpos, rend := f.span(src.Start.Byte, src.End.Byte)
		v := m.reference(tr, rpos, rend, fold)
		key := render(tr)
		refs[key] = v
		operands = append(operands, v)
		insert(roots, tr, leafValue(key, v))
	}
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{}, Functions: stubs}
	for name, n := range roots {
		ctx.Variables[name] = n.value()
	}
	val, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return facts.Ref(facts.Unknown, exprText(rng, f), pos, end)
	}
	text, typ, ok := scalar(val)
	if !ok {
		return facts.Ref(facts.Unknown, exprText(rng, f), pos, end)
	}
	if strings.Contains(text, sentinelPrefix) && typ == facts.String {
		// Around its references, a JSON string is text as written; native
		// syntax got here only by computing (a conditional, a for).
		kind := facts.Folded
		if f.json {
			kind = facts.Literal
		}
		return splitSentinels(text, refs, kind, pos, end)
	}
	if typ == facts.Number && arithmetic(expr) {
		// var.token_days * 24 * 60 * 60 stands at the literal the variable
		// comes from (its default, a tfvars value, a module argument).
		return facts.FoldedNumber(text, pos, end, operands...)
	}
	if raw := sourceText(rng, f); !f.json || strings.Contains(raw, "${") || strings.Contains(raw, "%{") {
		return literal(val, rng, f, facts.Folded)
	}
	// A JSON constant. A string with no escapes is exact from after its quote.
	if typ == facts.String {
		inner := hcl.Range{Start: hcl.Pos{Byte: contentStart(rng, f)}, End: hcl.Pos{Byte: rng.End.Byte - 1}}
		if inner.Start.Byte > rng.Start.Byte && sourceText(inner, f) == text {
			v := literal(val, inner, f, facts.Literal)
			v.Pos, v.End = pos, end
			return v
		}
	}
	return literal(val, rng, f, facts.Literal)
}

// arithmetic reports whether a native expression is only arithmetic on
// numbers and references, so its result comes from the literals they hold.
func arithmetic(expr hcl.Expression) bool {
	switch x := expr.(type) {
	case *hclsyntax.LiteralValueExpr, *hclsyntax.ScopeTraversalExpr:
		return true
	case *hclsyntax.ParenthesesExpr:
		return arithmetic(x.Expression)
	case *hclsyntax.UnaryOpExpr:
		return x.Op == hclsyntax.OpNegate && arithmetic(x.Val)
	case *hclsyntax.BinaryOpExpr:
		switch x.Op {
		case hclsyntax.OpAdd, hclsyntax.OpSubtract, hclsyntax.OpMultiply, hclsyntax.OpDivide, hclsyntax.OpModulo:
			return arithmetic(x.LHS) && arithmetic(x.RHS)
		}
	}
	return false
}

// leafValue is what a reference evaluates to in the sentinel context: the
// real number or bool when it is one, so arithmetic and conditions work;
// otherwise a marker naming it.
func leafValue(key string, v facts.Value) cty.Value {
	if v.IsKnown() {
		switch v.Type {
		case facts.Number:
			if n, err := cty.ParseNumberVal(v.Text()); err == nil {
				return n
			}
		case facts.Bool:
			return cty.BoolVal(v.Text() == "true")
		}
	}
	return cty.StringVal(sentinelPrefix + key + "\x00")
}

// splitSentinels turns an evaluated string into parts: text between markers
// is literal (positioned at the whole expression), markers become the parts
// of the value they stand for.
func splitSentinels(s string, refs map[string]facts.Value, kind facts.Kind, pos, end token.Pos) facts.Value {
	var vals []facts.Value
	lit := func(text string) {
		if text != "" {
			vals = append(vals, facts.Value{Parts: []facts.Part{{Text: text, Kind: kind, Pos: pos, End: end}}})
		}
	}
	for s != "" {
		i := strings.Index(s, sentinelPrefix)
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+len(sentinelPrefix):], 0)
		if j < 0 {
			break
		}
		lit(s[:i])
		key := s[i+len(sentinelPrefix) : i+len(sentinelPrefix)+j]
		if v, ok := refs[key]; ok {
			vals = append(vals, v)
		} else { // a function stub's marker
			vals = append(vals, facts.Ref(facts.Unknown, key, pos, end))
		}
		s = s[i+len(sentinelPrefix)+j+1:]
	}
	lit(s)
	v := facts.Concat(pos, end, vals...)
	v.Type = facts.String
	return v
}

// ctyNode builds the object for one root name from all traversals under it:
// var.a and var.b make var = {a = ..., b = ...}.
type ctyNode struct {
	leaf    cty.Value
	hasLeaf bool
	attrs   map[string]*ctyNode
	elems   map[int]*ctyNode
}

// maxIndex bounds the tuples built for index steps (x[3] needs 4 elements).
const maxIndex = 1024

func insert(roots map[string]*ctyNode, tr hcl.Traversal, leaf cty.Value) {
	name := tr.RootName()
	n := roots[name]
	if n == nil {
		n = &ctyNode{}
		roots[name] = n
	}
	for _, step := range tr[1:] {
		c := n.child(step)
		if c == nil {
			// A splat or an index we do not model: this part stays unknown.
			leaf = cty.DynamicVal
			break
		}
		n = c
	}
	n.leaf, n.hasLeaf = leaf, true
}

// child returns the node a step leads to, creating it; nil for steps that
// cannot be modelled.
func (n *ctyNode) child(step hcl.Traverser) *ctyNode {
	var key cty.Value
	switch s := step.(type) {
	case hcl.TraverseAttr:
		key = cty.StringVal(s.Name)
	case hcl.TraverseIndex:
		key = s.Key
	default:
		return nil
	}
	if !key.IsKnown() || key.IsNull() {
		return nil
	}
	switch key.Type() {
	case cty.String:
		if n.attrs == nil {
			n.attrs = map[string]*ctyNode{}
		}
		c := n.attrs[key.AsString()]
		if c == nil {
			c = &ctyNode{}
			n.attrs[key.AsString()] = c
		}
		return c
	case cty.Number:
		i, acc := key.AsBigFloat().Int64()
		if acc != big.Exact || i < 0 || i >= maxIndex {
			return nil
		}
		if n.elems == nil {
			n.elems = map[int]*ctyNode{}
		}
		c := n.elems[int(i)]
		if c == nil {
			c = &ctyNode{}
			n.elems[int(i)] = c
		}
		return c
	}
	return nil
}

// value is the cty value of a node: an object for attribute steps, a tuple
// for index steps (unused elements unknown), else the leaf.
func (n *ctyNode) value() cty.Value {
	switch {
	case len(n.attrs) > 0:
		obj := make(map[string]cty.Value, len(n.attrs))
		for k, c := range n.attrs {
			obj[k] = c.value()
		}
		return cty.ObjectVal(obj)
	case len(n.elems) > 0:
		last := 0
		for i := range n.elems {
			last = max(last, i)
		}
		elems := make([]cty.Value, last+1)
		for i := range elems {
			elems[i] = cty.DynamicVal
			if c := n.elems[i]; c != nil {
				elems[i] = c.value()
			}
		}
		return cty.TupleVal(elems)
	case n.hasLeaf:
		return n.leaf
	}
	return cty.DynamicVal
}

// firstKnown folds coalesce(var.pw, "fallback") and try(local.x.pw,
// "fallback") to the first argument known to have a value: the committed
// literal is what runs wherever the earlier arguments are empty or fail.
func (m *module) firstKnown(x *hclsyntax.FunctionCallExpr, f *tfFile) (facts.Value, bool) {
	for _, a := range x.Args {
		if v := m.eval(a, f, true); v.IsKnown() && v.Type != facts.Null && v.Text() != "" {
			return v, true
		}
	}
	return facts.Value{}, false
}

// lookup folds lookup(map, "key") and lookup(map, "key", default): the
// map's element when the map is known to have it, else the default.
func (m *module) lookup(x *hclsyntax.FunctionCallExpr, f *tfFile) (facts.Value, bool) {
	if len(x.Args) < 2 || len(x.Args) > 3 {
		return facts.Value{}, false
	}
	key := m.eval(x.Args[1], f, true)
	if !key.IsKnown() || key.Type != facts.String {
		return facts.Value{}, false
	}
	step := hcl.TraverseIndex{Key: cty.StringVal(key.Text())}
	if v, ok := m.follow(binding{x.Args[0], f, m}, hcl.Traversal{step}); ok {
		if ref, isRef := x.Args[0].(*hclsyntax.ScopeTraversalExpr); isRef {
			v.Via = render(append(slices.Clip(ref.Traversal), step))
		}
		return v, true
	}
	if len(x.Args) == 3 {
		return m.eval(x.Args[2], f, true), true
	}
	return facts.Value{}, false
}

// templateFile folds templatefile("${path.module}/x.tpl", { name = ... })
// when the template is in the unit (the driver adds it as context): the
// template's text with its variables set by the object of the call, so a
// literal passed in is found where it is written.
func (m *module) templateFile(x *hclsyntax.FunctionCallExpr, f *tfFile) (facts.Value, bool) {
	if len(x.Args) != 2 || m.template || m.prog == nil {
		return facts.Value{}, false // templates cannot call templatefile()
	}
	name, ok := templatePath(x.Args[0], f)
	if !ok {
		return facts.Value{}, false
	}
	t := m.prog.template(name)
	if t == nil || t.tmpl == nil {
		return facts.Value{}, false
	}
	items, ok := m.objectItems(x.Args[1], f)
	if !ok {
		return facts.Value{}, false
	}
	tm := &module{dir: m.dir, template: true, names: map[string]binding{}, memo: map[string]resolution{}, active: map[string]bool{}, prog: m.prog}
	for _, it := range items {
		tm.names[it.key] = binding{it.value, f, m}
	}
	v := tm.eval(t.tmpl, t, true)
	v.Type = facts.String
	return v, true
}

// templatePath is the repository path of a template named by a literal
// path relative to the module, or "${path.module}/...".
func templatePath(expr hcl.Expression, f *tfFile) (string, bool) {
	var parts []hclsyntax.Expression
	switch x := expr.(type) {
	case *hclsyntax.TemplateExpr:
		parts = x.Parts
	case *hclsyntax.LiteralValueExpr:
		parts = []hclsyntax.Expression{x}
	default:
		return "", false
	}
	var b strings.Builder
	for i, p := range parts {
		switch y := p.(type) {
		case *hclsyntax.LiteralValueExpr:
			if y.Val.Type() != cty.String || y.Val.IsNull() {
				return "", false
			}
			b.WriteString(y.Val.AsString())
		case *hclsyntax.ScopeTraversalExpr:
			if i != 0 || render(y.Traversal) != "path.module" {
				return "", false
			}
		default:
			return "", false
		}
	}
	rel := strings.TrimPrefix(b.String(), "/")
	if rel == "" {
		return "", false
	}
	return path.Join(path.Dir(f.src.Path), rel), true
}

// indexKey turns a known string or whole number into an index step's key.
func indexKey(v facts.Value) (cty.Value, bool) {
	if !v.IsKnown() {
		return cty.NilVal, false
	}
	switch v.Type {
	case facts.String:
		return cty.StringVal(v.Text()), true
	case facts.Number:
		if n, err := cty.ParseNumberVal(v.Text()); err == nil {
			return n, true
		}
	}
	return cty.NilVal, false
}
