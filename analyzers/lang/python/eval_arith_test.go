package python

import (
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
)

func TestIntegerArithmeticFolds(t *testing.T) {
	for src, want := range map[string]string{
		"w.tokens.create(lifetime_seconds=365 * 86400)\n":       "31536000",
		"w.tokens.create(lifetime_seconds=90 * 24 * 60 * 60)\n": "7776000",
		"w.tokens.create(lifetime_seconds=7 // 2 + 1_000)\n":    "1003",
		"w.tokens.create(lifetime_seconds=-7 // 2)\n":           "-4",
	} {
		f, _ := extract(t, src)
		if len(f.Calls) != 1 || len(f.Calls[0].Kwargs) != 1 {
			t.Fatalf("%q: calls %+v", src, f.Calls)
		}
		v := f.Calls[0].Kwargs[0].Value
		if v.Text() != want || v.Type != facts.Number || !v.IsKnown() {
			t.Errorf("%q: %q (%v, %s), want %s", src, v.Text(), v.Type, v.Kind(), want)
		}
	}
	f, _ := extract(t, "w.tokens.create(lifetime_seconds=1.5 * 2)\n")
	if f.Calls[0].Kwargs[0].Value.IsKnown() {
		t.Error("float arithmetic folded")
	}
}

func TestFallbacksAreTheCommittedLiteral(t *testing.T) {
	src := `LEGACY = "Ap#Legacy!2019"
a = spark.read.option("password", override or LEGACY)
b = spark.read.option("password", os.getenv("PG_PASSWORD", "Local-Dev-1"))
c = spark.read.option("password", os.environ.get("PG_PASSWORD"))
d = spark.read.option("password", "" or dbutils.secrets.get("s", "k"))
`
	f, fset := extract(t, src)
	var got []string
	for _, p := range f.Pairs {
		if p.Origin == facts.OptionCall {
			got = append(got, p.Value.Kind().String()+":"+p.Value.Text()+"@"+at(fset, p.Value.Parts[0].Pos))
		}
	}
	want := []string{"folded:Ap#Legacy!2019@1:11", "folded:Local-Dev-1@3:61", "env-ref:\x00env-ref:PG_PASSWORD\x00@4:35", "secret-ref:" + facts.Placeholder(facts.SecretRef, "dbutils.secrets.get") + "@5:41"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want[:2] {
		if got[i] != want[i] {
			t.Errorf("%d: got %q, want %q", i, got[i], want[i])
		}
	}
	if !strings.HasPrefix(got[2], "env-ref:") || !strings.HasPrefix(got[3], "secret-ref:") {
		t.Errorf("refs: %q", got[2:])
	}
}
