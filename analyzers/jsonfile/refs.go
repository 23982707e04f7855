package jsonfile

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// ReplaceRefs returns v with references in its known text replaced by the
// parts replace gives for them. find returns the range [i, j) of the next
// reference at or after from in text, or i < 0 when there is none; replace
// receives the reference's text and source range. Text outside references
// keeps its parts and exact positions. Matches that touch a part which is
// already a reference are left alone.
//
// It works on any front-end's values; the lead may move it to package facts.
func ReplaceRefs(v facts.Value, find func(text string, from int) (i, j int),
	replace func(ref string, pos, end token.Pos) []facts.Part) facts.Value {
	text := v.Text()
	var parts []facts.Part
	last := 0
	for from := 0; from < len(text); {
		i, j := find(text, from)
		if i < from || j <= i || j > len(text) {
			break
		}
		from = j
		if !v.KnownAt(i, j) {
			continue
		}
		if i > last {
			parts = append(parts, v.Slice(last, i).Parts...)
		}
		pos, end := v.Span(i, j)
		parts = append(parts, replace(text[i:j], pos, end)...)
		last = j
	}
	if parts == nil {
		return v
	}
	if last < len(text) {
		parts = append(parts, v.Slice(last, len(text)).Parts...)
	}
	v.Parts = parts
	return v
}

// SecretRefs replaces every Databricks secret reference {{secrets/scope/key}}
// in v by a SecretRef part: Spark conf, environment variables and job
// parameters may hold them, and Databricks substitutes the secret at run time.
func SecretRefs(v facts.Value) facts.Value {
	if !strings.Contains(v.Text(), "{{secrets/") {
		return v
	}
	return ReplaceRefs(v, NextSecretRef, func(ref string, pos, end token.Pos) []facts.Part {
		return []facts.Part{{Text: facts.Placeholder(facts.SecretRef, ref[2:len(ref)-2]), Kind: facts.SecretRef, Pos: pos, End: end}}
	})
}

// NextSecretRef finds the next {{secrets/<scope>/<key>}} in text at or after
// from, returning its range, or -1, -1.
func NextSecretRef(text string, from int) (int, int) {
	for {
		k := strings.Index(text[from:], "{{secrets/")
		if k < 0 {
			return -1, -1
		}
		i := from + k
		body := text[i+len("{{secrets/"):]
		scope, rest, ok := strings.Cut(body, "/")
		if ok && validRefName(scope) {
			if key, _, ok := strings.Cut(rest, "}}"); ok && validRefName(key) {
				return i, i + len("{{secrets/") + len(scope) + 1 + len(key) + 2
			}
		}
		from = i + 1
	}
}

// validRefName reports whether s can be a secret scope or key name in a
// reference: non-empty, without separators, braces or white space.
func validRefName(s string) bool {
	return s != "" && !strings.ContainsAny(s, "/{} \t\r\n\x00")
}

// armValue interprets a string of an ARM template: "[expr]" is a template
// expression, "[[..." is the literal text without its first bracket.
// Parameters, variables and reference() become VarRef parts, concat() of
// known parts folds, and other functions are Unknown.
func armValue(v facts.Value) facts.Value {
	text := v.Text()
	if len(text) < 2 || text[0] != '[' || text[len(text)-1] != ']' || !v.KnownAt(0, len(text)) {
		return v
	}
	if text[1] == '[' {
		out := v.Slice(1, len(text))
		out.Pos, out.End = v.Pos, v.End
		return out
	}
	p := &armParser{v: v, s: text[:len(text)-1], i: 1}
	parts, ok := p.expr()
	if p.skipSpace(); !ok || p.i != len(p.s) {
		return v // not a valid expression: ARM would reject it; keep the text
	}
	v.Parts = parts
	return v
}

// armParser reads the small part of the ARM template expression language
// that decides how a value is known: string literals, calls and property
// accesses.
type armParser struct {
	v facts.Value // the whole string, for the positions of literals
	s string
	i int
}

func (p *armParser) skipSpace() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *armParser) expr() ([]facts.Part, bool) {
	p.skipSpace()
	if p.i >= len(p.s) {
		return nil, false
	}
	start := p.i
	c := p.s[p.i]
	switch {
	case c == '\'':
		return p.stringLit()
	case c == '-' || '0' <= c && c <= '9':
		p.i++
		for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
			p.i++
		}
		return p.v.Slice(start, p.i).Parts, true
	case isIdentByte(c):
	default:
		return nil, false
	}
	for p.i < len(p.s) && (isIdentByte(p.s[p.i]) || p.s[p.i] == '.' || '0' <= p.s[p.i] && p.s[p.i] <= '9') {
		p.i++
	}
	name := strings.ToLower(p.s[start:p.i])
	if name == "true" || name == "false" || name == "null" {
		return p.v.Slice(start, p.i).Parts, true
	}
	if p.skipSpace(); p.i >= len(p.s) || p.s[p.i] != '(' {
		return nil, false
	}
	p.i++
	var args [][]facts.Part
	for {
		if p.skipSpace(); p.i < len(p.s) && p.s[p.i] == ')' {
			p.i++
			break
		}
		arg, ok := p.expr()
		if !ok {
			return nil, false
		}
		args = append(args, arg)
		if p.skipSpace(); p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
		} else if p.i >= len(p.s) || p.s[p.i] != ')' {
			return nil, false
		}
	}
	accessed := p.accessors()
	if !accessed && name == "concat" {
		var parts []facts.Part
		for _, a := range args {
			parts = append(parts, a...)
		}
		return parts, true
	}
	kind := facts.Unknown
	switch name {
	case "parameters", "variables", "reference":
		kind = facts.VarRef
	}
	pos, end := p.v.Span(start, p.i)
	what := strings.Join(strings.Fields(p.s[start:p.i]), " ")
	return []facts.Part{{Text: facts.Placeholder(kind, what), Kind: kind, Pos: pos, End: end}}, true
}

// accessors skips property and index accesses after a call (".id",
// "['key']") and reports whether there were any.
func (p *armParser) accessors() bool {
	found := false
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '.':
			p.i++
			for p.i < len(p.s) && (isIdentByte(p.s[p.i]) || '0' <= p.s[p.i] && p.s[p.i] <= '9') {
				p.i++
			}
		case '[':
			p.i++
			if _, ok := p.expr(); !ok {
				return found
			}
			if p.skipSpace(); p.i < len(p.s) && p.s[p.i] == ']' {
				p.i++
			}
		default:
			return found
		}
		found = true
	}
	return found
}

// stringLit reads 'text', where a doubled quote stands for one. Without them
// the text is an exact slice of the source.
func (p *armParser) stringLit() ([]facts.Part, bool) {
	start := p.i
	var b strings.Builder
	doubled := false
	for p.i++; p.i < len(p.s); p.i++ {
		if p.s[p.i] != '\'' {
			b.WriteByte(p.s[p.i])
			continue
		}
		if p.i+1 < len(p.s) && p.s[p.i+1] == '\'' {
			b.WriteByte('\'')
			doubled = true
			p.i++
			continue
		}
		p.i++
		if !doubled {
			return p.v.Slice(start+1, p.i-1).Parts, true
		}
		pos, end := p.v.Span(start, p.i)
		return []facts.Part{{Text: b.String(), Kind: facts.Literal, Pos: pos, End: end}}, true
	}
	return nil, false
}

func isIdentByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}
