package facts

import (
	"go/token"
	"testing"

	"github.com/bricklint/bricklint/analyzers/source"
)

// lit is a literal written exactly at pos.
func lit(text string, pos int) Value {
	return Lit(text, token.Pos(pos), token.Pos(pos+len(text)), true)
}

func TestKind(t *testing.T) {
	two := Concat(1, 20, lit("jdbc:x;password=", 1), lit("pw", 30))
	via := lit("pw", 30)
	via.Via = "PW"
	secret := Concat(1, 20, lit("password=", 1), Ref(SecretRef, "dbutils.secrets.get", 40, 60))
	for _, tc := range []struct {
		name string
		v    Value
		want Kind
	}{
		{"one literal", lit("x", 1), Literal},
		{"literal split at escapes", Value{Parts: []Part{{Text: "a", Kind: Literal}, {Text: "\n", Kind: Literal}}}, Literal},
		{"through a name", via, Folded},
		{"concatenation from a name", Concat(1, 9, lit("a", 1), via), Folded},
		{"secret in the mix", secret, SecretRef},
		{"env", Ref(EnvRef, "X", 1, 2), EnvRef},
	} {
		if got := tc.v.Kind(); got != tc.want {
			t.Errorf("%s: Kind = %s, want %s", tc.name, got, tc.want)
		}
	}
	if !two.KnownAt(16, 18) || secret.KnownAt(9, 12) || !secret.KnownAt(0, 9) {
		t.Error("KnownAt")
	}
}

func TestSpanAndSlice(t *testing.T) {
	v := Concat(1, 50, lit("jdbc:x;password=", 100), lit("s3cret", 200))
	if p, e := v.Span(16, 22); p != 200 || e != 206 {
		t.Errorf("Span of the password = %d-%d, want 200-206", p, e)
	}
	if p, e := v.Span(18, 20); p != 202 || e != 204 {
		t.Errorf("Span inside a part = %d-%d, want 202-204", p, e)
	}
	// Parts written in two places, neither at the use: the span stands on
	// the one that holds the most text.
	if p, e := v.Span(10, 20); p != 100 || e != 116 {
		t.Errorf("Span across parts = %d-%d, want the longer part's range 100-116", p, e)
	}
	s := v.Slice(7, 19)
	if s.Text() != "password=s3c" || len(s.Parts) != 2 || s.Parts[1].Pos != 200 || s.Parts[1].End != 203 {
		t.Errorf("Slice = %q %+v", s.Text(), s.Parts)
	}
}

func TestFormPairs(t *testing.T) {
	v := lit("grant_type=client_credentials&scope=all-apis%20sql&x", 10)
	pairs := FormPairs(v, "u", FormParam)
	if len(pairs) != 2 {
		t.Fatalf("%d pairs", len(pairs))
	}
	if p := pairs[0]; p.Key != "grant_type" || p.Value.Text() != "client_credentials" || p.Value.Parts[0].Pos != 21 || !p.Value.Parts[0].Exact {
		t.Errorf("first pair %+v", p)
	}
	if p := pairs[1]; p.Value.Text() != "all-apis sql" || p.Value.Parts[0].Exact || p.KeyPos != 40 {
		t.Errorf("decoded pair %+v", p)
	}
	q := FormPairs(lit("https://h/token?resource=abc#frag", 0), "u", QueryParam)
	if len(q) != 1 || q[0].Key != "resource" || q[0].Value.Text() != "abc" {
		t.Errorf("query pairs %+v", q)
	}
}

func TestSecretRefs(t *testing.T) {
	v := SecretRefs(lit("jdbc:x;password={{secrets/db/pw}};user={{secrets/bad scope/k}}", 0))
	if v.Kind() != SecretRef {
		t.Fatalf("kind %s", v.Kind())
	}
	text := v.Text()
	if i := len("jdbc:x;password="); v.KnownAt(i, i+3) {
		t.Error("the reference is still literal text")
	}
	if !v.KnownAt(len(text)-10, len(text)) {
		t.Errorf("an invalid reference (space in the scope) became a secret ref: %q", text)
	}
}

func TestCodeMapsOffsetsBackToTheFile(t *testing.T) {
	src := []byte("# MAGIC %sql\n# MAGIC SELECT 'a'\n")
	fset := token.NewFileSet()
	tf := fset.AddFile("n.py", -1, len(src))
	tf.SetLinesForContent(src)
	f := &source.File{Path: "n.py", Src: src, Tok: tf}
	c := NewCode(f, source.SQL)
	c.Add(21, src[21:32]) // "SELECT 'a'\n" after the MAGIC prefix of line 2
	if string(c.Src) != "SELECT 'a'\n" {
		t.Fatalf("Src %q", c.Src)
	}
	if p := fset.Position(c.Pos(8)); p.Line != 2 || p.Column != 17 {
		t.Errorf("offset 8 at %d:%d, want 2:17", p.Line, p.Column)
	}
	c.AddMapped([]byte("\n"), []int{5}) // a decoded escape
	if c.Exact(10, 12) {
		t.Error("a range over a mapped byte is not exact")
	}
	if !c.Exact(0, 6) {
		t.Error("a copied range is exact")
	}
}

func TestURLHost(t *testing.T) {
	for in, want := range map[string]string{
		"https://Login.MicrosoftOnline.com/tenant/oauth2/token":     "login.microsoftonline.com",
		"https://user:pw@adb-1.2.azuredatabricks.net:443/oidc":      "adb-1.2.azuredatabricks.net",
		"https://" + Placeholder(VarRef, "host") + "/oidc/v1/token": "",
		"/api/2.0/token/create":                                     "",
	} {
		if got := URLHost(in); got != want {
			t.Errorf("URLHost(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUsedHere(t *testing.T) {
	v := lit("pw", 100)
	if v.UsedHere(100, 102) != nil {
		t.Error("a value used where it is written has no related place")
	}
	v.Pos, v.End = 300, 305 // folded into a use elsewhere
	if r := v.UsedHere(100, 102); len(r) != 1 || r[0].Pos != 300 || r[0].Message != "used here" {
		t.Errorf("related %+v", r)
	}
}

// A value written at its place of use (50-80) with a part folded from a
// definition earlier in the file (10-16): its slices and spans stay at the
// place of use instead of running backwards to the definition.
func TestSpanOfMixedUseAndDefinition(t *testing.T) {
	folded := Value{Parts: []Part{{Text: "s3cret", Kind: Folded, Pos: 10, End: 16}}}
	v := Concat(50, 80, lit("Bearer ", 60), folded)
	if s := v.Slice(0, 13); s.Pos != 60 || s.End != 67 {
		t.Errorf("Slice = %d-%d, want the part at the place of use 60-67", s.Pos, s.End)
	}
	if p, e := v.Span(3, 10); p != 60 || e != 67 {
		t.Errorf("Span = %d-%d, want 60-67", p, e)
	}
	if p, e := v.Span(7, 13); p != 10 || e != 16 {
		t.Errorf("Span of the folded part = %d-%d, want its definition 10-16", p, e)
	}
}
