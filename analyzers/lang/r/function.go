package r

import (
	"go/token"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// R functions are summarised like shell functions: the body is parsed where
// it is defined with each parameter bound to its literal default (what runs
// when a call leaves it out), and again at each call whose arguments hold
// literals, with the parameters bound to them (named first, then by
// position, then defaults). A call keeps the facts its literals reach, so
// `connect <- function(user, pw) DBI::dbConnect(odbc::odbc(), UID = user,
// PWD = pw)` and `connect("etl", "s3cret")` give the PWD pair, written at
// the call's literal, used in the body.

const (
	maxCallDepth = 8   // nested calls followed; recursion stops here
	maxCalls     = 256 // calls re-parsed per file
)

// rfunc is a function literal: its parameters and where its body starts.
type rfunc struct {
	params    []param
	bodyStart int // token index
	// start and end are the offsets of the whole function literal: a
	// literal outside it is the caller's.
	start, end int
}

type param struct {
	name string
	def  int // token index of the default expression, or -1
}

// function reads a parameter list and parses the body once, with the
// defaults bound.
func (p *parser) function(t tok) node {
	f := &rfunc{start: t.start}
	if p.isDelim("(") {
		p.i++
		for p.i < len(p.toks) && !p.isDelim(")") {
			if tk := p.peek(); tk.kind == tIdent {
				pr := param{name: tk.text, def: -1}
				p.i++
				if tk := p.peek(); tk.kind == tOp && tk.text == "=" {
					p.i++
					pr.def = p.i
				}
				f.params = append(f.params, pr)
			}
			p.skipArg()
			if !p.isDelim(",") {
				break // ")" ends the list; a stray "]" or "}" ends a broken one
			}
			p.i++
		}
		if p.isDelim(")") {
			p.i++
		}
	}
	f.bodyStart = p.i
	saved := p.env
	p.env = saved.Clone()
	for _, pr := range f.params {
		p.bindParam(pr, nil)
	}
	p.i = f.bodyStart
	p.defining++
	p.expr()
	p.defining--
	p.env = saved
	f.end = p.prev()
	n := p.unknown(t.start, p.prev(), "function")
	n.fn = f
	return n
}

// skipArg moves past one parameter's tokens, to the ',' or ')' that ends it.
func (p *parser) skipArg() {
	depth := 0
	for ; p.i < len(p.toks); p.i++ {
		d := p.toks[p.i]
		if d.kind != tDelim {
			continue
		}
		switch d.text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth == 0 {
				return
			}
			depth--
		case ",":
			if depth == 0 {
				return
			}
		}
	}
}

// bindParam binds a parameter to the argument, or to its default when
// the argument is nil, or leaves it unknown. The default is evaluated where
// it is written, in the function's scope.
func (p *parser) bindParam(pr param, a *facts.Value) {
	switch {
	case a != nil:
		p.env.Set(pr.name, *a)
	case pr.def >= 0:
		at := p.i
		p.i = pr.def
		v := p.expr().val
		p.i = at
		if v.Kind() == facts.Unknown {
			p.env.Delete(pr.name)
		} else {
			p.env.Set(pr.name, v)
		}
	default:
		p.env.Delete(pr.name)
	}
}

// instance re-parses f's body for a call with args and adds the facts
// that literals written outside the function reach: the call's arguments,
// or names bound since the definition. Calls without literal arguments in
// a body being defined are not re-parsed (its own parse has their facts).
// It returns the call's value: the first return(value), else the body's
// value (`get_pwd <- function() "…"`).
func (p *parser) instance(f *rfunc, args []arg) (facts.Value, bool) {
	hasLit := false
	for _, a := range args {
		hasLit = hasLit || a.n.val.HasLiteral()
	}
	if !hasLit && p.defining > 0 || p.calling >= maxCallDepth || *p.calls >= maxCalls {
		return facts.Value{}, false
	}
	*p.calls++
	// Named arguments match their parameters; the others fill the rest in order.
	bound := make([]*facts.Value, len(f.params))
	var positional []*facts.Value
	for k := range args {
		a := &args[k]
		matched := false
		if a.name != "" {
			for j, pr := range f.params {
				if pr.name == a.name && bound[j] == nil {
					bound[j], matched = &a.n.val, true
					break
				}
			}
		}
		if !matched {
			positional = append(positional, &a.n.val)
		}
	}
	for j := range f.params {
		if bound[j] == nil && len(positional) > 0 && f.params[j].name != "..." {
			bound[j], positional = positional[0], positional[1:]
		}
	}

	at, env, out, pipe, ret := p.i, p.env, p.out, p.pipeIn, p.ret
	p.env, p.out, p.pipeIn = env.Clone(), &facts.File{Source: out.Source}, nil
	p.ret = &retSlot{defining: p.defining}
	p.calling++
	for j, pr := range f.params {
		p.bindParam(pr, bound[j])
	}
	p.i = f.bodyStart
	value := p.expr().val
	if p.ret.set {
		value = p.ret.val
	}
	inner := p.out
	p.calling--
	p.i, p.env, p.out, p.pipeIn, p.ret = at, env, out, pipe, ret

	fnPos, fnEnd := p.c.Pos(f.start), p.c.Pos(f.end)
	reached := func(pt facts.Part) bool {
		return (pt.Kind == facts.Literal || pt.Kind == facts.Folded) && pt.Pos.IsValid() && (pt.Pos < fnPos || pt.Pos >= fnEnd)
	}
	// A call the literals reach keeps all its keyword arguments: the
	// literal URL given to a helper makes its default password a JDBC one.
	kept := map[kwID]bool{}
	for _, c := range inner.Calls {
		if c.Reaches(reached) {
			out.Calls = append(out.Calls, c)
			for _, kw := range c.Kwargs {
				kept[kwKey(kw)] = true
			}
		}
	}
	for _, pr := range inner.Pairs {
		if pr.Value.Reaches(reached) || kept[kwKey(pr)] {
			out.Pairs = append(out.Pairs, pr)
		}
	}
	for _, r := range inner.Requests {
		if r.Reaches(reached) {
			out.Requests = append(out.Requests, r)
		}
	}
	return value, true
}

// kwID identifies a keyword argument by its key, place and callee.
type kwID struct {
	key, path string
	pos       token.Pos
}

func kwKey(p facts.Pair) kwID { return kwID{p.Key, p.Path, p.KeyPos} }
