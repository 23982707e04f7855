package jsonast

import (
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Value converts a scalar node of file f to a literal fact value whose range
// is the whole token. A string's parts start after the opening quote; runs
// without escapes are exact parts, and each run of escape sequences is one
// part that is not exact, so a match inside the text maps to the byte it was
// written at. Numbers, bools and nulls carry their source text (a null's
// text is empty). Objects and arrays are not scalars: they give an Unknown
// reference.
func (n *Node) Value(f *source.File) facts.Value {
	pos, end := f.Pos(n.Start), f.Pos(n.End)
	var v facts.Value
	switch n.Kind {
	case String:
		v = facts.Value{Parts: n.stringParts(f), Type: facts.String}
	case Number:
		v = facts.Lit(n.Str, pos, end, true)
		v.Type = facts.Number
	case Bool:
		v = facts.Lit(n.Str, pos, end, true)
		v.Type = facts.Bool
	case Null:
		v = facts.Lit("", pos, pos, true)
		v.Type = facts.Null
	default:
		return facts.Ref(facts.Unknown, "json "+n.Kind.String(), pos, end)
	}
	v.Pos, v.End = pos, end
	return v
}

func (n *Node) stringParts(f *source.File) []facts.Part {
	base := n.Start + 1
	if !n.escaped {
		return []facts.Part{{Text: n.Str, Kind: facts.Literal, Pos: f.Pos(base), End: f.Pos(base + len(n.Str)), Exact: true}}
	}
	var parts []facts.Part
	walkString(n.Raw[1:len(n.Raw)-1], func(dec []byte, i, j int, escape bool) {
		if k := len(parts) - 1; escape && k >= 0 && !parts[k].Exact {
			parts[k].Text += string(dec)
			parts[k].End = f.Pos(base + j)
			return
		}
		parts = append(parts, facts.Part{Text: string(dec), Kind: facts.Literal, Pos: f.Pos(base + i), End: f.Pos(base + j), Exact: !escape})
	})
	return parts
}
