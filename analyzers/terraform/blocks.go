package terraform

import (
	"cmp"
	"go/token"
	"slices"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// builder turns one file's bodies into facts.Blocks. Nested blocks
// (custom_parameters { ... }) and object-valued attributes
// (spark_conf = { ... }, and every nested block in JSON syntax) both become
// nested Blocks, so rules see one shape for both syntaxes.
type builder struct {
	m     *module
	f     *tfFile
	pairs []facts.Pair // every pair of the file
}

// fill adds a body's attributes and nested blocks to blk.
func (b *builder) fill(blk *facts.Block, body hcl.Body) {
	attrs, nested := attributes(body)
	for _, a := range attrs {
		b.attr(blk, a.Name, b.f.keyRange(a.NameRange), a.Expr)
	}
	for _, nb := range nested {
		b.nativeBlock(blk, nb)
	}
	slices.SortStableFunc(blk.Blocks, func(x, y *facts.Block) int { return cmp.Compare(x.Pos, y.Pos) })
}

// nativeBlock adds a native-syntax block. A dynamic "x" block stands for the
// x blocks its content generates.
func (b *builder) nativeBlock(parent *facts.Block, nb *hclsyntax.Block) {
	pos, end := b.f.span(nb.TypeRange.Start.Byte, nb.Body.SrcRange.End.Byte)
	if nb.Type == "dynamic" && len(nb.Labels) == 1 {
		for _, c := range nb.Body.Blocks {
			if c.Type == "content" {
				b.dynamic(parent, nb, c, pos, end)
			}
		}
		return
	}
	path := join(parent.Path, append([]string{nb.Type}, nb.Labels...)...)
	if b.m.each == nil && b.expand(parent, nb, path, pos, end) {
		return
	}
	child := &facts.Block{
		Type:   nb.Type,
		Labels: nb.Labels,
		Path:   path,
		Pos:    pos,
		End:    end,
	}
	b.fill(child, nb.Body)
	parent.Blocks = append(parent.Blocks, child)
}

// dynamic adds the blocks a dynamic block's content generates: one per
// element of a known for_each, with the iterator (the label, or the
// iterator argument) folded; else one, as written.
func (b *builder) dynamic(parent *facts.Block, nb, content *hclsyntax.Block, pos, end token.Pos) {
	name := nb.Labels[0]
	iterator := name
	if it, ok := nb.Body.Attributes["iterator"]; ok {
		if kw := hcl.ExprAsKeyword(it.Expr); kw != "" {
			iterator = kw
		}
	}
	var elems []element
	if forEach, ok := nb.Body.Attributes["for_each"]; ok {
		if es, ok := b.m.forEachItems(forEach.Expr, b.f); ok && len(es) <= maxInstances {
			elems = es
		}
	}
	if len(elems) == 0 {
		child := &facts.Block{Type: name, Path: join(parent.Path, name), Pos: pos, End: end}
		b.fill(child, content.Body)
		parent.Blocks = append(parent.Blocks, child)
		return
	}
	outer := b.m.each
	for i, e := range elems {
		key := e.key
		if e.keyRange == e.value.expr.Range() { // a list: the key is the index
			key = literal(cty.NumberIntVal(int64(i)), e.keyRange, e.value.file, facts.Folded)
		}
		b.m.each = &instance{value: e.value, key: key, name: iterator, outer: outer}
		child := &facts.Block{Type: name, Path: join(parent.Path, name), Pos: pos, End: end}
		b.fill(child, content.Body)
		parent.Blocks = append(parent.Blocks, child)
	}
	b.m.each = outer
}

// expand adds one block per instance of a block whose for_each collection
// or count is known, with each.key, each.value and count.index folded, so a
// rule sees every instance's values. It reports false when the block is
// read once, as written.
func (b *builder) expand(parent *facts.Block, nb *hclsyntax.Block, path string, pos, end token.Pos) bool {
	var forEach, count hcl.Expression
	if a, ok := nb.Body.Attributes["for_each"]; ok {
		forEach = a.Expr
	}
	if a, ok := nb.Body.Attributes["count"]; ok {
		count = a.Expr
	}
	instances, ok := b.instances(forEach, count)
	if !ok {
		return false
	}
	for _, in := range instances {
		b.m.each = &in
		child := &facts.Block{Type: nb.Type, Labels: nb.Labels, Path: path + "[" + instanceKey(in) + "]", Pos: pos, End: end}
		b.fill(child, nb.Body)
		parent.Blocks = append(parent.Blocks, child)
	}
	b.m.each = nil
	return true
}

// instances returns the instances of a block with this for_each or count
// (nil when absent), when they are known.
func (b *builder) instances(forEach, count hcl.Expression) ([]instance, bool) {
	var instances []instance
	switch {
	case forEach != nil:
		elems, ok := b.m.forEachItems(b.jsonReference(forEach), b.f)
		if !ok || len(elems) == 0 || len(elems) > maxInstances {
			return nil, false
		}
		for _, e := range elems {
			if !e.key.IsKnown() {
				return nil, false
			}
			instances = append(instances, instance{value: e.value, key: e.key})
		}
	case count != nil:
		n, ok := b.m.countOf(count, b.f)
		if !ok || n == 0 || n > maxInstances {
			return nil, false // count = 0 still writes its literals into the repository
		}
		for i := range n {
			instances = append(instances, instance{key: literal(cty.NumberIntVal(int64(i)), count.Range(), b.f, facts.Folded), count: true})
		}
	default:
		return nil, false
	}
	return instances, true
}

// jsonReference turns a JSON string that is one reference ("${var.teams}")
// into that reference, so for_each can follow it as in native syntax.
func (b *builder) jsonReference(expr hcl.Expression) hcl.Expression {
	if !b.f.json {
		return expr
	}
	vars := expr.Variables()
	if len(vars) != 1 || sourceText(expr.Range(), b.f) != `"${`+render(vars[0])+`}"` {
		return expr
	}
	return &hclsyntax.ScopeTraversalExpr{Traversal: vars[0], SrcRange: expr.Range()}
}

// instanceKey is how Terraform addresses an instance: ["key"] or [0].
func instanceKey(in instance) string {
	if in.count {
		return in.key.Text()
	}
	return strconv.Quote(in.key.Text())
}

// jsonBlock adds a top-level block of a JSON-syntax file.
func (b *builder) jsonBlock(parent *facts.Block, hb *hcl.Block) {
	// The block's header is its last label key ("ci" in
	// {"resource": {"databricks_token": {"ci": {...}}}}), else its type key.
	header := hb.TypeRange
	if n := len(hb.LabelRanges); n > 0 {
		header = hb.LabelRanges[n-1]
	}
	header = b.f.keyRange(header)
	pos, end := b.f.span(header.Start.Byte, hb.DefRange.End.Byte)
	child := &facts.Block{
		Type:   hb.Type,
		Labels: hb.Labels,
		Path:   join(parent.Path, append([]string{hb.Type}, hb.Labels...)...),
		Pos:    pos,
		End:    end,
	}
	attrs, _ := attributes(hb.Body)
	var forEach, count hcl.Expression
	for _, a := range attrs {
		switch a.Name {
		case "for_each":
			forEach = a.Expr
		case "count":
			count = a.Expr
		}
	}
	instances, expanded := b.instances(forEach, count)
	if !expanded {
		instances = []instance{{}}
	}
	for i, in := range instances {
		c := *child
		if expanded {
			b.m.each = &instances[i]
			c.Path += "[" + instanceKey(in) + "]"
		}
		b.fill(&c, hb.Body)
		if n := len(c.Pairs); n > 0 {
			c.End = max(c.End, c.Pairs[n-1].Value.End)
		}
		if n := len(c.Blocks); n > 0 {
			c.End = max(c.End, c.Blocks[n-1].End)
		}
		parent.Blocks = append(parent.Blocks, &c)
	}
	b.m.each = nil
}

// jsonDynamic adds the blocks of {"dynamic": {"x": {"for_each": ..., "content": {...}}}}.
func (b *builder) jsonDynamic(parent *facts.Block, expr hcl.Expression) {
	labels, _ := b.m.objectItems(expr, b.f)
	for _, l := range labels {
		for _, gen := range objectsIn(l.value) {
			items, _ := b.m.objectItems(gen, b.f)
			for _, it := range items {
				if it.key != "content" {
					continue
				}
				for _, content := range objectsIn(it.value) {
					pos, end := b.f.span(l.keyRange.Start.Byte, content.Range().End.Byte)
					child := &facts.Block{Type: l.key, Path: join(parent.Path, l.key), Pos: pos, End: end}
					items, _ := b.m.objectItems(content, b.f)
					b.attrsOf(child, items)
					parent.Blocks = append(parent.Blocks, child)
				}
			}
		}
	}
}

// objectsIn returns an object expression, or the objects of a list.
func objectsIn(expr hcl.Expression) []hcl.Expression {
	if elems, diags := hcl.ExprList(expr); !diags.HasErrors() {
		return elems
	}
	return []hcl.Expression{expr}
}

// attrsOf adds the items of an object to blk.
func (b *builder) attrsOf(blk *facts.Block, items []item) {
	for _, it := range items {
		b.attr(blk, it.key, it.keyRange, it.value)
	}
}

// attr adds one attribute: an object value becomes a nested block, a list is
// added element by element under the same name, anything else is a pair.
func (b *builder) attr(parent *facts.Block, name string, keyRng hcl.Range, expr hcl.Expression) {
	if b.f.json && name == "dynamic" {
		b.jsonDynamic(parent, expr)
		return
	}
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 && name == "request_body" &&
		parent.Type == "data" && len(parent.Labels) == 2 && parent.Labels[0] == "http" {
		// data "http" request_body = jsonencode({...}): the body's members,
		// which httpRequests turns into JSON body parameters.
		if _, isObject := b.m.objectItems(call.Args[0], b.f); isObject || b.m.objectValued(call.Args[0]) {
			b.attr(parent, jsonBody, keyRng, call.Args[0])
			return
		}
	}
	if name != "for_each" && b.m.objectValued(expr) { // for_each is expanded, not a value
		// options = merge(local.defaults, { password = ... }), or
		// request_headers = local.headers: the object, each element built in
		// the file and module it is written in.
		if elems, ok := b.m.objectElems(expr, b.f); ok {
			pos, end := b.f.span(keyRng.Start.Byte, expr.Range().End.Byte)
			child := &facts.Block{Type: name, Path: join(parent.Path, name), Pos: pos, End: end}
			for _, e := range elems {
				sub := &builder{m: e.value.mod, f: e.value.file}
				sub.attr(child, e.key.Text(), e.keyRange, e.value.expr)
				b.pairs = append(b.pairs, sub.pairs...)
			}
			parent.Blocks = append(parent.Blocks, child)
			return
		}
	}
	if items, ok := b.m.objectItems(expr, b.f); ok {
		pos, end := b.f.span(keyRng.Start.Byte, expr.Range().End.Byte)
		child := &facts.Block{Type: name, Path: join(parent.Path, name), Pos: pos, End: end}
		b.attrsOf(child, items)
		parent.Blocks = append(parent.Blocks, child)
		return
	}
	if elems, diags := hcl.ExprList(expr); !diags.HasErrors() {
		for _, e := range elems {
			if _, ok := b.m.objectItems(e, b.f); ok {
				// task = [{...}] in JSON, or a list of objects: one block each.
				b.attr(parent, name, e.Range(), e)
				continue
			}
			b.attr(parent, name, keyRng, e)
		}
		return
	}
	keyPos, keyEnd := b.f.span(keyRng.Start.Byte, keyRng.End.Byte)
	var v facts.Value
	switch {
	case parent.Type == "variable" && name == "type" && !b.f.json:
		// A type constraint (string, map(string)) is a keyword, not a reference.
		v = literal(cty.StringVal(sourceText(expr.Range(), b.f)), expr.Range(), b.f, facts.Literal)
	default:
		v = b.m.eval(expr, b.f, true)
	}
	if parent.Type == "required_providers" {
		// The legacy form azurerm = "~> 2.0" is the version constraint.
		child := &facts.Block{Type: name, Path: join(parent.Path, name), Pos: keyPos, End: v.End}
		b.pair(child, facts.Pair{Key: "version", KeyPos: keyPos, KeyEnd: keyEnd, Path: child.Path, Value: v, Origin: facts.HCLAttr})
		parent.Blocks = append(parent.Blocks, child)
		return
	}
	b.pair(parent, facts.Pair{Key: name, KeyPos: keyPos, KeyEnd: keyEnd, Path: parent.Path, Value: v, Origin: facts.HCLAttr})
	b.templateVars(parent, name, expr)
}

// templateVars adds, for each templatefile(path, { k = v }) in an
// attribute's expression, a nested block of type "templatefile" holding the
// variables it passes: a literal password handed to a template is a secret
// written in the repository whatever the template does with it, and the
// template may be missing or outside the unit. (When it is present, the
// attribute's value is the rendered template too, for the rules that read
// its shape: a JDBC URL.)
func (b *builder) templateVars(parent *facts.Block, name string, expr hcl.Expression) {
	syn, ok := expr.(hclsyntax.Expression)
	if !ok {
		return // JSON syntax: templates are strings there
	}
	hclsyntax.VisitAll(syn, func(n hclsyntax.Node) hcl.Diagnostics {
		call, ok := n.(*hclsyntax.FunctionCallExpr)
		if !ok || call.Name != "templatefile" || len(call.Args) != 2 || call.ExpandFinal {
			return nil
		}
		items, ok := b.m.objectItems(call.Args[1], b.f)
		if !ok {
			return nil
		}
		pos, end := b.f.span(call.Range().Start.Byte, call.Range().End.Byte)
		path := join(parent.Path, name, "templatefile")
		child := &facts.Block{Type: "templatefile", Path: path, Pos: pos, End: end}
		b.attrsOf(child, items)
		parent.Blocks = append(parent.Blocks, child)
		return nil
	})
}

func (b *builder) pair(blk *facts.Block, p facts.Pair) {
	blk.Pairs = append(blk.Pairs, p)
	b.pairs = append(b.pairs, p)
}

// item is one element of an object constructor.
type item struct {
	key      string
	keyRange hcl.Range // the key's text, without quotes
	value    hcl.Expression
}

// objectItems returns the elements of an object constructor ({ k = v } in
// native syntax, any JSON object). JSON "//" keys are comments.
func (m *module) objectItems(expr hcl.Expression, f *tfFile) ([]item, bool) {
	kvs, diags := hcl.ExprMap(expr)
	if diags.HasErrors() {
		return nil, false
	}
	items := make([]item, 0, len(kvs))
	for _, kv := range kvs {
		var key string
		if f.json {
			// A JSON key is a plain string; nil context keeps it raw.
			k, _ := kv.Key.Value(nil)
			if k.Type() != cty.String || !k.IsKnown() || k.IsNull() {
				continue
			}
			key = k.AsString()
			if key == "//" {
				continue
			}
		} else if key = hcl.ExprAsKeyword(kv.Key); key == "" {
			key = m.eval(kv.Key, f, false).Text()
		}
		items = append(items, item{key: key, keyRange: f.keyRange(kv.Key.Range()), value: kv.Value})
	}
	return items, true
}

// span is the positions of the bytes start to end. hcl gives some
// expressions of a broken template an end of byte 0; a span never ends
// before it starts nor runs past the file.
func (f *tfFile) span(start, end int) (token.Pos, token.Pos) {
	size := len(f.src.Src)
	start = min(max(start, 0), size)
	end = min(max(end, start), size)
	return f.src.Pos(start), f.src.Pos(end)
}

// keyRange drops the quotes around a key.
func (f *tfFile) keyRange(rng hcl.Range) hcl.Range {
	if start := contentStart(rng, f); start > rng.Start.Byte {
		rng.Start.Byte, rng.End.Byte = start, rng.End.Byte-1
	}
	return rng
}

func join(parent string, names ...string) string {
	path := parent
	for _, n := range names {
		if path != "" {
			path += "."
		}
		path += n
	}
	return path
}

// objectValued reports whether an attribute's value may be an object written
// elsewhere in the module: a merge() or a var.* / local.* reference.
func (m *module) objectValued(expr hcl.Expression) bool {
	switch x := expr.(type) {
	case *hclsyntax.FunctionCallExpr:
		return x.Name == "merge" && !x.ExpandFinal
	case *hclsyntax.ScopeTraversalExpr:
		root := x.Traversal.RootName()
		return root == "var" || root == "local"
	}
	return false
}
