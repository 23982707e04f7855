package lexutil

import (
	"go/token"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

func scanner(src string) (*token.FileSet, Scanner) {
	fset := token.NewFileSet()
	tf := fset.AddFile("x", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	f := &source.File{Path: "x", Src: []byte(src), Tok: tf, Format: source.Notebook, Lang: source.Scala}
	return fset, NewScanner(facts.WholeFile(f, source.Scala))
}

func TestEscapeHelpers(t *testing.T) {
	_, s := scanner(`\1017`)
	if c, ok := s.EscapeLetter(); !ok || c != '1' || s.Octal(c) != 0o101 || s.Off != 4 {
		t.Errorf("octal: c %q off %d", c, s.Off)
	}
	_, s = scanner(`\`)
	if _, ok := s.EscapeLetter(); ok || s.Off != 1 {
		t.Errorf("a lone backslash is no escape; off %d", s.Off)
	}
	_, s = scanner("4g")
	if v, n := s.HexDigits(2); v != 4 || n != 1 || s.Off != 1 {
		t.Errorf("HexDigits: %d, %d digits, off %d", v, n, s.Off)
	}
	_, s = scanner("00e9x")
	if r, ok := s.Hex4(); !ok || r != 'é' || s.Off != 4 {
		t.Errorf("Hex4: %q, off %d", r, s.Off)
	}
	_, s = scanner("00e")
	if _, ok := s.Hex4(); ok || s.Off != 0 {
		t.Errorf("Hex4 of three digits read to %d", s.Off)
	}
	fset, s := scanner(`a\qb`)
	s.Off = 1
	s.EscapeLetter()
	if b := s.InvalidEscape([]byte("a"), 1); string(b) != `a\q` || len(s.Problems) != 1 || fset.Position(s.Problems[0].Pos).Column != 2 {
		t.Errorf("InvalidEscape: %q, %+v", b, s.Problems)
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		src  string
		hex  bool
		want int // Off after the number
	}{
		{"1e5+", false, 3}, {"1e-5)", false, 4}, {"1e", false, 1}, {"1e+x", false, 1}, {"0x1F_0 ", true, 6}, {"0", false, 1},
	} {
		_, s := scanner(tc.src)
		hex := s.HexNumber(func(c byte) bool { return IsHex(c) || c == '_' })
		if !hex {
			s.SkipWhile(IsDigit)
			s.Exponent(IsDigit)
		}
		if hex != tc.hex || s.Off != tc.want {
			t.Errorf("%q: hex %v, ends at %d, want %v, %d", tc.src, hex, s.Off, tc.hex, tc.want)
		}
	}
}

func TestComments(t *testing.T) {
	_, s := scanner("/* a /* b */\n c */x")
	if nl := s.SkipBlockComment(); !nl || s.Src[s.Off] != 'x' || len(s.Problems) != 0 {
		t.Errorf("nested comment: newline %v, off %d, %+v", nl, s.Off, s.Problems)
	}
	fset, s := scanner("x /* /* */")
	s.Off = 2
	if s.SkipBlockComment(); s.Off != len(s.Src) || len(s.Problems) != 1 || fset.Position(s.Problems[0].Pos).Column != 3 {
		t.Errorf("unterminated comment: off %d, %+v", s.Off, s.Problems)
	}
	_, s = scanner("-- x\ny")
	if s.SkipLine(); s.Off != 4 {
		t.Errorf("SkipLine stops at %d", s.Off)
	}
	_, s = scanner("\x00\x01")
	s.UnexpectedChar(0, 0)
	s.UnexpectedChar(1, 1)
	if len(s.Problems) != 1 {
		t.Errorf("UnexpectedChar reported %d times", len(s.Problems))
	}
}

func TestRunAndPieces(t *testing.T) {
	fset, s := scanner(`"ab\n"`)
	run := NewRun(1)
	run.Text = append(run.Text, "ab"...)
	pc, keep := run.Flush(3, false)
	if !keep || pc != (Piece{Text: "ab", Start: 1, End: 3, Exact: true}) || len(run.Text) != 0 || run.Start != 3 {
		t.Errorf("Flush: %+v keep %v, run %+v", pc, keep, run)
	}
	if _, keep := run.Flush(3, false); keep {
		t.Error("an empty run is kept")
	}
	if _, keep := run.Flush(3, true); !keep {
		t.Error("an empty run is dropped where it must stay")
	}
	v := pc.Value(s.Code, s.Code.Pos(0), s.Code.Pos(6))
	if p := v.Parts[0]; v.Text() != "ab" || !p.Exact || fset.Position(p.Pos).Column != 2 || fset.Position(v.Pos).Column != 1 {
		t.Errorf("Value: %+v", v)
	}
	if p := (Piece{Text: "\n", Start: 3, End: 5}).Part(s.Code); p.Exact || p.Kind != facts.Literal {
		t.Errorf("a decoded escape is exact: %+v", p)
	}
}

func TestDescribeAndTooDeep(t *testing.T) {
	if d := Describe("a\nb"); d != "a b" {
		t.Errorf("Describe: %q", d)
	}
	if d := Describe(string(make([]byte, 100))); len(d) != 63 {
		t.Errorf("Describe keeps %d bytes", len(d))
	}
	var out facts.File
	reported := false
	TooDeep(&out, &reported, 1)
	TooDeep(&out, &reported, 2)
	if len(out.Problems) != 1 || out.Problems[0].Pos != 1 {
		t.Errorf("TooDeep: %+v", out.Problems)
	}
}
