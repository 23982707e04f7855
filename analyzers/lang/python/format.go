package python

import (
	"go/token"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// formatField applies a field's conversion (!r) and format spec to v, as an
// f-string or str.format does. Substituted text keeps its parts (and so its
// positions); what cannot be computed becomes Unknown. A reference stays a
// reference whatever its formatting.
func formatField(v facts.Value, conv byte, spec string, specFields bool) facts.Value {
	if conv == 'r' || conv == 'a' {
		v = repr(v)
	}
	switch {
	case spec == "" && !specFields:
		return v
	case !v.IsKnown():
		return v
	case specFields:
		return facts.Ref(facts.Unknown, "formatted value", v.Pos, v.End)
	}
	return pad(v, spec)
}

// repr quotes a string value the way Python prints it, for plain text.
func repr(v facts.Value) facts.Value {
	if v.Type != facts.String {
		return v
	}
	q := "'"
	if t := v.Text(); strings.Contains(t, "'") && !strings.Contains(t, `"`) {
		q = `"`
	}
	quote := facts.Part{Text: q, Kind: facts.Folded, Pos: v.Pos, End: v.Pos}
	out := v
	out.Parts = append(append([]facts.Part{quote}, v.Parts...), quote)
	return out
}

// maxPad bounds the width a format spec may pad to.
const maxPad = 4096

// pad applies a spec of fill, alignment and width ("*^20", ">10", "<8s");
// other specs (precision, number formats) give Unknown.
func pad(v facts.Value, spec string) facts.Value {
	fill, align, rest := " ", byte('<'), spec
	if _, n := utf8.DecodeRuneInString(rest); n < len(rest) && strings.IndexByte("<>^", rest[n]) >= 0 {
		fill, align, rest = rest[:n], rest[n], rest[n+1:]
	} else if rest != "" && strings.IndexByte("<>^", rest[0]) >= 0 {
		align, rest = rest[0], rest[1:]
	}
	rest = strings.TrimSuffix(rest, "s")
	width, err := strconv.Atoi(rest)
	if rest == "" {
		width, err = 0, nil
	}
	if err != nil || v.Type != facts.String || width > maxPad {
		return facts.Ref(facts.Unknown, "formatted value", v.Pos, v.End)
	}
	n := width - utf8.RuneCountInString(v.Text())
	if n <= 0 {
		return v
	}
	left := 0
	switch align {
	case '>':
		left = n
	case '^':
		left = n / 2
	}
	fillPart := func(k int) []facts.Part {
		if k == 0 {
			return nil
		}
		return []facts.Part{{Text: strings.Repeat(fill, k), Kind: facts.Folded, Pos: v.Pos, End: v.Pos}}
	}
	out := v
	out.Parts = append(append(fillPart(left), v.Parts...), fillPart(n-left)...)
	return out
}

// literalMask marks the bytes of v.Text() that come from literal parts, so a
// template scan never reads a placeholder's text as template syntax.
func literalMask(v facts.Value) []bool {
	var mask []bool
	for _, p := range v.Parts {
		lit := p.Kind == facts.Literal || p.Kind == facts.Folded
		for range len(p.Text) {
			mask = append(mask, lit)
		}
	}
	return mask
}

// strFormat evaluates tmpl.format(*args, **kwargs).
func strFormat(tmpl facts.Value, args []facts.Value, kwargs map[string]facts.Value, pos, end token.Pos) facts.Value {
	text, mask := tmpl.Text(), literalMask(tmpl)
	var out []facts.Value
	lit, auto := 0, 0
	keep := func(i, j int) {
		if j > i {
			out = append(out, tmpl.Slice(i, j))
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case !mask[i]:
			i++
		case (c == '{' || c == '}') && i+1 < len(text) && text[i+1] == c:
			keep(lit, i+1)
			i += 2
			lit = i
		case c == '{':
			j := strings.IndexByte(text[i:], '}')
			if j < 0 {
				i = len(text)
				continue
			}
			keep(lit, i)
			name, conv, spec := splitField(text[i+1 : i+j])
			var v facts.Value
			ok := false
			switch n, err := strconv.Atoi(name); {
			case name == "":
				if auto < len(args) {
					v, ok = args[auto], true
				}
				auto++
			case err == nil:
				if n >= 0 && n < len(args) {
					v, ok = args[n], true
				}
			default:
				v, ok = kwargs[name]
			}
			if ok {
				v = formatField(v, conv, spec, strings.Contains(spec, "{"))
			} else {
				p, e := tmpl.Span(i, i+j+1)
				v = facts.Ref(facts.Unknown, "format field "+name, p, e)
			}
			out = append(out, v)
			i += j + 1
			lit = i
		default:
			i++
		}
	}
	keep(lit, len(text))
	if len(out) == 0 {
		out = append(out, tmpl.Slice(0, 0))
	}
	return facts.Concat(pos, end, out...)
}

// splitField splits a str.format field "name!r:spec".
func splitField(f string) (name string, conv byte, spec string) {
	if k := strings.IndexByte(f, ':'); k >= 0 {
		f, spec = f[:k], f[k+1:]
	}
	if k := strings.IndexByte(f, '!'); k >= 0 && k+1 < len(f) {
		f, conv = f[:k], f[k+1]
	}
	return f, conv, spec
}

// percentFormat evaluates tmpl % r: "%s" % x, "%s:%s" % (a, b), "%(k)s" % {"k": v}.
func percentFormat(tmpl facts.Value, r result, pos, end token.Pos) facts.Value {
	args := []facts.Value{r.val}
	if r.isList {
		args = r.list
	}
	text, mask := tmpl.Text(), literalMask(tmpl)
	var out []facts.Value
	lit, next := 0, 0
	keep := func(i, j int) {
		if j > i {
			out = append(out, tmpl.Slice(i, j))
		}
	}
	for i := 0; i < len(text); {
		if !mask[i] || text[i] != '%' {
			i++
			continue
		}
		if i+1 < len(text) && text[i+1] == '%' {
			keep(lit, i+1)
			i += 2
			lit = i
			continue
		}
		j, key := i+1, ""
		if j < len(text) && text[j] == '(' {
			k := strings.IndexByte(text[j:], ')')
			if k < 0 {
				break
			}
			key, j = text[j+1:j+k], j+k+1
		}
		modifiers := j
		for j < len(text) && strings.IndexByte("#0- +*.0123456789hlL", text[j]) >= 0 {
			j++
		}
		if j >= len(text) {
			break
		}
		plain, conv := j == modifiers, text[j]
		j++
		var v facts.Value
		ok := false
		switch {
		case key != "" && r.dict != nil:
			var e dictEntry
			e, ok = r.dict.get(key)
			v = e.val
		case key == "" && next < len(args):
			v, ok = args[next], true
			next++
		}
		keep(lit, i)
		p, e := tmpl.Span(i, j)
		switch {
		case !ok:
			v = facts.Ref(facts.Unknown, "format field", p, e)
		case !v.IsKnown():
		case !plain:
			v = facts.Ref(facts.Unknown, "formatted value", p, e)
		case conv == 'r' || conv == 'a':
			v = repr(v)
		case conv == 'd' || conv == 'i' || conv == 'u':
			if _, err := strconv.Atoi(v.Text()); err != nil || v.Type != facts.Number {
				v = facts.Ref(facts.Unknown, "formatted value", p, e)
			}
		case conv != 's':
			v = facts.Ref(facts.Unknown, "formatted value", p, e)
		}
		out = append(out, v)
		i, lit = j, j
	}
	keep(lit, len(text))
	if len(out) == 0 {
		out = append(out, tmpl.Slice(0, 0))
	}
	return facts.Concat(pos, end, out...)
}
