// Package factstest runs a front-end analyzer on in-memory files the way the
// driver does, and reads the facts it returns, for the front-ends' tests.
package factstest

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// File is a classified file with content src; Run registers it.
func File(name, src string) *source.File {
	format, lang := source.Classify(name, []byte(src))
	return &source.File{Path: name, Src: []byte(src), Format: format, Lang: lang}
}

// Run registers the files in a new FileSet and runs the analyzer on them as
// one unit, through a hand-built pass.
func Run(t testing.TB, a *analysis.Analyzer, files ...*source.File) (*token.FileSet, *facts.Unit) {
	t.Helper()
	fset := token.NewFileSet()
	unit := &source.Unit{}
	for _, f := range files {
		tf := fset.AddFile(f.Path, -1, len(f.Src))
		tf.SetLinesForContent(f.Src)
		f.Tok = tf
		unit.Files = append(unit.Files, f)
	}
	pass := &analysis.Pass{Analyzer: a, Fset: fset, ResultOf: map[*analysis.Analyzer]any{source.Analyzer: unit}}
	res, err := a.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	return fset, res.(*facts.Unit)
}

// LineCol is "line:column" of pos.
func LineCol(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}

// FindPair returns the file's pair at path with key, or fails the test.
func FindPair(t testing.TB, f *facts.File, path, key string) facts.Pair {
	t.Helper()
	for _, p := range f.Pairs {
		if p.Path == path && p.Key == key {
			return p
		}
	}
	t.Fatalf("no pair %s %q", path, key)
	return facts.Pair{}
}

// FindBlock returns the first block, at any depth, at path, or nil.
func FindBlock(f *facts.File, path string) *facts.Block {
	var found *facts.Block
	for _, b := range f.Blocks {
		b.Walk(func(b *facts.Block) {
			if b.Path == path && found == nil {
				found = b
			}
		})
	}
	return found
}

// Parts describes a value's parts as kind:"text"@line:col.
func Parts(fset *token.FileSet, v facts.Value) []string {
	var s []string
	for _, p := range v.Parts {
		s = append(s, fmt.Sprintf("%v:%q@%s", p.Kind, strings.Trim(p.Text, "\x00"), LineCol(fset, p.Pos)))
	}
	return s
}
