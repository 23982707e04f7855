package python

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// newFile registers src as a file in a fresh FileSet.
func newFile(name, src string) (*token.FileSet, *source.File) {
	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	return fset, &source.File{Path: name, Src: []byte(src), Tok: tf, Format: source.Code, Lang: source.Python}
}

// extract runs Extract on a whole .py file.
func extract(t *testing.T, src string) (*facts.File, *token.FileSet) {
	t.Helper()
	fset, f := newFile("job.py", src)
	return Extract(facts.WholeFile(f, source.Python), facts.NewEnv()), fset
}

func at(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}

// show renders a value's text with placeholders made printable.
func show(v facts.Value) string { return strings.ReplaceAll(v.Text(), "\x00", "~") }

// span is where the decoded substring sub of v is written.
func span(t *testing.T, fset *token.FileSet, v facts.Value, sub string) string {
	t.Helper()
	i := strings.Index(v.Text(), sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, show(v))
	}
	pos, end := v.Span(i, i+len(sub))
	return at(fset, pos) + "-" + at(fset, end)
}

func pairs(f *facts.File, origin facts.Origin) []facts.Pair {
	var out []facts.Pair
	for _, p := range f.Pairs {
		if p.Origin == origin {
			out = append(out, p)
		}
	}
	return out
}

func findPair(t *testing.T, ps []facts.Pair, path, key string) facts.Pair {
	t.Helper()
	for _, p := range ps {
		if p.Path == path && p.Key == key {
			return p
		}
	}
	var have []string
	for _, p := range ps {
		have = append(have, string(p.Origin)+" "+p.Path+" "+p.Key)
	}
	t.Fatalf("no pair %s %s; have %q", path, key, have)
	return facts.Pair{}
}

func callees(f *facts.File) []string {
	var out []string
	for _, c := range f.Calls {
		out = append(out, c.Callee)
	}
	return out
}
