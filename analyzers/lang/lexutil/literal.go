package lexutil

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Piece is a run of a string literal's content: its decoded text and
// where the content is written (no quotes).
type Piece struct {
	Text       string
	Start, End int  // the content's range in Src
	Exact      bool // Text is byte-for-byte Src[Start:End]
}

// Part is the piece as a literal part. It is exact only when the text was
// written as is and the code maps it byte for byte to the file, so that a
// substring gets an exact position.
func (pc Piece) Part(c *facts.Code) facts.Part {
	return facts.Part{Text: pc.Text, Kind: facts.Literal, Pos: c.Pos(pc.Start), End: c.Pos(pc.End), Exact: pc.Exact && c.Exact(pc.Start, pc.End)}
}

// Value is the piece as a whole value: its part points at the first
// content character, the value spans pos to end (the literal with its
// quotes).
func (pc Piece) Value(c *facts.Code, pos, end token.Pos) facts.Value {
	return facts.Value{Parts: []facts.Part{pc.Part(c)}, Pos: pos, End: end}
}

// Run collects the literal text of a string between its holes
// (interpolations, parameters) while the lexer decodes it.
type Run struct {
	Text  []byte // the decoded text so far
	Start int    // where the run is written in Src
	Exact bool   // Text is byte-for-byte the source from Start
}

// NewRun starts an empty run at offset start.
func NewRun(start int) Run { return Run{Start: start, Exact: true} }

// Flush ends the run at end and starts an empty one there. It returns the
// run as a piece, and whether to keep it: a run that covers no source is
// kept only when keepEmpty (the whole of "" is one empty piece).
func (r *Run) Flush(end int, keepEmpty bool) (Piece, bool) {
	pc := Piece{Text: string(r.Text), Start: r.Start, End: end, Exact: r.Exact}
	keep := r.Start < end || keepEmpty
	r.Text, r.Start, r.Exact = r.Text[:0], end, true
	return pc, keep
}

// Describe is source text made safe for a placeholder: at most 60 bytes
// and no control characters.
func Describe(s string) string {
	if len(s) > 60 {
		s = s[:60] + "..."
	}
	return strings.Map(func(r rune) rune {
		if r < ' ' {
			return ' '
		}
		return r
	}, s)
}

// TooDeep reports at pos that an expression nests deeper than the parser
// follows, unless *reported says so already: once per file is enough.
func TooDeep(out *facts.File, reported *bool, pos token.Pos) {
	if !*reported {
		*reported = true
		out.Problems = append(out.Problems, facts.Problem{Pos: pos, Message: "expression nested too deeply; skipped"})
	}
}
