package scala

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
)

// maxDepth bounds expression nesting; deeper input is skipped token by token
// instead of recursing further.
const maxDepth = 200

// maxPath bounds the dotted names of call chains; a longer chain has no
// name, so that a hostile a.b.c... cannot cost quadratic memory.
const maxPath = 256

// parser is a tolerant expression parser over the token stream: it knows
// just enough Scala to evaluate the values that reach calls and bindings,
// and skips what it does not understand one token at a time.
type parser struct {
	c        *facts.Code
	env      *facts.Env
	out      *facts.File
	toks     []tok
	i        int
	depth    int
	deepOnce *bool    // the "nested too deeply" problem is reported once per Extract
	prefixes []string // the objects whose bodies are being read, outermost first
}

// node is a parsed expression.
type node struct {
	val        facts.Value
	path       string // dotted name of a name chain: "spark.read.format()"; "" for other expressions
	member     string // the last selected name, the callee of a call on an unnamed receiver
	start, end int
	kv         []node // a key/value: "k" -> v or ("k", v)
	args       []arg  // a call's arguments
	entries    []int  // indices in out.Pairs of the Map entries this expression built
	req        int    // 1 + index in out.Requests of the HTTP request this expression builds; 0 if none
	attrs      []attr // an instance of a known class: its constructor's values
}

type arg struct {
	name       string // a named argument's name
	start, end int    // the name's range
	n          node
}

func (p *parser) peek() tok {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	end := 0
	if n := len(p.toks); n > 0 {
		end = p.toks[n-1].end
	}
	return tok{kind: tEOF, start: end, end: end}
}

func (p *parser) isDelim(s string) bool {
	t := p.peek()
	return t.kind == tDelim && t.text == s
}

func (p *parser) isOp(s string) bool {
	t := p.peek()
	return t.kind == tOp && t.text == s
}

// prev is the end offset of the last consumed token.
func (p *parser) prev() int {
	if p.i > 0 && p.i <= len(p.toks) {
		return p.toks[p.i-1].end
	}
	return p.peek().start
}

func (p *parser) unknown(start, end int, what string) node {
	return node{val: facts.Ref(facts.Unknown, lexutil.Describe(what), p.c.Pos(start), p.c.Pos(end)), start: start, end: end}
}

// statements parses until EOF or the closing delimiter (not consumed).
func (p *parser) statements(closer string) {
	for p.i < len(p.toks) && !(closer != "" && p.isDelim(closer)) {
		start := p.i
		p.statement()
		if p.i == start {
			p.i++
		}
	}
}

func (p *parser) statement() {
	t := p.peek()
	if t.kind == tIdent {
		switch t.text {
		case "val", "var":
			p.binding()
			return
		case "def", "class", "object", "trait":
			p.declaration()
			return
		case "import", "package":
			p.i++
			for p.i < len(p.toks) && !p.toks[p.i].nl && !p.isDelim(";") {
				p.i++
			}
			return
		}
		if p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tOp && p.toks[p.i+1].text == "=" && !keywords[t.text] {
			p.i += 2
			p.bind(t, p.expr())
			return
		}
	}
	p.expr()
}

// binding handles val/var name[: Type] = expr; patterns are left to the
// statement loop.
func (p *parser) binding() {
	p.i++
	name := p.peek()
	if name.kind != tIdent || keywords[name.text] {
		return
	}
	p.i++
	if p.isOp(":") {
		p.skipType()
	}
	if !p.isOp("=") {
		return
	}
	p.i++
	p.bind(name, p.expr())
}

// bind records name = n as an assignment and in the environment.
func (p *parser) bind(name tok, n node) {
	p.out.Pairs = append(p.out.Pairs, facts.Pair{
		Key: name.text, KeyPos: p.c.Pos(name.start), KeyEnd: p.c.Pos(name.end),
		Value: n.val, Origin: facts.Assignment,
	})
	names := []string{name.text}
	if q := p.qualified(name.text); q != "" {
		names = append(names, q)
	}
	for _, key := range names {
		if n.val.Kind() == facts.Unknown && !n.val.HasLiteral() { // keep "text$unknown": its literal parts still fold
			p.env.Delete(key)
		} else {
			p.env.Set(key, n.val)
		}
		for _, a := range n.attrs {
			p.env.Set(key+"."+a.name, a.val)
		}
	}
	for _, k := range n.entries {
		p.out.Pairs[k].Path = name.text
	}
}

// skipType skips a type annotation up to the '=' that ends it, or the end
// of the line for a declaration without a value.
func (p *parser) skipType() {
	p.i++
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		t := p.toks[p.i]
		switch {
		case t.kind == tDelim && (t.text == "[" || t.text == "("):
			depth++
		case t.kind == tDelim && (t.text == "]" || t.text == ")"):
			if depth == 0 {
				return
			}
			depth--
		case depth > 0:
		case t.kind == tOp && t.text == "=", t.nl, t.kind == tDelim && (t.text == "{" || t.text == "}" || t.text == ";"):
			return
		}
	}
}

// declaration reads the header of def/class/object/trait up to its body:
// parameter lists hold types and defaults. A def's body is read at once and
// remembered; a class's parameters with defaults are remembered for the
// instances its calls build; an object's body binds its vals qualified too.
func (p *parser) declaration() {
	kw := p.peek().text
	p.i++
	name := ""
	if t := p.peek(); t.kind == tIdent {
		name = t.text
		p.i++
	}
	var params []sparam
	for p.isDelim("[") || p.isDelim("(") {
		if p.isDelim("[") {
			p.skipGroup("[", "]")
		} else {
			params = append(params, p.paramList()...)
		}
	}
	switch kw {
	case "class":
		if name != "" {
			stateOf(p.env).classes[name] = &sclass{params: params}
		}
		return
	case "object":
		if name != "" {
			p.objectBody(name)
		}
		return
	case "trait":
		return
	}
	if p.isOp(":") {
		p.skipType()
	}
	switch {
	case p.isOp("="):
		p.i++
		p.defBody(name, params)
	case p.isDelim("{"): // procedure syntax: def run() { ... }
		p.defBody(name, params)
	}
}

// skipGroup skips a balanced group that starts at the current token.
func (p *parser) skipGroup(open, close string) {
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		t := p.toks[p.i]
		if t.kind != tDelim {
			continue
		}
		switch t.text {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				p.i++
				return
			}
		}
	}
}

// expr parses an expression; `->` binds looser than the other operators
// so that "k" -> "a" + b pairs k with the concatenation.
func (p *parser) expr() node {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		lexutil.TooDeep(p.out, p.deepOnce, p.c.Pos(p.peek().start))
		t := p.peek()
		return p.unknown(t.start, t.start, "nested")
	}
	left := p.operation()
	for p.isOp("->") || p.isOp("→") {
		p.i++
		right := p.operation()
		left = node{val: facts.Ref(facts.Unknown, "pair", p.c.Pos(left.start), p.c.Pos(right.end)),
			start: left.start, end: right.end, kv: []node{left, right}}
	}
	return left
}

// notBinary are operators that do not continue an expression: bindings,
// lambdas, type ascriptions, and the pair arrow, which expr handles.
var notBinary = map[string]bool{"=": true, "=>": true, "⇒": true, "<-": true, ":": true, "@": true, "#": true, "->": true, "→": true, "'": true}

func (p *parser) operation() node {
	left := p.postfix()
	for {
		t := p.peek()
		if t.kind != tOp || notBinary[t.text] {
			return left
		}
		p.i++
		right := p.postfix()
		if (t.text == "+" || t.text == "++") && (left.val.Type == facts.String || right.val.Type == facts.String) {
			v := facts.Concat(p.c.Pos(left.start), p.c.Pos(right.end), left.val, right.val)
			left = node{val: v, start: left.start, end: right.end}
			continue
		}
		left = p.unknown(left.start, right.end, t.text)
	}
}

func (p *parser) postfix() node {
	n := p.primary()
	for {
		t := p.peek()
		switch {
		case t.kind == tDelim && t.text == ".":
			p.i++
			m := p.peek()
			if m.kind != tIdent {
				return n
			}
			p.i++
			n = p.selectMember(n, m)
		case t.kind == tDelim && t.text == "(" && !t.nl:
			args := p.args(")")
			n = p.call(n, args, p.prev())
		case t.kind == tDelim && t.text == "[" && !t.nl: // type arguments
			p.skipGroup("[", "]")
		default:
			return n
		}
	}
}

// builderBase drops the option calls at the end of a reader or writer
// chain, so that every .option of spark.read.format("jdbc").option(..)
// .option(..) has the callee spark.read.format().option.
func builderBase(path string) string {
	for {
		trimmed := strings.TrimSuffix(strings.TrimSuffix(path, ".option()"), ".options()")
		if trimmed == path {
			return path
		}
		path = trimmed
	}
}

// passThrough are members that return their receiver's value: Option
// accessors and conversions that do not change a reference.
var passThrough = map[string]bool{"get": true, "getOrElse": true, "orNull": true, "toString": true, "trim": true, "mkString": true}

func (p *parser) selectMember(recv node, m tok) node {
	n := node{start: recv.start, end: m.end, member: m.text, req: recv.req}
	if recv.path != "" && len(recv.path) < maxPath {
		n.path = builderBase(recv.path) + "." + m.text
	}
	k := recv.val.Kind()
	if m.text == "toString" || passThrough[m.text] && (k == facts.SecretRef || k == facts.EnvRef || k == facts.VarRef) {
		n.val = recv.val
		n.val.End = p.c.Pos(m.end)
		return n
	}
	if n.path != "" {
		if v, ok := p.env.Use(n.path, p.c.Pos(recv.start), p.c.Pos(m.end)); ok { // Cfg.password, conf.password
			n.val = v
			return n
		}
	}
	what := n.path
	if what == "" {
		what = m.text
	}
	n.val = facts.Ref(facts.Unknown, lexutil.Describe(what), p.c.Pos(recv.start), p.c.Pos(m.end))
	return n
}

func (p *parser) primary() node {
	t := p.peek()
	switch t.kind {
	case tString, tChar:
		p.i++
		return node{val: p.stringValue(t), start: t.start, end: t.end}
	case tNumber:
		p.i++
		v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(t.end), p.c.Exact(t.start, t.end))
		v.Type = facts.Number
		return node{val: v, start: t.start, end: t.end}
	case tIdent:
		return p.name(t)
	case tDelim:
		switch t.text {
		case "(":
			args := p.args(")")
			if len(args) == 1 && args[0].name == "" {
				n := args[0].n
				n.start, n.end = t.start, p.prev()
				return n
			}
			n := p.unknown(t.start, p.prev(), "tuple")
			if len(args) == 2 {
				n.kv = []node{args[0].n, args[1].n}
			}
			return n
		case "{":
			p.i++
			p.statements("}")
			if p.isDelim("}") {
				p.i++
			}
			return p.unknown(t.start, p.prev(), "block")
		}
	case tOp:
		if t.text == "-" || t.text == "!" || t.text == "~" || t.text == "+" {
			p.i++
			operand := p.postfix()
			return p.unknown(t.start, operand.end, t.text)
		}
	}
	return p.unknown(t.start, t.start, "expression")
}

// keywords never name a value.
var keywords = map[string]bool{
	"abstract": true, "case": true, "catch": true, "class": true, "def": true, "do": true, "else": true,
	"extends": true, "final": true, "finally": true, "for": true, "forSome": true, "if": true, "implicit": true,
	"import": true, "lazy": true, "match": true, "new": true, "object": true, "override": true, "package": true,
	"private": true, "protected": true, "return": true, "sealed": true, "throw": true, "trait": true, "try": true,
	"type": true, "val": true, "var": true, "while": true, "with": true, "yield": true,
}

func (p *parser) name(t tok) node {
	p.i++
	switch t.text {
	case "true", "false":
		v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(t.end), true)
		v.Type = facts.Bool
		return node{val: v, start: t.start, end: t.end}
	case "new":
		return p.postfix()
	case "return", "throw", "yield", "else", "do", "try", "finally":
		return p.expr()
	case "if", "while", "for":
		if p.isDelim("(") {
			p.args(")")
		}
		return p.unknown(t.start, p.prev(), t.text)
	}
	if keywords[t.text] {
		return p.unknown(t.start, t.end, t.text)
	}
	if v, ok := p.env.Use(t.text, p.c.Pos(t.start), p.c.Pos(t.end)); ok {
		return node{val: v, path: t.text, start: t.start, end: t.end}
	}
	n := p.unknown(t.start, t.end, t.text)
	n.path = t.text
	return n
}

// args parses a parenthesised argument list at the current token. An
// argument the parser cannot read to its end is Unknown, but the calls in
// it are still parsed.
func (p *parser) args(closer string) []arg {
	p.i++
	var args []arg
	for p.i < len(p.toks) && !p.isDelim(closer) {
		var a arg
		if t := p.peek(); t.kind == tIdent && !keywords[t.text] && p.i+1 < len(p.toks) &&
			p.toks[p.i+1].kind == tOp && p.toks[p.i+1].text == "=" {
			a.name, a.start, a.end = t.text, t.start, t.end
			p.i += 2
		}
		start, first := p.i, p.peek().start
		a.n = p.expr()
		if !p.isDelim(",") && !p.isDelim(closer) {
			for p.i < len(p.toks) && !p.isDelim(",") && !p.isDelim(closer) {
				at := p.i
				p.expr()
				if p.i == at {
					p.i++
				}
			}
			a.n = p.unknown(first, p.prev(), "expression")
		}
		if p.i > start {
			args = append(args, a)
		}
		if p.isDelim(",") {
			p.i++
		}
	}
	if p.isDelim(closer) {
		p.i++
	}
	return args
}

// stringValue evaluates a string or char literal; interpolation holes are
// parsed as code, so their calls are recorded and their names folded.
func (p *parser) stringValue(t tok) facts.Value {
	pos, end := p.c.Pos(t.start), p.c.Pos(t.end)
	if len(t.pieces) == 1 && !t.pieces[0].isHole {
		return t.pieces[0].Value(p.c, pos, end)
	}
	var vs []facts.Value
	for _, pc := range t.pieces {
		if !pc.isHole {
			vs = append(vs, pc.Value(p.c, pos, end))
			continue
		}
		sub := &parser{c: p.c, env: p.env, out: p.out, toks: pc.hole, depth: p.depth, deepOnce: p.deepOnce}
		n := sub.expr()
		if sub.i < len(sub.toks) { // more than one expression: still record its calls
			sub.statements("")
			n = p.unknown(pc.Start, pc.End, pc.Text)
		}
		vs = append(vs, n.val)
	}
	v := facts.Concat(pos, end, vs...)
	v.Type = facts.String
	return v
}
