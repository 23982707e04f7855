package python

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// partsOf renders the parts of the last value of src as text@line:col, with "=" for exact
// parts and "~" for inexact ones, kinds other than literal named.
func partsOf(t *testing.T, src string) string {
	t.Helper()
	f, fset := extract(t, src)
	if len(f.Values) == 0 {
		t.Fatalf("%q: no value", src)
	}
	var b []string
	for _, p := range f.Values[len(f.Values)-1].Parts { // literals in f-string fields come first
		mark := "~"
		if p.Exact {
			mark = "="
		}
		s := fmt.Sprintf("%q%s%s", strings.ReplaceAll(p.Text, "\x00", "~"), mark, at(fset, p.Pos))
		if p.Kind != facts.Literal {
			s += "(" + p.Kind.String() + ")"
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestStringForms(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"double", `"hello"`, `"hello"=1:2`},
		{"single", `'hello'`, `"hello"=1:2`},
		{"empty", `""`, `""=1:2`},
		{"triple double", `"""hi there"""`, `"hi there"=1:4`},
		{"triple single multiline", "'''a\nb'''", `"a\nb"=1:4`},
		{"triple with inner quotes", `"""say "hi" ""ok"" """`, `"say \"hi\" \"\"ok\"\" "=1:4`},
		{"raw", `r"C:\new\d+"`, `"C:\\new\\d+"=1:3`},
		{"raw upper keeps escaped quote", `R'it\'s'`, `"it\\'s"=1:3`},
		{"bytes", `b"data"`, `"data"=1:3`},
		{"raw bytes", `rb"\x00"`, `"\\x00"=1:4`},
		{"bytes raw upper", `BR"\x00"`, `"\\x00"=1:4`},
		{"unicode prefix", `u"caf\u00e9"`, `"caf"=1:3 "é"~1:6`},
		{"bytes escapes are bytes", `b"\x41\u00e9"`, `"A"~1:3 "\\u00e9"=1:7`},
		{"escape splits exact runs", `"ab\ncd"`, `"ab"=1:2 "\n"~1:4 "cd"=1:6`},
		{"quote and backslash escapes", `'it\'s \\ \"q\"'`, `"it"=1:2 "'"~1:4 "s "=1:6 "\\"~1:8 " "=1:10 "\""~1:11 "q"=1:13 "\""~1:14`},
		{"hex unicode named octal", `"\x41\u00e9\N{EM DASH}\101"`, `"A"~1:2 "é"~1:6 "—"~1:12 "A"~1:23`},
		{"unknown name", `"\N{LATIN CAPITAL LETTER Q}"`, `"~unknown:\\N{LATIN CAPITAL LETTER Q}~"~1:2(unknown)`},
		{"unknown escape keeps backslash", `"\d+\w"`, `"\\d+\\w"=1:2`},
		{"line continuation in string", "\"line\\\ncont\"", `"line"=1:2 "cont"=2:1`},
		{"implicit concatenation", `"ab" 'cd' r"\e"`, `"ab"=1:2 "cd"=1:7 "\\e"=1:13`},
		{"concatenation across lines in parens", "(\"jdbc:postgresql://h/db\"\n \"?user=u\")", `"jdbc:postgresql://h/db"=1:3 "?user=u"=2:3`},
		{"f-string plain", `f"plain"`, `"plain"=1:3`},
		{"f-string brace escapes", `F"{{a}}"`, `"{"=1:3 "a"=1:5 "}"=1:6`},
		{"raw f-string", `rf"\d{{2}}"`, `"\\d"=1:4 "{"=1:6 "2"=1:8 "}"=1:9`},
		{"f-string unknown field", `f"id={row.id}!"`, `"id="=1:3 "~unknown:row.id~"~1:7(unknown) "!"=1:14`},
		{"f-string field with nested quotes", `f"{cfg["k"]}"`, `"~unknown:cfg[]~"~1:4(unknown)`},
		{"t-string", `t"x"`, `"x"=1:3`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := partsOf(t, "x = "+tt.src+"\n"); got != shift(tt.want) {
				t.Errorf("\n got %s\nwant %s", got, shift(tt.want))
			}
		})
	}
}

// shift moves the expected first-line columns past "x = ".
func shift(want string) string {
	var out []string
	for _, w := range strings.Split(want, " ") {
		if i := strings.LastIndex(w, "1:"); i > 0 && (w[i-1] == '=' || w[i-1] == '~') {
			var col int
			var rest string
			fmt.Sscanf(w[i+2:], "%d%s", &col, &rest)
			w = fmt.Sprintf("%s1:%d%s", w[:i], col+4, rest)
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func TestLexProblems(t *testing.T) {
	src := "a = \"open\nb = 'fine'\nc = '''never closed\n"
	f, fset := extract(t, src)
	var got []string
	for _, p := range f.Problems {
		got = append(got, at(fset, p.Pos)+" "+p.Message)
		if p.Fatal {
			t.Errorf("problem %q is fatal", p.Message)
		}
	}
	want := []string{"1:5 unterminated string literal", "3:5 unterminated triple-quoted string literal"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("problems %q, want %q", got, want)
	}
	// Lexing goes on after the broken line.
	b := findPair(t, pairs(f, facts.Assignment), "", "b")
	if show(b.Value) != "fine" || at(fset, b.Value.Parts[0].Pos) != "2:6" {
		t.Errorf("b = %q at %s", show(b.Value), at(fset, b.Value.Parts[0].Pos))
	}
}

func TestFStringFieldProblem(t *testing.T) {
	// The field's quote opens a nested string (Python 3.12), so the outer
	// string is what is reported, once.
	f, fset := extract(t, "x = f\"{a\"\ny = f'{b:>'\nz = 1\n")
	var got []string
	for _, p := range f.Problems {
		got = append(got, at(fset, p.Pos)+" "+p.Message)
	}
	want := "1:5 unterminated string literal|2:7 unterminated f-string replacement field"
	if strings.Join(got, "|") != want {
		t.Errorf("problems %q, want %q", got, want)
	}
	if z := findPair(t, pairs(f, facts.Assignment), "", "z"); show(z.Value) != "1" {
		t.Errorf("z = %q", show(z.Value))
	}
}

// TestLexLinesAcrossChunks checks the lines lexLines cuts from its token
// chunks against the tokens one by one, for source that fills several
// chunks and has a line longer than a chunk.
func TestLexLinesAcrossChunks(t *testing.T) {
	var b strings.Builder
	for i := range 3 * maxChunk / 4 {
		fmt.Fprintf(&b, "    v%d = f(%d)\n", i, i)
	}
	b.WriteString("big = [" + strings.Repeat("1, ", maxChunk) + "]\nlast = 2\n")
	src := []byte(b.String())
	lines, _ := lexLines(src, string(src))

	l := &lexer{src: src, text: string(src), end: len(src)}
	var want [][]tok
	var cur []tok
	for {
		tk, ok := l.next()
		if !ok || tk.kind == tNewline {
			if len(cur) > 0 {
				want = append(want, cur)
				cur = nil
			}
			if !ok {
				break
			}
			continue
		}
		cur = append(cur, tk)
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, ln := range lines {
		if len(ln.toks) != len(want[i]) || cap(ln.toks) != len(ln.toks) {
			t.Fatalf("line %d: %d tokens (cap %d), want %d", i, len(ln.toks), cap(ln.toks), len(want[i]))
		}
		for j := range ln.toks {
			if ln.toks[j] != want[i][j] {
				t.Fatalf("line %d token %d: %+v, want %+v", i, j, ln.toks[j], want[i][j])
			}
		}
		if wantIndent := l.indentAt(want[i][0].start); ln.indent != wantIndent {
			t.Fatalf("line %d: indent %d, want %d", i, ln.indent, wantIndent)
		}
	}
}
