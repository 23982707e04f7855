// Package lextest holds the test helpers that the R, Scala and SQL
// front-end tests share: building a source file and reading positions.
package lextest

import (
	"fmt"
	"go/token"
	"os"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// NewFile is src as a notebook file of language lang, in a new file set.
func NewFile(name string, src []byte, lang source.Lang) (*token.FileSet, *source.File) {
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent(src)
	return fset, &source.File{Path: name, Src: src, Tok: tf, Format: source.Notebook, Lang: lang}
}

// ExtractFile reads the file at path and runs a front-end's extract on it
// as one piece of code in lang.
func ExtractFile(t testing.TB, path string, lang source.Lang, extract func(*facts.Code, *facts.Env) *facts.File) (*token.FileSet, *facts.File) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fset, f := NewFile(path, src, lang)
	return fset, extract(facts.WholeFile(f, lang), facts.NewEnv())
}

// Fuzz runs extract as lang on a few seeds, and under `go test -fuzz` on
// generated input: no input may make a front-end panic, put a fact outside
// the file (factstest.CheckInvariants) or give different facts twice.
func Fuzz(f *testing.F, lang source.Lang, extract func(*facts.Code, *facts.Env) *facts.File) {
	for _, seed := range []string{"x = \"a\\n\" + 'b' -> (c, d)", "s\"${a}$b\" r\"(x)\" {{p}} ${v} :p", "f(a = g(1), b => 2) OPTIONS (k 'v')"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		factstest.CheckExtract(t, func() (*token.FileSet, *source.File, *facts.File) {
			fset, file := NewFile("fuzz", src, lang)
			return fset, file, extract(facts.WholeFile(file, lang), facts.NewEnv())
		})
	})
}

// At is pos as line:column, the form tests compare against.
func At(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}
