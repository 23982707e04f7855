package yamlfile

import (
	"bytes"
	"go/token"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// literal converts a scalar to a literal value with the most exact parts its
// style allows: plain and quoted scalars written on one line without escapes
// are one exact part; block scalars (| and >) and plain scalars that span
// lines get one exact part per line, joined by their line-break parts;
// quoted scalars with escapes or line folding are one part that is not exact.
func (x *extractor) literal(n *yaml.Node) facts.Value {
	src := x.file.Src
	start := x.nodeStart(n)
	if typeOf(n) == facts.Null {
		v := facts.Lit("", x.file.Pos(start), x.file.Pos(start), true)
		v.Type = facts.Null
		return v
	}
	text := n.Value
	var parts []facts.Part
	end := start
	switch {
	case start >= len(src):
		// yaml.v3 placed the node at the end of input: nothing to map.
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		// The content starts on the line after the indicator.
		if nl := bytes.IndexByte(src[start:], '\n'); nl >= 0 {
			parts, end = x.mapLines(text, start+nl+1, true)
		}
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		quote := src[start]
		if c := start + 1 + len(text); c < len(src) && src[c] == quote && string(src[start+1:c]) == text {
			parts, end = []facts.Part{x.exact(text, start+1)}, c+1
		} else {
			end = quotedEnd(src, start)
		}
	default:
		if start+len(text) <= len(src) && string(src[start:start+len(text)]) == text {
			parts, end = []facts.Part{x.exact(text, start)}, start+len(text)
		} else {
			parts, end = x.mapLines(text, start, false)
		}
	}
	pos, endPos := x.file.Pos(start), x.file.Pos(max(start, end))
	if parts == nil {
		parts = []facts.Part{{Text: text, Kind: facts.Literal, Pos: pos, End: endPos}}
	}
	return facts.Value{Parts: parts, Type: typeOf(n), Pos: pos, End: endPos}
}

func (x *extractor) exact(text string, off int) facts.Part {
	return facts.Part{Text: text, Kind: facts.Literal, Pos: x.file.Pos(off), End: x.file.Pos(off + len(text)), Exact: true}
}

// mapLines maps a scalar's text that spans lines onto the source from
// offset start: each line's content is an exact part and each line break
// the text keeps (a newline, or the space a folded break becomes) is a part
// of its own. block says the lines carry the block scalar's indentation,
// taken from the first non-blank line; plain scalars' continuation lines
// drop all leading blanks. It returns nil parts when the text does not line
// up with the source, and the offset after the last mapped byte.
func (x *extractor) mapLines(text string, start int, block bool) ([]facts.Part, int) {
	src := x.file.Src
	indent := -1
	if block {
		indent = blockIndent(src[start:])
	}
	var parts []facts.Part
	i, j, end := 0, start, start
	for first := true; ; first = false {
		if block || !first {
			for n := 0; j < len(src) && (src[j] == ' ' || !block && src[j] == '\t') && (indent < 0 || n < indent); n++ {
				j++
			}
		}
		lineEnd := len(src)
		if nl := bytes.IndexByte(src[j:], '\n'); nl >= 0 {
			lineEnd = j + nl
		}
		content := bytes.TrimSuffix(src[j:lineEnd], []byte("\r"))
		k := commonPrefix(text[i:], content)
		if k > 0 {
			parts = append(parts, x.exact(text[i:i+k], j))
			end = j + k
		}
		i += k
		if i == len(text) {
			return parts, end
		}
		if len(bytes.TrimRight(content[k:], " \t")) > 0 || lineEnd >= len(src) {
			return nil, end
		}
		if c := text[i]; c == '\n' || c == ' ' {
			exact := c == '\n' && lineEnd == j+len(content)
			parts = append(parts, facts.Part{Text: text[i : i+1], Kind: facts.Literal,
				Pos: x.file.Pos(lineEnd), End: x.file.Pos(lineEnd + 1), Exact: exact})
			end = lineEnd + 1
			if i++; i == len(text) {
				return parts, end
			}
		}
		j = lineEnd + 1
	}
}

// blockIndent is the indentation of the first non-blank line of b.
func blockIndent(b []byte) int {
	for len(b) > 0 {
		n := 0
		for n < len(b) && b[n] == ' ' {
			n++
		}
		if n < len(b) && b[n] != '\n' && b[n] != '\r' {
			return n
		}
		nl := bytes.IndexByte(b, '\n')
		if nl < 0 {
			break
		}
		b = b[nl+1:]
	}
	return 0
}

func commonPrefix(a string, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// quotedEnd returns the offset after the closing quote of the quoted scalar
// at start (a backslash escapes in "...", a doubled quote in '...').
func quotedEnd(src []byte, start int) int {
	quote := src[start]
	for i := start + 1; i < len(src); i++ {
		switch {
		case quote == '"' && src[i] == '\\':
			i++
		case src[i] == quote && quote == '\'' && i+1 < len(src) && src[i+1] == '\'':
			i++
		case src[i] == quote:
			return i + 1
		}
	}
	return len(src)
}

// references replaces reference syntaxes in a string value by reference
// parts: {{secrets/s/k}}; GitHub Actions ${{ secrets.X }} (SecretRef),
// ${{ env.X }} (EnvRef) and other ${{ }} expressions (VarRef); in bundles
// ${var.x} folded to its literal default or VarRef, and every other ${...}
// VarRef; elsewhere ${NAME} is an environment variable (envsubst, Docker
// Compose) and other ${...} VarRef.
func (x *extractor) references(v facts.Value) facts.Value {
	v = facts.SecretRefs(v)
	if !strings.Contains(v.Text(), "${") {
		return v
	}
	via := ""
	v = facts.ReplaceRefs(v, nextInterpolation, func(ref string, pos, end token.Pos) []facts.Part {
		parts, name := x.interpolation(ref, pos, end)
		if via == "" {
			via = name
		}
		return parts
	})
	if v.Via == "" {
		v.Via = via
	}
	return v
}

// nextInterpolation finds the next ${...} or ${{ ... }} at or after from.
func nextInterpolation(text string, from int) (int, int) {
	k := strings.Index(text[from:], "${")
	if k < 0 {
		return -1, -1
	}
	i := from + k
	closing := "}"
	if strings.HasPrefix(text[i:], "${{") {
		closing = "}}"
	}
	e := strings.Index(text[i+2:], closing)
	if e < 0 {
		return -1, -1
	}
	return i, i + 2 + e + len(closing)
}

// interpolation gives the parts for one ${...} and, when it folded a bundle
// variable, the variable's name.
func (x *extractor) interpolation(ref string, pos, end token.Pos) ([]facts.Part, string) {
	part := func(kind facts.Kind, what string) []facts.Part {
		return []facts.Part{{Text: facts.Placeholder(kind, what), Kind: kind, Pos: pos, End: end}}
	}
	if strings.HasPrefix(ref, "${{") {
		expr := strings.TrimSpace(ref[3 : len(ref)-2])
		switch {
		case strings.HasPrefix(expr, "secrets."):
			return part(facts.SecretRef, expr), ""
		case strings.HasPrefix(expr, "env."):
			return part(facts.EnvRef, expr), ""
		}
		return part(facts.VarRef, expr), ""
	}
	name := strings.TrimSpace(ref[2 : len(ref)-1])
	if x.bundle == nil {
		if isEnvName(name) {
			return part(facts.EnvRef, name), ""
		}
		return part(facts.VarRef, name), ""
	}
	def, ok := x.bundle.lookup(strings.TrimPrefix(name, "var."), x.world)
	if !strings.HasPrefix(name, "var.") || !ok || x.resolving[name] || x.folds <= 0 {
		return part(facts.VarRef, name), ""
	}
	x.folds--
	x.resolving[name] = true
	file := x.file
	x.file = def.file // the default may be written in another file of the bundle
	dv := x.scalarValue(def.node, false)
	x.file = file
	delete(x.resolving, name)
	return dv.Parts, name
}

func isEnvName(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}
