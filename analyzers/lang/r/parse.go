package r

import (
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
)

// maxDepth bounds expression nesting; deeper input is skipped token by
// token instead of recursing further.
const maxDepth = 200

// maxPath bounds the names of member chains (x$a$b...), so that hostile
// input cannot cost quadratic memory.
const maxPath = 256

// parser is a tolerant expression parser over the token stream: it knows
// just enough R to evaluate the values that reach calls and assignments,
// and skips what it does not understand one token at a time.
type parser struct {
	c      *facts.Code
	env    *facts.Env
	out    *facts.File
	toks   []tok
	i      int
	depth  int
	deep   bool  // the "nested too deeply" problem was reported
	pipeIn *node // the left side of |> or %>%, the first argument of the next call
	// funcs are the functions bound to names so far (function.go);
	// calling counts the calls being re-parsed, calls those of the file.
	funcs    map[string]*rfunc
	calling  int
	calls    *int
	defining int      // inside the parse of a function body where it is defined
	ret      *retSlot // the return(...) of the body being re-parsed for a call
}

// retSlot receives the first return(value) of a function body re-parsed
// for a call, at the body's own level of function definitions.
type retSlot struct {
	defining int
	val      facts.Value
	set      bool
}

// node is a parsed expression.
type node struct {
	val        facts.Value
	path       string // the callee name when called: read.jdbc, SparkR::read.df, conn$query
	start, end int
	callee     string // for a call: its callee
	args       []arg  // for a call: its arguments
	entries    []int  // indices in out.Pairs of the list(k = v) entries this expression built
	req        int    // 1 + index in out.Requests of the HTTP request this expression builds; 0 if none
	fn         *rfunc // a function literal
}

type arg struct {
	name       string // a named argument's name
	start, end int    // the name's range (its content for a quoted name)
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

// statements parses until EOF or the closing delimiter (not consumed) and
// returns the last expression: a block's value.
func (p *parser) statements(closer string) (last node, ok bool) {
	for p.i < len(p.toks) && !(closer != "" && p.isDelim(closer)) {
		start := p.i
		last, ok = p.expr(), true
		if p.i == start {
			p.i++
			ok = false
		}
	}
	return last, ok
}

// expr parses an expression with R's assignments, which bind loosest:
// x <- v and x = v to the right, v -> x to the left. A line break ends an
// expression before an operator.
func (p *parser) expr() node {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		lexutil.TooDeep(p.out, &p.deep, p.c.Pos(p.peek().start))
		t := p.peek()
		return p.unknown(t.start, t.start, "nested")
	}
	left := p.operation()
	for {
		t := p.peek()
		if t.kind != tOp || t.nl {
			return left
		}
		switch t.text {
		case "<-", "<<-", "=":
			p.i++
			right := p.expr()
			p.bind(left, right)
			right.start = left.start
			return right
		case "->", "->>":
			p.i++
			target := p.operation()
			p.bind(target, left)
		default:
			return left
		}
	}
}

// bind records target <- n when the target is a plain name.
func (p *parser) bind(target, n node) {
	t := p.toks[p.tokenAt(target.start)]
	if target.callee != "" || target.end != t.end || (t.kind != tIdent && t.kind != tString) {
		return
	}
	name := t.text
	kp, ke := p.c.Pos(t.start), p.c.Pos(t.end)
	if t.kind == tString {
		kp, ke = p.c.Pos(t.contentStart), p.c.Pos(t.contentEnd)
	}
	if n.fn != nil {
		p.funcs[name] = n.fn
	}
	p.out.Pairs = append(p.out.Pairs, facts.Pair{Key: name, KeyPos: kp, KeyEnd: ke, Value: n.val, Origin: facts.Assignment})
	if n.val.Kind() == facts.Unknown {
		p.env.Delete(name)
	} else {
		p.env.Set(name, n.val)
	}
	for _, k := range n.entries {
		p.out.Pairs[k].Path = name
	}
}

// tokenAt finds the token that starts at offset off.
func (p *parser) tokenAt(off int) int {
	lo, hi := 0, len(p.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if p.toks[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(p.toks) {
		return max(lo-1, 0)
	}
	return lo
}

// notBinary are operators that end an operand chain: assignments, handled
// by expr, and the postfix/namespace ones.
var notBinary = map[string]bool{"<-": true, "<<-": true, "=": true, "->": true, "->>": true, "$": true, "@": true, "::": true, ":::": true}

func (p *parser) operation() node {
	left := p.postfix()
	for {
		t := p.peek()
		if t.kind != tOp || t.nl || notBinary[t.text] {
			return left
		}
		p.i++
		if t.text == "|>" || t.text == "%>%" {
			in := left
			p.pipeIn = &in
			right := p.postfix()
			p.pipeIn = nil
			right.start = left.start
			left = right
			continue
		}
		right := p.postfix()
		left = p.unknown(left.start, right.end, t.text)
	}
}

func (p *parser) postfix() node {
	piped := p.pipeIn
	p.pipeIn = nil
	n := p.primary()
	for {
		t := p.peek()
		switch {
		case t.kind == tDelim && t.text == "(" && !t.nl:
			args := p.args(")")
			if piped != nil {
				args = append([]arg{{n: *piped}}, args...)
				piped = nil
			}
			n = p.call(n, args, p.prev())
		case t.kind == tOp && (t.text == "$" || t.text == "@"):
			p.i++
			m := p.peek()
			if m.kind != tIdent && m.kind != tString {
				return n
			}
			p.i++
			path := ""
			if n.path != "" && len(n.path) < maxPath {
				path = n.path + t.text + m.text
			}
			n = p.unknown(n.start, m.end, path)
			n.path = path
		case t.kind == tDelim && t.text == "[" && !t.nl:
			p.args("]")
			n = p.unknown(n.start, p.prev(), "index")
		default:
			return n
		}
	}
}

func (p *parser) primary() node {
	t := p.peek()
	switch t.kind {
	case tString:
		p.i++
		return node{val: p.literal(t), start: t.start, end: t.end}
	case tNumber:
		p.i++
		end := t.start + len(t.text)
		v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(end), p.c.Exact(t.start, end))
		v.Pos, v.End = p.c.Pos(t.start), p.c.Pos(t.end)
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
			return p.unknown(t.start, p.prev(), "(...)")
		case "{":
			p.i++
			last, ok := p.statements("}")
			if p.isDelim("}") {
				p.i++
			}
			if ok && last.val.Kind() != facts.Unknown {
				// { ...; "value" } is worth its last expression (a function's result).
				return node{val: last.val, start: t.start, end: p.prev()}
			}
			return p.unknown(t.start, p.prev(), "block")
		}
	case tOp:
		switch t.text {
		case "-", "+", "!", "~", "?":
			p.i++
			operand := p.postfix()
			return p.unknown(t.start, operand.end, t.text)
		case "\\": // \(x) body: a lambda
			p.i++
			return p.function(t)
		}
	}
	return p.unknown(t.start, t.start, "expression")
}

func (p *parser) name(t tok) node {
	p.i++
	switch t.text {
	case "TRUE", "FALSE":
		v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(t.end), true)
		v.Type = facts.Bool
		return node{val: v, start: t.start, end: t.end}
	case "function":
		return p.function(t)
	case "if", "while", "for":
		if p.isDelim("(") {
			p.args(")")
		}
		return p.unknown(t.start, p.prev(), t.text)
	case "else", "repeat", "break", "next", "NULL", "NA", "Inf", "NaN":
		return p.unknown(t.start, t.end, t.text)
	}
	name := t.text
	end := t.end
	// pkg::name and pkg:::name
	for p.peek().kind == tOp && (p.peek().text == "::" || p.peek().text == ":::") && len(name) < maxPath {
		sep := p.peek().text
		if p.i+1 >= len(p.toks) || p.toks[p.i+1].kind != tIdent && p.toks[p.i+1].kind != tString {
			break
		}
		name += sep + p.toks[p.i+1].text
		end = p.toks[p.i+1].end
		p.i += 2
	}
	if v, ok := p.env.Use(name, p.c.Pos(t.start), p.c.Pos(end)); ok {
		return node{val: v, path: name, start: t.start, end: end}
	}
	n := p.unknown(t.start, end, name)
	n.path = name
	return n
}

// args parses an argument list at the current token. An argument the
// parser cannot read to its end is Unknown, but its calls are still parsed.
func (p *parser) args(closer string) []arg {
	p.i++
	var args []arg
	for p.i < len(p.toks) && !p.isDelim(closer) {
		var a arg
		if t := p.peek(); (t.kind == tIdent || t.kind == tString) && p.i+1 < len(p.toks) &&
			p.toks[p.i+1].kind == tOp && p.toks[p.i+1].text == "=" {
			a.name, a.start, a.end = t.text, t.start, t.end
			if t.kind == tString {
				a.start, a.end = t.contentStart, t.contentEnd
			}
			p.i += 2
		}
		start, first := p.i, p.peek().start
		if p.isDelim(",") || p.isDelim(closer) { // an empty argument: x[, 1] or f(a = )
			a.n = p.unknown(first, first, "empty")
		} else {
			a.n = p.expr()
		}
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
		if p.i > start || a.name != "" {
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

// literal is a string's value: its part points at the first content
// character and is exact when the text was written as is.
func (p *parser) literal(t tok) facts.Value {
	return t.content().Value(p.c, p.c.Pos(t.start), p.c.Pos(t.end))
}
