package facts

import (
	"go/token"
	"net/url"
	"strings"
)

// Slice returns the value made of the decoded text range [i, j), keeping the
// kind and position of every part it touches (exact parts are cut exactly).
func (v Value) Slice(i, j int) Value {
	out := Value{Type: v.Type, Via: v.Via}
	off := 0
	for _, p := range v.Parts {
		pend := off + len(p.Text)
		a, b := max(i, off), min(j, pend)
		if a < b || (a == b && len(p.Text) == 0 && a == i) {
			q := p
			q.Text = p.Text[a-off : b-off]
			if p.Exact {
				q.Pos, q.End = p.Pos+token.Pos(a-off), p.Pos+token.Pos(b-off)
			}
			out.Parts = append(out.Parts, q)
		}
		off = pend
	}
	if len(out.Parts) == 0 {
		out.Pos, out.End = v.Span(i, i)
		out.Parts = []Part{{Kind: Literal, Pos: out.Pos, End: out.Pos, Exact: true}}
		return out
	}
	out.Pos, out.End = out.Parts[0].Pos, out.Parts[len(out.Parts)-1].End
	out.Pos, out.End = v.consistentSpan(out.Parts, out.Pos, out.End)
	return out
}

// consistentSpan returns pos-end, the span from the first to the last of
// parts, unless the parts mix text written at v's place of use with text
// folded from a definition elsewhere (or in another file), which would give
// a span that ends before it starts or crosses files: then the span is that
// of the parts written at the place of use, or v's own.
func (v Value) consistentSpan(parts []Part, pos, end token.Pos) (token.Pos, token.Pos) {
	if !v.Pos.IsValid() || pos <= end && v.covers(pos) == v.covers(end) {
		if !v.covers(pos) && !v.covers(end) {
			return writtenRun(parts, pos, end)
		}
		return pos, end
	}
	pos, end = v.Pos, v.End
	first := true
	for _, p := range parts {
		if v.covers(p.Pos) && v.covers(p.End) {
			if first {
				pos, first = p.Pos, false
			}
			end = max(p.End, pos)
		}
	}
	return pos, end
}

// writtenRun is the span of the parts written together in one place that
// hold the most text, when parts read through a name elsewhere (a local's
// definition, a module argument's template) mix with them: the literal text
// of "${local.env}-Rds-…" is where the secret is written, not local.env.
func writtenRun(parts []Part, pos, end token.Pos) (token.Pos, token.Pos) {
	best, n := -1, 0
	var runPos token.Pos
	bestPos, bestEnd := pos, end
	for i, p := range parts {
		if i == 0 || p.Pos < parts[i-1].End || p.Pos-parts[i-1].End > 3 {
			runPos, n = p.Pos, 0
		}
		n += len(p.Text)
		if n > best {
			best, bestPos, bestEnd = n, runPos, p.End
		}
	}
	return bestPos, bestEnd
}

func (v Value) covers(p token.Pos) bool { return v.Pos <= p && p <= v.End }

// unescapeForm decodes %XX and '+' in a literal part; the result is no longer exact.
func unescapeForm(v Value) Value {
	for k, p := range v.Parts {
		if p.Kind != Literal || !strings.ContainsAny(p.Text, "%+") {
			continue
		}
		if s, err := url.QueryUnescape(p.Text); err == nil {
			v.Parts[k].Text = s
			v.Parts[k].Exact = false
		}
	}
	return v
}

// FormPairs splits an application/x-www-form-urlencoded value ("a=1&b=2") or
// a URL's query into pairs, with positions that point into the source. For a
// URL only the part after '?' is read.
func FormPairs(v Value, path string, origin Origin) []Pair {
	text := v.Text()
	start := 0
	if origin == QueryParam {
		q := strings.IndexByte(text, '?')
		if q < 0 {
			return nil
		}
		start = q + 1
		if h := strings.IndexByte(text[start:], '#'); h >= 0 {
			text = text[:start+h]
		}
	}
	var pairs []Pair
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '&')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if seg := text[start:end]; seg != "" {
			eq := strings.IndexByte(seg, '=')
			if eq > 0 {
				key := unescapeForm(v.Slice(start, start+eq))
				val := unescapeForm(v.Slice(start+eq+1, end))
				kp, ke := v.Span(start, start+eq)
				pairs = append(pairs, Pair{Key: key.Text(), KeyPos: kp, KeyEnd: ke, Path: path, Value: val, Origin: origin})
			}
		}
		start = end + 1
	}
	return pairs
}

// URLHost returns the lower-case host of a URL's text (no user info, no
// port), or "" when it has none or the host is not known text.
func URLHost(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if strings.ContainsRune(rest, 0) {
		return "" // a placeholder: the host is a variable
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}
