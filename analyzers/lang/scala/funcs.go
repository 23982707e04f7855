package scala

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Function summaries, as in the Python front-end (docs/design.md §3): a def
// is remembered with its body's tokens, and a call of it evaluates the body
// again with the parameters bound to the call's arguments, keeping the facts
// that carry an argument. `object Cfg { val password = ... }` binds
// Cfg.password; a class's constructor parameters with defaults (a case
// class) are the attributes of the instances its calls build.
const (
	maxInlineDepth  = 8
	maxInlineBudget = 200000 // tokens evaluated for calls, per notebook or file
)

type sdef struct {
	code   *facts.Code
	params []sparam
	body   []tok
}

type sparam struct {
	name   string
	def    node
	hasDef bool
}

type sclass struct {
	params []sparam
}

// state lives in the environment, so defs of one cell are known in later ones.
type state struct {
	defs    map[string]*sdef
	classes map[string]*sclass
	depth   int
	budget  int
}

func stateOf(env *facts.Env) *state {
	if st, ok := env.Aux("scala").(*state); ok {
		return st
	}
	st := &state{defs: map[string]*sdef{}, classes: map[string]*sclass{}, budget: maxInlineBudget}
	env.SetAux("scala", st)
	return st
}

// paramList parses "(a: T, b: T = default)" at the current token; the
// defaults are evaluated here, once.
func (p *parser) paramList() []sparam {
	p.i++ // (
	var out []sparam
	for p.i < len(p.toks) && !p.isDelim(")") {
		start := p.i
		for t := p.peek(); t.kind == tIdent && (t.text == "implicit" || t.text == "val" || t.text == "var" ||
			t.text == "private" || t.text == "override" || t.text == "final"); t = p.peek() {
			p.i++
		}
		if t := p.peek(); t.kind == tIdent && !keywords[t.text] {
			prm := sparam{name: t.text}
			p.i++
			p.skipParamType()
			if p.isOp("=") {
				p.i++
				prm.def, prm.hasDef = p.expr(), true
				prm.def.entries, prm.def.req = nil, 0
			}
			out = append(out, prm)
		}
		for p.i < len(p.toks) && !p.isDelim(",") && !p.isDelim(")") {
			if p.isDelim("(") || p.isDelim("[") || p.isDelim("{") {
				t := p.peek().text
				p.skipGroup(t, map[string]string{"(": ")", "[": "]", "{": "}"}[t])
				continue
			}
			p.i++
		}
		if p.isDelim(",") {
			p.i++
		}
		if p.i == start {
			p.i++
		}
	}
	if p.isDelim(")") {
		p.i++
	}
	return out
}

// skipParamType skips a parameter's ": Type" up to its default, the next
// parameter or the list's end.
func (p *parser) skipParamType() {
	for p.i < len(p.toks) && !p.isDelim(",") && !p.isDelim(")") && !p.isOp("=") {
		if t := p.peek().text; p.isDelim("(") || p.isDelim("[") {
			p.skipGroup(t, map[string]string{"(": ")", "[": "]"}[t])
			continue
		}
		p.i++
	}
}

type savedName struct {
	key   string
	v     facts.Value
	bound bool
}

func (p *parser) save(saved []savedName, key string) []savedName {
	v, ok := p.env.Get(key)
	return append(saved, savedName{key, v, ok})
}

func (p *parser) restore(saved []savedName) {
	for i := len(saved) - 1; i >= 0; i-- {
		if s := saved[i]; s.bound {
			p.env.Set(s.key, s.v)
		} else {
			p.env.Delete(s.key)
		}
	}
}

// defBody reads a def's body once, its parameters unknown except for
// literal defaults (what runs when a caller leaves them out), and remembers it.
func (p *parser) defBody(name string, params []sparam) {
	var saved []savedName
	for _, prm := range params {
		saved = p.save(saved, prm.name)
		if prm.hasDef && prm.def.val.HasLiteral() {
			p.env.Set(prm.name, prm.def.val)
		} else {
			p.env.Delete(prm.name)
		}
	}
	start := p.i
	p.expr()
	p.restore(saved)
	if name != "" && p.i > start {
		d := &sdef{code: p.c, params: params, body: p.toks[start:p.i]}
		stateOf(p.env).defs[name] = d
		if q := p.qualified(name); q != "" {
			stateOf(p.env).defs[q] = d
		}
	}
}

// objectBody reads "object Name [extends ...] { ... }", binding its vals as Name.val too.
func (p *parser) objectBody(name string) {
	for p.i < len(p.toks) && !p.isDelim("{") && !p.peek().nl {
		p.i++
	}
	if !p.isDelim("{") {
		return
	}
	p.i++
	p.prefixes = append(p.prefixes, name)
	p.statements("}")
	p.prefixes = p.prefixes[:len(p.prefixes)-1]
	if p.isDelim("}") {
		p.i++
	}
}

// qualified is the name a binding is also known by inside objects: Cfg.password.
func (p *parser) qualified(name string) string {
	if len(p.prefixes) == 0 {
		return ""
	}
	return strings.Join(p.prefixes, ".") + "." + name
}

// inlineCall evaluates a call of a known def or the construction of a known
// class; ok is false for any other call.
func (p *parser) inlineCall(callee string, args []arg, start, end int) (node, bool) {
	st := stateOf(p.env)
	callee = strings.TrimPrefix(callee, "new ")
	if cl := st.classes[callee]; cl != nil {
		n := p.unknown(start, end, callee+"()")
		for i, prm := range cl.params {
			if a, ok := argFor(args, i, prm.name); ok {
				n.attrs = append(n.attrs, attr{prm.name, a.val})
			} else if prm.hasDef {
				n.attrs = append(n.attrs, attr{prm.name, prm.def.val})
			}
		}
		return n, true
	}
	d := st.defs[callee]
	if d == nil || st.depth >= maxInlineDepth || st.budget <= 0 {
		return node{}, false
	}
	st.depth++
	st.budget -= len(d.body) + 1
	defer func() { st.depth-- }()
	from := map[token.Pos]bool{}
	var saved []savedName
	for i, prm := range d.params {
		saved = p.save(saved, prm.name)
		a, ok := argFor(args, i, prm.name)
		switch {
		case ok:
			a.val.AddPositions(from)
			for _, at := range a.attrs {
				at.val.AddPositions(from)
			}
			p.env.Set(prm.name, a.val)
		case prm.hasDef:
			p.env.Set(prm.name, prm.def.val)
		default:
			p.env.Delete(prm.name)
		}
	}
	scratch := &facts.File{Source: d.code.File}
	sub := &parser{c: d.code, env: p.env, out: scratch, toks: d.body, deepOnce: p.deepOnce}
	n := sub.expr()
	p.restore(saved)
	p.out.MergeCarrying(scratch, from)
	res := p.unknown(start, end, callee+"()")
	for _, part := range n.val.Parts {
		if part.Kind != facts.Unknown {
			res.val = n.val
			res.val.Pos, res.val.End = p.c.Pos(start), p.c.Pos(end)
			if res.val.Via == "" {
				res.val.Via = callee + "()"
			}
			break
		}
	}
	return res, true
}

type attr struct {
	name string
	val  facts.Value
}

// argFor returns positional argument i, or else the named argument name.
func argFor(args []arg, i int, name string) (node, bool) {
	pos := 0
	for _, a := range args {
		if a.name == name {
			return a.n, true
		}
	}
	for _, a := range args {
		if a.name != "" {
			continue
		}
		if pos == i {
			return a.n, true
		}
		pos++
	}
	return node{}, false
}
