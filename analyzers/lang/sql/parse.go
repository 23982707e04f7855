package sql

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
)

// maxDepth bounds expression nesting; deeper input is skipped.
const maxDepth = 200

// maxPath bounds qualified names, so that hostile a.b.c... input cannot
// cost quadratic memory.
const maxPath = 256

// parser reads the expressions of one statement: option values, variable
// defaults and function calls. Everything else is skipped.
type parser struct {
	c     *facts.Code
	env   *facts.Env
	out   *facts.File
	toks  []tok // the statement, without its ';'
	i     int
	depth int
	deep  *bool  // the "nested too deeply" problem is reported once per Extract
	path  string // the statement's description for OPTIONS pairs, once known
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

// isWord reports whether the token at k is the keyword w (case-insensitive).
func (p *parser) isWord(k int, w string) bool {
	return k < len(p.toks) && p.toks[k].kind == tIdent && !p.toks[k].quoted && strings.EqualFold(p.toks[k].text, w)
}

func (p *parser) prev() int {
	if p.i > 0 && p.i <= len(p.toks) {
		return p.toks[p.i-1].end
	}
	return p.peek().start
}

func (p *parser) unknown(start, end int, what string) facts.Value {
	return facts.Ref(facts.Unknown, lexutil.Describe(what), p.c.Pos(start), p.c.Pos(end))
}

// expr parses an expression; || concatenates, other operators give Unknown.
func (p *parser) expr() facts.Value {
	p.depth++
	defer func() { p.depth-- }()
	start := p.peek().start
	if p.depth > maxDepth {
		lexutil.TooDeep(p.out, p.deep, p.c.Pos(start))
		return p.unknown(start, start, "nested")
	}
	left := p.primary()
	for {
		t := p.peek()
		if t.kind != tOp || t.text == "=>" {
			return left
		}
		p.i++
		right := p.primary()
		if t.text == "||" {
			left = facts.Concat(left.Pos, right.End, left, right)
			continue
		}
		left = p.unknown(start, p.prev(), t.text)
	}
}

func (p *parser) primary() facts.Value {
	t := p.peek()
	switch t.kind {
	case tString:
		p.i++
		return stringValue(p.c, t)
	case tNumber:
		p.i++
		v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(t.end), p.c.Exact(t.start, t.end))
		v.Type = facts.Number
		return v
	case tParam:
		p.i++
		return facts.Ref(facts.VarRef, t.text, p.c.Pos(t.start), p.c.Pos(t.end))
	case tIdent:
		return p.name()
	case tDelim:
		if t.text == "(" {
			p.i++
			v := p.expr()
			p.skipTo(")")
			if !p.isDelim(")") {
				return p.unknown(t.start, p.prev(), "(...)")
			}
			p.i++
			return v
		}
	case tOp:
		if t.text == "-" || t.text == "+" || t.text == "~" || t.text == "!" {
			p.i++
			p.primary()
			return p.unknown(t.start, p.prev(), t.text)
		}
	}
	return p.unknown(t.start, t.start, "expression")
}

// name reads a possibly qualified name; followed by '(' it is a call.
func (p *parser) name() facts.Value {
	t := p.peek()
	p.i++
	if !t.quoted {
		switch strings.ToUpper(t.text) {
		case "TRUE", "FALSE":
			v := facts.Lit(t.text, p.c.Pos(t.start), p.c.Pos(t.end), true)
			v.Type = facts.Bool
			return v
		case "NULL":
			return p.unknown(t.start, t.end, "NULL")
		}
	}
	name := t.text
	for p.isDelim(".") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tIdent && len(name) < maxPath {
		name += "." + p.toks[p.i+1].text
		p.i += 2
	}
	if p.isDelim("(") {
		return p.call(name, t.start)
	}
	if v, ok := p.env.Use(varKey(name), p.c.Pos(t.start), p.c.Pos(p.prev())); ok {
		return v
	}
	return p.unknown(t.start, p.prev(), name)
}

// varKey is the environment key of a session variable: names are
// case-insensitive and may be qualified as session.x or system.session.x.
func varKey(name string) string {
	k := strings.ToLower(name)
	k = strings.TrimPrefix(k, "system.")
	return strings.TrimPrefix(k, "session.")
}

// call parses the argument list of name(...) at the current '(' and records
// the call; name => value arguments are keyword pairs.
func (p *parser) call(name string, start int) facts.Value {
	callee := strings.ToLower(name)
	p.i++
	call := facts.Call{Callee: callee}
	var args []facts.Value
	for p.i < len(p.toks) && !p.isDelim(")") {
		var key tok
		if t := p.peek(); t.kind == tIdent && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tOp && p.toks[p.i+1].text == "=>" {
			key = t
			p.i += 2
		}
		at, first := p.i, p.peek().start
		v := p.expr()
		if !p.isDelim(",") && !p.isDelim(")") { // CAST(x AS STRING), DISTINCT x, ...
			p.skipTo(")")
			v = p.unknown(first, p.prev(), "expression")
		}
		switch {
		case key.kind == tIdent:
			kw := facts.Pair{Key: key.text, KeyPos: p.c.Pos(key.start), KeyEnd: p.c.Pos(key.end), Path: callee, Value: v, Origin: facts.KeywordArg}
			call.Kwargs = append(call.Kwargs, kw)
			p.out.Pairs = append(p.out.Pairs, kw)
		case p.i > at:
			args = append(args, v)
		}
		if p.isDelim(",") {
			p.i++
		}
	}
	if p.isDelim(")") {
		p.i++
	}
	call.Args = args
	call.Pos, call.End = p.c.Pos(start), p.c.Pos(p.prev())
	p.out.Calls = append(p.out.Calls, call)

	switch callee {
	case "secret", "try_secret":
		return ref(facts.SecretRef, callee, args, call)
	case "getargument":
		return ref(facts.VarRef, callee, args, call)
	case "concat":
		if len(args) > 0 {
			return facts.Concat(call.Pos, call.End, args...)
		}
	}
	return facts.Ref(facts.Unknown, lexutil.Describe(callee+"()"), call.Pos, call.End)
}

// ref is the value of a secret or parameter lookup, named after the call
// and its known arguments: secret(jdbc,password).
func ref(kind facts.Kind, callee string, args []facts.Value, call facts.Call) facts.Value {
	names := make([]string, len(args))
	for k, a := range args {
		names[k] = "?"
		if a.IsKnown() {
			names[k] = lexutil.Describe(a.Text())
		}
	}
	return facts.Ref(kind, lexutil.Describe(callee+"("+strings.Join(names, ",")+")"), call.Pos, call.End)
}

// stringValue is a string's value: literal parts point at their first
// content character; ${var} and {{param}} are parameters.
func stringValue(c *facts.Code, t tok) facts.Value {
	v := facts.Value{Type: facts.String, Pos: c.Pos(t.start), End: c.Pos(t.end)}
	for _, pc := range t.pieces {
		part := pc.Part(c)
		if pc.param {
			part = facts.Part{Text: facts.Placeholder(facts.VarRef, pc.Text), Kind: facts.VarRef, Pos: part.Pos, End: part.End}
		}
		v.Parts = append(v.Parts, part)
	}
	return v
}
