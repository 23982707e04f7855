package python

import (
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
