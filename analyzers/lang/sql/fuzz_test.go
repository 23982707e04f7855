package sql

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// FuzzExtract checks that no input makes Extract panic.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{"x = \"a\\n\" + 'b' -> (c, d)", "s\"${a}$b\" r\"(x)\" {{p}} ${v} :p", "f(a = g(1), b => 2) OPTIONS (k 'v')"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_, file := newFile("fuzz", src)
		Extract(facts.WholeFile(file, source.SQL), facts.NewEnv())
	})
}
