package jsonfile

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// armValue interprets a string of an ARM template: "[expr]" is a template
// expression, "[[..." is the literal text without its first bracket.
// Parameters, variables and reference() become facts.VarRef parts, concat() of
// known parts folds, and other functions are facts.Unknown.
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
