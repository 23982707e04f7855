package shell

import (
	"go/token"
	"strconv"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Shell functions are summarised by running their body again at each call,
// with $1…$9, "$@" and "$*" bound to the call's arguments: a wrapper such as
// dbx_api() { curl … "$HOST/api/2.0/$1" -d "$2"; } then yields, at the call
// `dbx_api secrets/scopes/create '{…}'`, the request its body makes, whose
// parts point at the call's literals (the finding) and whose values stand
// at the body's words (the sink). Such a request or call stands at the call
// of the function, where the literal enters and a reviewer sees the defect,
// with the command in the body as its related location (Request.Body),
// which also keeps a finding in a sourced library on the script that calls
// it. The body also runs
// once where it is defined, with the arguments unknown, as before; a call
// keeps only the facts its arguments reach, so nothing is reported twice.

const (
	// maxCallDepth bounds nested calls (a wrapper of a wrapper of curl
	// needs 2); recursion stops here.
	maxCallDepth = 8
	// maxCalls bounds the calls re-run per script, so that call graphs that
	// fan out (f() { g; g; }) or 10,000-deep chains end quickly.
	maxCalls = 256
)

// function is a shell function's body, in the code it is written in (the
// script, or a file the script sources).
type function struct {
	body []*command
	code *facts.Code
}

// frame holds the positional parameters of the call being re-run.
type frame struct {
	args []facts.Value
}

// define registers the function defined by cmd, whose body is the brace
// group at the start of rest, and returns the length of that group.
func (x *extractor) define(cmd *command, rest []*command) int {
	name := cmd.words[len(cmd.words)-1].keyword()
	n := braceGroup(rest)
	if n > 0 && isFunctionName(name) {
		x.funcs[name] = &function{body: rest[:n], code: x.code}
	}
	return n
}

// isFunctionName accepts the names scripts give functions (dbx_api,
// get-token, db::connect).
func isFunctionName(s string) bool {
	if s == "" || reserved[s] {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isNameChar(c) && c != '-' && c != ':' && c != '.' {
			return false
		}
	}
	return true
}

// braceGroup returns how many commands make the { … } group that cmds
// start with, or 0 when they do not start with one.
func braceGroup(cmds []*command) int {
	depth := 0
	for k, c := range cmds {
		for _, w := range c.words {
			kw := w.keyword()
			if !reserved[kw] {
				break
			}
			switch kw {
			case "{":
				depth++
			case "}":
				depth--
			}
		}
		if depth <= 0 {
			if k == 0 {
				return 0
			}
			return k + 1
		}
	}
	return len(cmds) // unterminated: the body runs to the end
}

// call re-runs fn's body with args as its positional parameters and adds
// to the script's facts those that a literal written outside the body
// reaches: an argument's, or a variable's assigned since the definition.
// The calls and requests an argument reaches move to site, the call. Calls without
// literal arguments in a body being defined are not re-run:
// the definition's own run has their facts, and a chain of wrappers that
// forward "$@" would spend the budget before any call with literals.
func (x *extractor) call(fn *function, args []facts.Value, site facts.Span) {
	hasLit := false
	for _, a := range args {
		hasLit = hasLit || a.HasLiteral()
	}
	if !hasLit && x.defining > 0 || x.depth >= maxCallDepth || *x.calls >= maxCalls || len(fn.body) == 0 {
		return
	}
	*x.calls++
	code, env, out, values, fr := x.code, x.env, x.out, x.values, x.frame
	x.code, x.env, x.values = fn.code, env.Clone(), map[*word]facts.Value{}
	x.out = &facts.File{Source: out.Source}
	x.frame = &frame{args: args}
	x.depth++
	x.run(fn.body)
	inner := x.out
	x.depth--
	x.code, x.env, x.out, x.values, x.frame = code, env, out, values, fr

	bodyPos, bodyEnd := fn.code.Pos(fn.body[0].start), fn.code.Pos(fn.body[len(fn.body)-1].end)
	reached := func(p facts.Part) bool {
		return (p.Kind == facts.Literal || p.Kind == facts.Folded) && p.Pos.IsValid() && (p.Pos < bodyPos || p.Pos >= bodyEnd)
	}
	// A word that joins an argument to the body's text (a JDBC URL built
	// from $1:$2) is a value of its own, like the same word written inline.
	for _, v := range inner.Values {
		if v.Reaches(reached) && v.HasLiteral() && len(v.Parts) > 1 {
			out.Values = append(out.Values, v)
		}
	}
	// Only what an argument reaches moves to the call: a body that reads a
	// variable set outside it (deploy() { get_token "$HOST"; }, called as
	// `deploy`) keeps its facts where the variable is passed, one place
	// for the definition's run and every call's.
	fromArgs := map[token.Pos]bool{}
	for _, a := range args {
		a.AddPositions(fromArgs)
	}
	byArg := func(p facts.Part) bool { return reached(p) && fromArgs[p.Pos] }
	for i := range inner.Calls {
		if c := &inner.Calls[i]; c.Reaches(byArg) {
			atCall(&c.Pos, &c.End, &c.Body, site)
		}
	}
	for i := range inner.Requests {
		if r := &inner.Requests[i]; r.Reaches(byArg) {
			atCall(&r.Pos, &r.End, &r.Body, site)
		}
	}
	out.MergeReached(inner, reached)
	out.Problems = append(out.Problems, inner.Problems...)
}

// atCall moves a fact made in a function's body to the call site; the
// innermost command stays its Body through nested wrappers.
func atCall(pos, end *token.Pos, body *facts.Span, site facts.Span) {
	if !body.Pos.IsValid() {
		*body = facts.Span{Pos: *pos, End: *end}
	}
	*pos, *end = site.Pos, site.End
}

// positional returns $n of the call being re-run.
func (x *extractor) positional(n string, pos, end token.Pos) (facts.Value, bool) {
	i, err := strconv.Atoi(n)
	if x.frame == nil || err != nil || i < 1 || i > len(x.frame.args) {
		return facts.Value{}, false
	}
	v := x.frame.args[i-1]
	v.Pos, v.End = pos, end
	if v.Via == "" {
		v.Via = "$" + n
	}
	return v, true
}

// joined is "$*" (or $@ inside a longer word): the arguments joined by
// blanks.
func (x *extractor) joined(pos, end token.Pos) facts.Value {
	var vs []facts.Value
	for i, a := range x.frame.args {
		if i > 0 {
			vs = append(vs, facts.Value{Parts: []facts.Part{{Text: " ", Kind: facts.Folded, Pos: a.Pos, End: a.Pos}}})
		}
		vs = append(vs, a)
	}
	v := facts.Concat(pos, end, vs...)
	if len(v.Parts) == 0 {
		v.Parts = []facts.Part{{Kind: facts.Literal, Pos: pos, End: pos, Exact: true}}
	}
	v.Via = "$*"
	return v
}

// expand replaces, in a re-run body, each word that is "$@" or $* (a
// forwarding wrapper) by one word per argument.
func (x *extractor) expand(words []*word) []*word {
	if x.frame == nil {
		return words
	}
	var out []*word
	for _, w := range words {
		if !isArgList(w) {
			out = append(out, w)
			continue
		}
		for _, a := range x.frame.args {
			aw := &word{start: w.start, end: w.end, chunks: []chunk{{kind: opaqueChunk, name: "$@", start: w.start, end: w.end}}}
			a.Pos, a.End = x.code.Pos(w.start), x.code.Pos(w.end)
			if a.Via == "" {
				a.Via = "$@"
			}
			x.values[aw] = a
			out = append(out, aw)
		}
	}
	return out
}

// isArgList reports whether w is "$@", $@ or $* alone, which expand to
// one word per argument ("$*" is one word).
func isArgList(w *word) bool {
	if len(w.chunks) != 1 || w.chunks[0].kind != paramChunk || w.chunks[0].op != "" {
		return false
	}
	c := w.chunks[0]
	return c.name == "@" || c.name == "*" && !quotedParam(w)
}

// quotedParam reports whether the word's one expansion is inside double
// quotes: the word's text is longer than the expansion's.
func quotedParam(w *word) bool {
	return w.end-w.start > w.chunks[0].end-w.chunks[0].start
}

// shift drops the first n positional parameters.
func (x *extractor) shift(args []facts.Value) {
	if x.frame == nil {
		return
	}
	n := 1
	if len(args) > 0 && args[0].IsKnown() {
		if k, err := strconv.Atoi(args[0].Text()); err == nil && k >= 0 {
			n = k
		}
	}
	x.frame.args = x.frame.args[min(n, len(x.frame.args)):]
}
