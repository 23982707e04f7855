// Package python is the Python front-end: it lexes Python code (a .py file
// or one cell of a Databricks notebook) and turns it into facts. Literals
// become Values; names bound to literals fold where they are used, across
// the cells of a notebook; calls, Spark options, conf, dicts and properties
// become Calls and Pairs; requests/httpx/urllib calls and auth clients (msal,
// azure.identity, databricks-sdk) become Requests.
package python

import (
	"bytes"
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Extract lexes Python code (a .py file, or one cell of a Databricks notebook) and returns its facts.
// env is shared across the cells of one notebook: names bound in earlier cells fold in later ones.
func Extract(c *facts.Code, env *facts.Env) *facts.File {
	if env == nil {
		env = facts.NewEnv()
	}
	x := &extractor{c: c, text: string(c.Src), env: env, out: &facts.File{Source: c.File}, st: stateOf(env)}
	// Room for a call at every '(' (most are one): Calls grows once, not a
	// dozen times.
	if n := bytes.Count(c.Src, []byte("(")); n > 0 {
		x.out.Calls = make([]facts.Call, 0, n)
	}
	// Likewise a Value for every two quotes: most string literals are one.
	if n := (bytes.Count(c.Src, []byte{'"'}) + bytes.Count(c.Src, []byte{'\''})) / 2; n > 0 {
		x.out.Values = make([]facts.Value, 0, n)
	}
	lines, problems := lexLines(c.Src, x.text)
	for _, p := range problems {
		x.out.Problems = append(x.out.Problems, facts.Problem{Pos: x.pos(p.off), Message: p.msg})
	}
	x.lines = lines
	for i, ln := range lines {
		x.lineIdx = i
		x.closeScopes(ln.indent)
		x.line(ln)
	}
	x.closeScopes(-1)
	return x.out
}

// extractor holds the state of one Extract call.
type extractor struct {
	c       *facts.Code
	text    string // string(c.Src), converted once: texts taken from the code are views into it
	env     *facts.Env
	out     *facts.File
	scopes  []scope    // function and class bodies being read, innermost last
	pending []*dictVal // dict literals of the current statement whose pairs wait for a path
	args    []result   // the positional arguments of the calls being parsed (parser.call)

	st      *state        // functions and classes known so far, shared by the notebook's cells
	lines   []logicalLine // the lines being read, and the index of the current one
	lineIdx int
	// inlined is set while a function body is evaluated for one call; its
	// first return value is ret.
	inlined  bool
	ret      result
	hasRet   bool
	lastSelf []attr // what the last inlined __init__ set on self
	self     string // the name of self while a method is evaluated for a call
}

func (x *extractor) parser(toks []tok) *parser { return &parser{x: x, toks: toks} }

func (x *extractor) pos(off int) token.Pos { return x.c.Pos(off) }

// endPos is the position just past Src[off-1], in the file.
func (x *extractor) endPos(off int) token.Pos {
	if off <= 0 {
		return x.c.Pos(0)
	}
	return x.c.File.Pos(x.c.Offset(off-1) + 1)
}

// exactParts turns verbatim text Src[i:j] into literal parts, split where
// the code text stops being a copy of the file (a notebook cell's "# MAGIC "
// prefixes, an .ipynb string's escapes), so every part is Exact.
func (x *extractor) exactParts(i, j int) []facts.Part {
	if off := x.c.Offset(i); x.c.Exact(i, j) && off+j-i <= len(x.c.File.Src) && bytes.Equal(x.c.Src[i:j], x.c.File.Src[off:off+j-i]) {
		return []facts.Part{{Text: x.text[i:j], Kind: facts.Literal, Pos: x.pos(i), End: x.endPos(j), Exact: true}}
	}
	var parts []facts.Part
	for i < j {
		k := i + 1
		for k < j && x.sameAsFile(k) && x.c.Offset(k) == x.c.Offset(k-1)+1 {
			k++
		}
		parts = append(parts, facts.Part{Text: x.text[i:k], Kind: facts.Literal, Pos: x.pos(i), End: x.endPos(k), Exact: x.sameAsFile(i)})
		i = k
	}
	return parts
}

// sameAsFile reports whether Src[i] is the byte the file holds where it maps.
func (x *extractor) sameAsFile(i int) bool {
	off := x.c.Offset(i)
	src := x.c.File.Src
	return off < len(src) && src[off] == x.c.Src[i]
}

// number adds a number literal written at Src[start:end] and returns it.
func (x *extractor) number(text string, start, end int) facts.Value {
	exact := true
	for k := start; k < end; k++ {
		exact = exact && x.sameAsFile(k) && (k == start || x.c.Offset(k) == x.c.Offset(k-1)+1)
	}
	v := facts.Lit(text, x.pos(start), x.endPos(end), exact)
	v.Type = facts.Number
	x.out.Values = append(x.out.Values, v)
	return v
}

// line splits a logical line at its semicolons.
func (x *extractor) line(ln logicalLine) {
	depth, from := 0, 0
	for i, t := range ln.toks {
		if t.kind != tOp {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth = max(depth-1, 0)
		case ";":
			if depth == 0 {
				x.statement(ln.toks[from:i], ln.indent)
				from = i + 1
			}
		}
	}
	x.statement(ln.toks[from:], ln.indent)
}

func (x *extractor) statement(toks []tok, indent int) {
	defer x.flushPending()
	if len(toks) == 0 || allStrings(toks) { // a docstring is prose
		return
	}
	if first := toks[0]; first.kind == tName {
		switch first.text {
		case "async":
			x.statement(toks[1:], indent)
			return
		case "def":
			x.def(toks, indent)
			return
		case "class":
			head, body := splitHeader(toks)
			if len(head) > 2 {
				x.scan(head[2:])
			}
			x.openScope(indent)
			if len(head) > 1 && head[1].kind == tName {
				x.scopes[len(x.scopes)-1].class = &classInfo{name: head[1].text, attrs: map[string]facts.Value{}, methods: map[string]*function{}}
			}
			x.statement(body, indent)
			return
		case "if", "elif", "while", "else", "try", "finally", "except", "with", "for":
			x.compound(toks, indent)
			return
		case "import", "from":
			x.imports(toks)
			return
		case "global", "nonlocal", "pass", "break", "continue":
			return
		case "del":
			for _, t := range toks[1:] {
				if t.kind == tName {
					x.unbind(t.text)
				}
			}
			return
		case "return":
			if x.inlined && len(x.scopes) == 1 && !x.hasRet {
				p := x.parser(toks[1:])
				items, tuple := p.exprList()
				if len(items) == 1 && !tuple {
					x.ret, x.hasRet = items[0], true
				}
				p.rest("")
				return
			}
			x.scan(toks[1:])
			return
		case "raise", "assert":
			x.scan(toks[1:])
			return
		}
	}
	if toks[0].kind == tOp && toks[0].text == "@" { // a decorator
		x.scan(toks[1:])
		return
	}
	if eqs := assignOps(toks); len(eqs) > 0 {
		x.assign(toks, eqs)
		if rhs := toks[eqs[len(eqs)-1]+1:]; len(eqs) == 1 && eqs[0] == 1 && toks[0].kind == tName && len(rhs) > 0 && rhs[0].kind == tName && rhs[0].text == "lambda" {
			x.lambda(toks[0].text, rhs, indent)
		}
		return
	}
	if len(toks) >= 2 && toks[0].kind == tName && isOpTok(toks[1], ":") && x.classScope() != nil {
		x.classAttr(toks[0].text, facts.Value{}, false) // a field without a default: "password: str"
	}
	if i := augmentedOp(toks); i > 0 {
		x.augAssign(toks, i)
		return
	}
	x.scan(toks)
}

// scan evaluates tokens for the facts they hold.
func (x *extractor) scan(toks []tok) { x.parser(toks).rest("") }

func allStrings(toks []tok) bool {
	for _, t := range toks {
		if t.kind != tString {
			return false
		}
	}
	return true
}

// compound handles the header of if/while/for/with/try/except and the
// statement after its colon on the same line.
func (x *extractor) compound(toks []tok, indent int) {
	head, body := splitHeader(toks)
	x.scan(head[1:])
	switch head[0].text {
	case "for": // the targets are rebound to values we do not follow
		for _, t := range head[1:] {
			if t.kind == tName && t.text == "in" {
				break
			}
			if t.kind == tName {
				x.unbind(t.text)
			}
		}
	case "with", "except":
		for i := 1; i+1 < len(head); i++ {
			if head[i].kind == tName && head[i].text == "as" && head[i+1].kind == tName {
				x.unbind(head[i+1].text)
			}
		}
	}
	x.statement(body, indent)
}

// def handles "def name(params) -> ann: body": parameter defaults are
// assignments of the function; the body is a scope where the parameters
// hide outer names, except that a parameter with a literal default has it
// (what runs when a caller leaves it out). The def is remembered, so that
// calls of it evaluate the body with their arguments (funcs.go).
func (x *extractor) def(toks []tok, indent int) {
	head, body := splitHeader(toks)
	name := ""
	if len(head) > 1 && head[1].kind == tName {
		name = head[1].text
	}
	fn := &function{name: name, code: x.c, text: x.text, indent: indent, class: x.classScope()}
	if open := indexOp(head, "("); open >= 0 {
		close := matching(head, open)
		fn.params = x.params(head[open+1:close], name, true)
		if close < len(head) {
			x.scan(head[close+1:]) // the return annotation
		}
	}
	if len(body) > 0 {
		fn.body = []logicalLine{{indent: indent + 1, toks: body}}
	} else {
		fn.body = x.bodyLines(indent)
	}
	switch {
	case fn.class != nil && name != "":
		fn.class.methods[name] = fn
	case name != "":
		x.st.funcs[name] = fn
	}
	x.openScope(indent)
	x.scopes[len(x.scopes)-1].fn = fn
	for _, p := range fn.params {
		x.unbind(p.name)
		x.bindDefault(p)
	}
	x.bindSelf(fn)
	x.statement(body, indent)
}

// imports unbinds the names an import statement binds.
func (x *extractor) imports(toks []tok) {
	if toks[0].text == "from" {
		i := 0
		for i < len(toks) && !(toks[i].kind == tName && toks[i].text == "import") {
			i++
		}
		toks = toks[min(i+1, len(toks)):]
	} else {
		toks = toks[1:]
	}
	for _, item := range splitTop(toks, ",") {
		if as := indexName(item, "as"); as >= 0 && as+1 < len(item) {
			x.unbind(item[as+1].text)
		} else if len(item) > 0 && item[0].kind == tName {
			x.unbind(item[0].text)
		}
	}
}

// assign handles "t1 = t2 = value"; eqs are the top-level '=' indexes.
func (x *extractor) assign(toks []tok, eqs []int) {
	p := x.parser(toks[eqs[len(eqs)-1]+1:])
	items, tuple := p.exprList()
	var rhs result
	if len(items) == 1 && !tuple {
		rhs = items[0]
	} else {
		rhs = p.sequence(items, 0, "tuple")
	}
	p.rest("")
	from := 0
	for _, eq := range eqs {
		x.assignTo(toks[from:eq], rhs)
		from = eq + 1
	}
}

// assignTo binds one target list: a name, a dotted name, a subscript, or a
// tuple of those.
func (x *extractor) assignTo(target []tok, rhs result) {
	if colon := indexOp(target, ":"); colon >= 0 { // name: type = value
		target = target[:colon]
	}
	if len(target) > 2 && isOpTok(target[0], "(", "[") && matching(target, 0) == len(target)-1 {
		target = target[1 : len(target)-1]
	}
	items := splitTop(target, ",")
	if len(items) == 1 && len(items[0]) == len(target) {
		x.assignOne(target, rhs)
		return
	}
	for i, item := range items {
		r := result{val: facts.Ref(facts.Unknown, "unpacked value", rhs.val.Pos, rhs.val.End)}
		if rhs.isList && len(rhs.list) == len(items) {
			r = result{val: rhs.list[i]}
		}
		x.assignOne(item, r)
	}
}

func (x *extractor) assignOne(t []tok, r result) {
	if len(t) == 0 {
		return
	}
	if isDotted(t) {
		name := dottedText(t)
		if r.dict != nil {
			x.settle(r.dict, name)
		} else {
			x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: name, KeyPos: x.pos(t[0].start), KeyEnd: x.endPos(t[len(t)-1].end),
				Value: r.val, Origin: facts.Assignment})
		}
		x.bind(name, r)
		if len(x.scopes) == 0 { // a module-level name rebound is no longer the def or class of that name
			delete(x.st.funcs, name)
			delete(x.st.classes, name)
		}
		return
	}
	if isOpTok(t[0], "*") {
		x.assignOne(t[1:], result{val: facts.Ref(facts.Unknown, "starred", r.val.Pos, r.val.End)})
		return
	}
	open := indexOp(t, "[")
	if open <= 0 || !isDotted(t[:open]) || matching(t, open) != len(t)-1 {
		x.scan(t)
		return
	}
	// container["key"] = value
	container := dottedText(t[:open])
	p := x.parser(t[open+1 : len(t)-1])
	k := p.expr()
	p.rest("")
	key, ok := knownText(k.val)
	if !ok {
		return
	}
	kp, ke := keyRange(k.val)
	if r.dict != nil {
		x.settle(r.dict, container+"."+key)
	} else {
		origin := facts.PropertyPut
		if isEnviron(container) {
			origin = facts.EnvAssign
		}
		x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: key, KeyPos: kp, KeyEnd: ke, Path: container, Value: r.val, Origin: origin})
	}
	x.dictPut(container, dictEntry{key: key, keyPos: kp, keyEnd: ke, val: r.val, sub: r.dict})
}

// augAssign handles "target op= value"; only += on known text folds.
func (x *extractor) augAssign(toks []tok, i int) {
	p := x.parser(toks[i+1:])
	r := p.expr()
	p.rest("")
	target := toks[:i]
	if !isDotted(target) {
		x.scan(target)
		return
	}
	name := dottedText(target)
	pos, end := x.pos(target[0].start), x.endPos(toks[len(toks)-1].end)
	old, ok := x.env.Use(name, pos, x.endPos(target[len(target)-1].end))
	if toks[i].text != "+=" || !ok || old.Type != facts.String || r.val.Type != facts.String || r.dict != nil || r.isList {
		x.unbind(name)
		return
	}
	v := facts.Concat(pos, end, old, r.val)
	x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: name, KeyPos: pos, KeyEnd: x.endPos(target[len(target)-1].end), Value: v, Origin: facts.Assignment})
	x.bind(name, result{val: v})
}

// assignOps returns the indexes of the '=' that separate targets from the
// value, not those in brackets or in a lambda's defaults.
func assignOps(toks []tok) []int {
	var eqs []int
	depth := 0
	for i, t := range toks {
		switch {
		case t.kind == tName && t.text == "lambda" && depth == 0:
			return eqs
		case t.kind != tOp:
		case t.text == "(" || t.text == "[" || t.text == "{":
			depth++
		case t.text == ")" || t.text == "]" || t.text == "}":
			depth = max(depth-1, 0)
		case t.text == "=" && depth == 0:
			eqs = append(eqs, i)
		}
	}
	return eqs
}

// augmentedOp returns the index of a top-level "+=" (or any op=), or -1.
func augmentedOp(toks []tok) int {
	depth := 0
	for i, t := range toks {
		if t.kind != tOp {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth = max(depth-1, 0)
		case "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=":
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitHeader splits a compound statement at the colon that ends its header.
func splitHeader(toks []tok) (head, body []tok) {
	if i := indexOp(toks, ":"); i >= 0 {
		return toks[:i], toks[i+1:]
	}
	return toks, nil
}

// indexOp returns the index of the first top-level operator op, or -1.
func indexOp(toks []tok, op string) int {
	depth := 0
	for i, t := range toks {
		if t.kind != tOp {
			continue
		}
		if t.text == op && depth == 0 {
			return i
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth = max(depth-1, 0)
		}
	}
	return -1
}

func indexName(toks []tok, name string) int {
	for i, t := range toks {
		if t.kind == tName && t.text == name {
			return i
		}
	}
	return -1
}

// matching returns the index of the bracket closing toks[open], or len(toks).
func matching(toks []tok, open int) int {
	depth := 0
	for i := open; i < len(toks); i++ {
		if toks[i].kind != tOp {
			continue
		}
		switch toks[i].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return len(toks)
}

// splitTop splits toks at top-level separators, dropping empty items.
func splitTop(toks []tok, sep string) [][]tok {
	var items [][]tok
	for len(toks) > 0 {
		i := indexOp(toks, sep)
		if i < 0 {
			i = len(toks)
		}
		if i > 0 {
			items = append(items, toks[:i])
		}
		toks = toks[min(i+1, len(toks)):]
	}
	return items
}

func isOpTok(t tok, ops ...string) bool {
	if t.kind != tOp {
		return false
	}
	for _, o := range ops {
		if t.text == o {
			return true
		}
	}
	return false
}

// isDotted reports whether toks are a name or a dotted name: a.b.c.
func isDotted(toks []tok) bool {
	if len(toks)%2 == 0 {
		return false
	}
	for i, t := range toks {
		if i%2 == 0 && (t.kind != tName || stopWords[t.text]) || i%2 == 1 && !isOpTok(t, ".") {
			return false
		}
	}
	return true
}

func dottedText(toks []tok) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return b.String()
}
