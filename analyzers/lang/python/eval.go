package python

import (
	"go/token"
	"strconv"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// result is what an expression evaluates to. val is always set: a reference
// of kind Unknown when nothing better is known.
type result struct {
	val      facts.Value
	path     string        // the dotted name of a name, attribute or call chain ("spark.read.format()"); "" otherwise
	dict     *dictVal      // a dict literal, dict(...), or a name bound to one
	list     []facts.Value // the items of a list or tuple literal
	isList   bool
	client   *client // an auth client (msal, azure.identity, databricks-sdk) whose token calls are requests
	jsonBody bool    // json.dumps(dict): the dict is a JSON document
	attrs    []attr  // an instance of a known class: its attributes
	class    string  // and the class's name
}

// dictVal is a dict whose string keys are known.
type dictVal struct {
	entries []dictEntry
	emitted bool // its entries are in File.Pairs already
	owned   bool // nested in another dict, which emits it
}

type dictEntry struct {
	key            string
	keyPos, keyEnd token.Pos
	val            facts.Value
	sub            *dictVal // the value is itself a dict
}

// get returns the entry for key; the last one wins, as in Python.
func (d *dictVal) get(key string) (dictEntry, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if d.entries[i].key == key {
			return d.entries[i], true
		}
	}
	return dictEntry{}, false
}

// client is an object whose methods request tokens.
type client struct {
	tool string      // "msal", "azure.identity", "databricks-sdk"
	url  facts.Value // the authority or host it was built with; no Parts when implicit
}

// parser evaluates the expressions of one statement by recursive descent,
// adding the facts it meets (literals, calls, pairs) to its extractor.
type parser struct {
	x     *extractor
	toks  []tok
	i     int
	depth int
}

// maxDepth bounds expression nesting so hostile input cannot exhaust the stack.
const maxDepth = 100

// binaryOps are Python's binary operators by increasing precedence; level
// notLevel is the unary "not".
var binaryOps = [][]string{
	{"or"}, {"and"}, nil,
	{"<", ">", "==", ">=", "<=", "!=", "in", "not", "is"},
	{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
}

const (
	notLevel   = 2
	bitorLevel = 4
)

// stopWords are keywords that cannot start an expression.
var stopWords = map[string]bool{
	"for": true, "in": true, "if": true, "else": true, "elif": true, "as": true, "from": true, "import": true,
	"def": true, "class": true, "return": true, "while": true, "with": true, "try": true, "except": true,
	"finally": true, "raise": true, "del": true, "pass": true, "break": true, "continue": true, "global": true,
	"nonlocal": true, "assert": true, "is": true, "and": true, "or": true, "async": true,
}

func (p *parser) atEnd() bool { return p.i >= len(p.toks) }

func (p *parser) cur() tok {
	if p.atEnd() {
		return tok{}
	}
	return p.toks[p.i]
}

func (p *parser) isOp(s string) bool { t := p.cur(); return t.kind == tOp && t.text == s }
func (p *parser) isKw(s string) bool { t := p.cur(); return t.kind == tName && t.text == s }

func (p *parser) atCloser() bool { return p.isOp(")") || p.isOp("]") || p.isOp("}") }

func (p *parser) peekOp(k int, s string) bool {
	return p.i+k < len(p.toks) && p.toks[p.i+k].kind == tOp && p.toks[p.i+k].text == s
}

// span is the source range of tokens [from, to), at least one token wide.
func (p *parser) span(from, to int) (token.Pos, token.Pos) {
	if len(p.toks) == 0 {
		return token.NoPos, token.NoPos
	}
	from = min(max(from, 0), len(p.toks)-1)
	to = min(max(to, from+1), len(p.toks))
	return p.x.pos(p.toks[from].start), p.x.endPos(p.toks[to-1].end)
}

func (p *parser) unknown(what string, from int) result {
	pos, end := p.span(from, p.i)
	return result{val: facts.Ref(facts.Unknown, what, pos, end)}
}

// rest evaluates what is left up to closer ("" for the end of the tokens)
// for its facts, and consumes the closer.
func (p *parser) rest(closer string) {
	for !p.atEnd() && (closer == "" || !p.isOp(closer)) {
		before := p.i
		p.exprList()
		if p.i == before {
			p.i++
		}
	}
	if !p.atEnd() {
		p.i++
	}
}

// skipExpr passes over an expression nested too deeply to evaluate.
func (p *parser) skipExpr() result {
	start, depth := p.i, 0
	for ; !p.atEnd(); p.i++ {
		t := p.cur()
		if t.kind != tOp {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth == 0 {
				return p.unknown("expression", start)
			}
			depth--
		case ",", ":", "=":
			if depth == 0 {
				return p.unknown("expression", start)
			}
		}
	}
	return p.unknown("expression", start)
}

// exprList parses expr {, expr} [,]: one item, or a tuple.
func (p *parser) exprList() (items []result, tuple bool) {
	for !p.atEnd() {
		before := p.i
		var r result
		if p.isOp("*") {
			p.i++
			p.binary(bitorLevel)
			r = p.unknown("starred", before)
		} else {
			r = p.expr()
		}
		if p.i == before {
			return items, tuple
		}
		items = append(items, r)
		if !p.isOp(",") {
			return items, tuple
		}
		p.i++
		tuple = true
	}
	return items, tuple
}

func (p *parser) expr() result {
	if p.depth >= maxDepth {
		return p.skipExpr()
	}
	p.depth++
	defer func() { p.depth-- }()
	start := p.i
	switch {
	case p.isKw("lambda"):
		p.i++
		for !p.atEnd() && !p.isOp(":") && !p.atCloser() {
			if p.isOp("=") {
				p.i++
				p.expr()
				continue
			}
			p.i++
		}
		if p.isOp(":") {
			p.i++
			p.expr()
		}
		return p.unknown("lambda", start)
	case p.isKw("yield"):
		p.i++
		if p.isKw("from") {
			p.i++
		}
		p.exprList()
		return p.unknown("yield", start)
	}
	r := p.binary(0)
	if p.isOp(":=") && p.i == start+1 && p.toks[start].kind == tName {
		p.i++
		v := p.expr()
		p.x.bind(p.toks[start].text, v)
		return v
	}
	if p.isKw("if") {
		p.i++
		p.binary(0)
		if p.isKw("else") {
			p.i++
			p.expr()
		}
		return p.unknown("conditional expression", start)
	}
	return r
}

func (p *parser) binary(level int) result {
	if level == len(binaryOps) {
		return p.unary()
	}
	start := p.i
	if level == notLevel {
		if !p.isKw("not") {
			return p.binary(level + 1)
		}
		if p.depth >= maxDepth {
			return p.skipExpr()
		}
		p.depth++
		defer func() { p.depth-- }()
		p.i++
		p.binary(level)
		return p.unknown("not", start)
	}
	l := p.binary(level + 1)
	for {
		op, n := p.binaryOp(level)
		if n == 0 {
			return l
		}
		p.i += n
		r := p.binary(level + 1)
		l = p.combine(op, l, r, start)
	}
}

// binaryOp returns the operator of the given level at the cursor and how
// many tokens it takes ("not in" and "is not" take two).
func (p *parser) binaryOp(level int) (string, int) {
	t := p.cur()
	if t.kind != tOp && t.kind != tName {
		return "", 0
	}
	for _, op := range binaryOps[level] {
		if t.text != op {
			continue
		}
		next := tok{}
		if p.i+1 < len(p.toks) {
			next = p.toks[p.i+1]
		}
		switch {
		case op == "not" && next.kind == tName && next.text == "in":
			return "not in", 2
		case op == "not":
			return "", 0
		case op == "is" && next.kind == tName && next.text == "not":
			return "is not", 2
		}
		return op, 1
	}
	return "", 0
}

// combine folds string concatenation and %-formatting; other operators
// give Unknown.
func (p *parser) combine(op string, l, r result, start int) result {
	pos, end := p.span(start, p.i)
	plain := func(r result) bool { return r.val.Type == facts.String && r.dict == nil && !r.isList }
	switch {
	case op == "+" && plain(l) && plain(r):
		return result{val: facts.Concat(pos, end, l.val, r.val)}
	case op == "%" && plain(l) && hasLiteral(l.val):
		return result{val: percentFormat(l.val, r, pos, end)}
	}
	// x or "fallback": a known, non-empty left side wins, as Python's `or`
	// does; otherwise the committed fallback literal is the value wherever
	// x is empty (an override widget, an unset variable).
	if op == "or" {
		switch known := plain(l) && l.val.IsKnown(); {
		case known && l.val.Text() != "":
			return l
		case known, plain(r) && r.val.IsKnown():
			return r
		}
	}
	// Integer arithmetic on known numbers: lifetime_seconds=90 * 24 * 3600.
	if n, ok := arithmetic(op, l.val, r.val); ok {
		return result{val: facts.FoldedNumber(strconv.FormatInt(n, 10), pos, end, l.val, r.val)}
	}
	return p.unknown("expression", start)
}

// arithmetic folds +, -, * and // on two known integers; ok is false for
// anything else (floats, overflow, division by zero).
func arithmetic(op string, l, r facts.Value) (int64, bool) {
	if l.Type != facts.Number || r.Type != facts.Number || !l.IsKnown() || !r.IsKnown() {
		return 0, false
	}
	a, errA := strconv.ParseInt(strings.ReplaceAll(l.Text(), "_", ""), 10, 64)
	b, errB := strconv.ParseInt(strings.ReplaceAll(r.Text(), "_", ""), 10, 64)
	if errA != nil || errB != nil {
		return 0, false
	}
	const limit = 1 << 40 // far beyond any lifetime or port; keeps products from overflowing
	if a > limit || a < -limit || b > limit || b < -limit {
		return 0, false
	}
	switch op {
	case "+":
		return a + b, true
	case "-":
		return a - b, true
	case "*":
		return a * b, true
	case "//":
		if b == 0 {
			return 0, false
		}
		q := a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			q-- // Python floors
		}
		return q, true
	}
	return 0, false
}

func (p *parser) unary() result {
	if p.depth >= maxDepth {
		return p.skipExpr()
	}
	p.depth++
	defer func() { p.depth-- }()
	start := p.i
	if !p.isOp("-") && !p.isOp("+") && !p.isOp("~") {
		return p.power()
	}
	// A negative number literal is one value.
	if next := p.i + 1; p.isOp("-") && next < len(p.toks) && p.toks[next].kind == tNumber && p.toks[next].start == p.cur().end {
		p.i += 2
		t := p.toks[start]
		return result{val: p.x.number(p.x.text[t.start:p.toks[next].end], t.start, p.toks[next].end)}
	}
	p.i++
	p.unary()
	return p.unknown("expression", start)
}

func (p *parser) power() result {
	start := p.i
	if p.isKw("await") {
		p.i++
	}
	r := p.primary()
	if p.isOp("**") {
		p.i++
		p.unary()
		return p.unknown("expression", start)
	}
	return r
}

// primary parses an atom and its trailers: attributes, calls, subscripts.
func (p *parser) primary() result {
	start := p.i
	r := p.atom()
	for !p.atEnd() {
		switch {
		case p.isOp(".") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tName:
			name := p.toks[p.i+1].text
			p.i += 2
			if p.isOp("(") {
				recv := r
				r = p.call(joinPath(recv.path, name), name, &recv, start)
			} else {
				r = p.attribute(r, name, start)
			}
		case p.isOp("("):
			r = p.call(r.path, "", nil, start)
		case p.isOp("["):
			r = p.subscript(r, start)
		default:
			return r
		}
	}
	return r
}

// maxPath bounds dotted names, so a hostile chain a.b.c... stays linear.
const maxPath = 256

func joinPath(base, name string) string {
	switch {
	case base == "":
		return name
	case len(base) > maxPath:
		return ""
	}
	return base + "." + name
}

func (p *parser) atom() result {
	start := p.i
	t := p.cur()
	switch t.kind {
	case tString:
		return p.strings()
	case tNumber:
		p.i++
		return result{val: p.x.number(t.text, t.start, t.end)}
	case tName:
		pos, end := p.x.pos(t.start), p.x.endPos(t.end)
		switch {
		case t.text == "True" || t.text == "False":
			p.i++
			v := facts.Lit(t.text, pos, end, p.x.c.Exact(t.start, t.end))
			v.Type = facts.Bool
			p.x.out.Values = append(p.x.out.Values, v)
			return result{val: v}
		case t.text == "None":
			p.i++
			v := facts.Lit(t.text, pos, end, p.x.c.Exact(t.start, t.end))
			v.Type = facts.Null
			return result{val: v}
		case t.text == "lambda" || t.text == "yield":
			return p.expr()
		case stopWords[t.text]:
			return p.unknown("expression", start)
		}
		p.i++
		if r, ok := p.x.lookup(t.text, pos, end); ok {
			return r
		}
		// A name bound nowhere we can see: a parameter, a loop variable, an import.
		return result{val: facts.Ref(facts.VarRef, t.text, pos, end), path: t.text}
	case tOp:
		switch t.text {
		case "(":
			return p.paren()
		case "[":
			p.i++
			items, _ := p.exprList()
			if len(items) == 1 && (p.isKw("for") || p.isKw("async")) {
				p.comprehension()
				p.rest("]")
				return p.unknown("list comprehension", start)
			}
			p.rest("]")
			return p.sequence(items, start, "list")
		case "{":
			return p.braces()
		case "...":
			p.i++
		}
	}
	return p.unknown("expression", start)
}

func (p *parser) paren() result {
	start := p.i
	p.i++
	items, tuple := p.exprList()
	if len(items) == 1 && (p.isKw("for") || p.isKw("async")) {
		p.comprehension()
		p.rest(")")
		return p.unknown("generator", start)
	}
	p.rest(")")
	if len(items) == 1 && !tuple {
		return items[0]
	}
	return p.sequence(items, start, "tuple")
}

func (p *parser) sequence(items []result, start int, what string) result {
	r := p.unknown(what, start)
	r.isList = true
	r.list = make([]facts.Value, len(items))
	for i, it := range items {
		r.list[i] = it.val
	}
	return r
}

// braces parses a dict or set display.
func (p *parser) braces() result {
	start := p.i
	p.i++
	d := &dictVal{}
	isDict := true
	for !p.atEnd() && !p.isOp("}") {
		before := p.i
		if p.isOp("**") {
			p.i++
			if r := p.binary(bitorLevel); r.dict != nil {
				r.dict.owned = true
				d.entries = append(d.entries, r.dict.entries...)
			}
		} else {
			k := p.expr()
			if p.isOp(":") {
				p.i++
				p.x.addEntry(d, k, p.expr())
			} else {
				isDict = false
			}
			if p.isKw("for") || p.isKw("async") {
				p.comprehension()
			}
		}
		if p.isOp(",") {
			p.i++
		} else if p.i == before {
			p.i++
		}
	}
	if !p.atEnd() {
		p.i++
	}
	if !isDict {
		return p.unknown("set", start)
	}
	r := p.unknown("dict", start)
	r.dict = d
	p.x.pending = append(p.x.pending, d)
	return r
}

// comprehension passes over "for targets in iterable [if cond]..." clauses.
func (p *parser) comprehension() {
	for {
		before := p.i
		switch {
		case p.isKw("async"):
			p.i++
		case p.isKw("for"):
			p.i++
			for !p.atEnd() && !p.isKw("in") && !p.atCloser() {
				b := p.i
				p.binary(bitorLevel)
				if p.isOp(",") || p.i == b {
					p.i++
				}
			}
			if p.isKw("in") {
				p.i++
				p.binary(0)
			}
		case p.isKw("if"):
			p.i++
			p.binary(0)
		}
		if p.i == before {
			return
		}
	}
}

// strings evaluates adjacent string literals, which Python joins into one.
func (p *parser) strings() result {
	start := p.i
	v := p.stringValue(p.cur())
	p.i++
	var more []facts.Value // most literals stand alone: no list for them
	for !p.atEnd() && p.cur().kind == tString {
		if more == nil {
			more = []facts.Value{v}
		}
		more = append(more, p.stringValue(p.cur()))
		p.i++
	}
	pos, end := p.span(start, p.i)
	if more != nil {
		v = facts.Concat(pos, end, more...)
	}
	v.Pos, v.End = pos, end
	p.x.out.Values = append(p.x.out.Values, v)
	return result{val: v, path: "str"}
}

func (p *parser) stringValue(t tok) facts.Value {
	x := p.x
	v := facts.Value{Pos: x.pos(t.start), End: x.endPos(t.end)}
	for _, pc := range t.str.pieces {
		switch {
		case pc.field != nil:
			fv := p.fieldValue(pc.field)
			v.Parts = append(v.Parts, fv.Parts...)
			if v.Via == "" {
				v.Via = fv.Via
			}
		case pc.unknown:
			v.Parts = append(v.Parts, facts.Part{Text: facts.Placeholder(facts.Unknown, `\N{`+pc.text+`}`),
				Kind: facts.Unknown, Pos: x.pos(pc.start), End: x.endPos(pc.end)})
		case pc.verbatim:
			v.Parts = append(v.Parts, x.exactParts(pc.start, pc.end)...)
		default:
			v.Parts = append(v.Parts, facts.Part{Text: pc.text, Kind: facts.Literal, Pos: x.pos(pc.start), End: x.endPos(pc.end)})
		}
	}
	if len(v.Parts) == 0 {
		at := x.pos(t.str.contentStart)
		v.Parts = []facts.Part{{Kind: facts.Literal, Pos: at, End: at, Exact: true}}
	}
	return v
}

// fieldValue evaluates an f-string field: names fold, the rest is unknown.
func (p *parser) fieldValue(f *field) facts.Value {
	x := p.x
	sub := &parser{x: x, toks: lexRange(x.c.Src, x.text, f.exprStart, f.exprEnd), depth: p.depth + 1}
	var v facts.Value
	if len(sub.toks) == 0 {
		v = facts.Ref(facts.Unknown, "empty field", x.pos(f.start), x.endPos(f.end))
	} else {
		v = sub.expr().val
		sub.rest("")
	}
	conv := f.conv
	var prefix []facts.Part
	if f.debugEnd > 0 { // {expr=} prints the expression's text, then its repr
		prefix = x.exactParts(f.exprStart, f.debugEnd)
		if conv == 0 && f.spec == "" {
			conv = 'r'
		}
	}
	v = formatField(v, conv, f.spec, f.specFields)
	v.Parts = append(prefix, v.Parts...)
	return v
}

func (p *parser) attribute(r result, name string, start int) result {
	pos, end := p.span(start, p.i)
	path := joinPath(r.path, name)
	if r.path == "" || path == "" {
		return result{val: facts.Ref(facts.Unknown, name, pos, end)}
	}
	if b, ok := p.x.lookup(path, pos, end); ok {
		return b
	}
	return result{val: facts.Ref(facts.Unknown, path, pos, end), path: path}
}

func (p *parser) subscript(r result, start int) result {
	p.i++
	var key result
	n, slice := 0, false
	for !p.atEnd() && !p.isOp("]") {
		before := p.i
		if p.isOp(":") {
			p.i++
			slice = true
			continue
		}
		k := p.expr()
		if n++; n == 1 {
			key = k
		}
		if p.isOp(",") {
			p.i++
			n++
		} else if p.i == before {
			p.i++
		}
	}
	if !p.atEnd() {
		p.i++
	}
	pos, end := p.span(start, p.i)
	out := result{}
	if r.path != "" && len(r.path) <= maxPath {
		out.path = r.path + "[]"
	}
	k, known := knownText(key.val)
	single := n == 1 && !slice && known
	switch {
	case single && isEnviron(r.path):
		out.val = facts.Ref(facts.EnvRef, k, pos, end)
	case r.path == "sys.argv" || r.path == "argv":
		out.val = facts.Ref(facts.VarRef, "sys.argv", pos, end)
	case single && r.dict != nil:
		if e, ok := r.dict.get(k); ok {
			out.val, out.dict = e.val, e.sub
			out.val.Pos, out.val.End = pos, end
			if out.val.Via == "" {
				out.val.Via = r.path + "[" + strconv.Quote(k) + "]"
			}
			return out
		}
	}
	if out.val.Parts == nil {
		out.val = facts.Ref(facts.Unknown, out.path, pos, end)
	}
	return out
}

// call parses a call's arguments (the cursor is at its '(') and hands them
// to the extractor, which records the call and knows what it returns.
func (p *parser) call(callee, method string, recv *result, start int) result {
	p.i++
	cs := &callSite{callee: callee, method: method}
	if recv != nil {
		cs.recv, cs.hasRecv = *recv, true
	}
	// The positional arguments go on the extractor's argument stack (calls in
	// them push above and pop again): callSites never outlive their call.
	mark := len(p.x.args)
	for !p.atEnd() && !p.isOp(")") {
		before := p.i
		switch {
		case p.isOp("**"):
			p.i++
			cs.stars = append(cs.stars, p.expr())
		case p.isOp("*"):
			p.i++
			p.expr()
		case p.cur().kind == tName && p.peekOp(1, "="):
			t := p.cur()
			p.i += 2
			cs.kwargs = append(cs.kwargs, kwarg{name: t.text, pos: p.x.pos(t.start), end: p.x.endPos(t.end), r: p.expr()})
		default:
			r := p.expr()
			if p.isKw("for") || p.isKw("async") {
				p.comprehension()
				r = p.unknown("generator", before)
			}
			p.x.args = append(p.x.args, r)
		}
		if p.isOp(",") {
			p.i++
		} else if p.i == before {
			p.i++
		}
	}
	if !p.atEnd() {
		p.i++
	}
	if n := len(p.x.args); n > mark {
		cs.args = p.x.args[mark:n:n] // capped: the calls x.call evaluates push above it
	}
	cs.pos, cs.end = p.span(start, p.i)
	r := p.x.call(cs)
	p.x.args = p.x.args[:mark]
	if callee != "" && len(callee) <= maxPath {
		r.path = callee + "()"
	}
	return r
}

// knownText returns a string value's text when all of it is known.
func knownText(v facts.Value) (string, bool) {
	if v.Type != facts.String || len(v.Parts) == 0 || !v.IsKnown() {
		return "", false
	}
	return v.Text(), true
}

// hasLiteral reports whether any part of v was written in the repository.
func hasLiteral(v facts.Value) bool {
	for _, p := range v.Parts {
		if p.Kind == facts.Literal || p.Kind == facts.Folded {
			return true
		}
	}
	return false
}

func isEnviron(path string) bool { return path == "os.environ" || path == "environ" }
