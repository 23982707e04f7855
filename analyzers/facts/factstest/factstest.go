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

// CheckInvariants fails the test when a fact's span is not a span of one of
// the files (a rule would report a finding outside the file, or the driver
// would slice past its bytes): every non-zero Pos and End lies in a file of
// files, both in the same file, and Pos <= End.
func CheckInvariants(t testing.TB, fset *token.FileSet, files []*source.File, fileFacts []*facts.File) {
	t.Helper()
	inFiles := func(p token.Pos) *token.File {
		tf := fset.File(p)
		for _, f := range files {
			if f.Tok == tf {
				return tf
			}
		}
		return nil
	}
	span := func(what string, pos, end token.Pos) {
		if pos == token.NoPos && end == token.NoPos {
			return
		}
		pf, ef := inFiles(pos), inFiles(end)
		switch {
		case pf == nil || ef == nil:
			t.Fatalf("%s: span %d-%d is outside the unit's files", what, pos, end)
		case pf != ef:
			t.Fatalf("%s: span %s-%s starts and ends in different files", what, fset.Position(pos), fset.Position(end))
		case pos > end:
			t.Fatalf("%s: span %s-%s ends before it starts", what, fset.Position(pos), fset.Position(end))
		}
	}
	value := func(what string, v facts.Value) {
		span(what, v.Pos, v.End)
		for _, p := range v.Parts {
			span(what+" part "+p.Kind.String(), p.Pos, p.End)
		}
	}
	pairs := func(what string, ps []facts.Pair) {
		for _, p := range ps {
			span(what+" key "+p.Key, p.KeyPos, p.KeyEnd)
			value(what+" "+p.Key, p.Value)
		}
	}
	for _, f := range fileFacts {
		name := f.Source.Path
		for _, c := range f.Cells {
			span(name+" cell", c.Pos, c.End)
		}
		for _, v := range f.Values {
			value(name+" value", v)
		}
		pairs(name+" pair", f.Pairs)
		for _, c := range f.Calls {
			span(name+" call "+c.Callee, c.Pos, c.End)
			for _, a := range c.Args {
				value(name+" call "+c.Callee+" arg", a)
			}
			pairs(name+" call "+c.Callee, c.Kwargs)
		}
		for _, r := range f.Requests {
			span(name+" request "+r.Tool, r.Pos, r.End)
			value(name+" request URL", r.URL)
			pairs(name+" request param", r.Params)
			pairs(name+" request header", r.Headers)
		}
		for _, b := range f.Blocks {
			b.Walk(func(b *facts.Block) {
				span(name+" block "+b.Path, b.Pos, b.End)
				pairs(name+" block "+b.Path, b.Pairs)
			})
		}
		for _, p := range f.Problems {
			span(name+" problem", p.Pos, p.Pos)
		}
	}
}

// Describe renders facts with positions as file:line:col, so that two runs
// over the same bytes (with different file sets) can be compared as text.
func Describe(fset *token.FileSet, fs []*facts.File) string {
	var b strings.Builder
	at := func(p token.Pos) string {
		if p == token.NoPos {
			return "-"
		}
		return fset.Position(p).String()
	}
	value := func(v facts.Value) {
		fmt.Fprintf(&b, " [%s-%s via %q type %d", at(v.Pos), at(v.End), v.Via, v.Type)
		for _, p := range v.Parts {
			fmt.Fprintf(&b, " %v %q %s-%s %t", p.Kind, p.Text, at(p.Pos), at(p.End), p.Exact)
		}
		b.WriteString("]")
	}
	pairs := func(ps []facts.Pair) {
		for _, p := range ps {
			fmt.Fprintf(&b, "\n  pair %s %q %q %s-%s", p.Origin, p.Path, p.Key, at(p.KeyPos), at(p.KeyEnd))
			value(p.Value)
		}
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "file %s kinds %v\n", f.Source.Path, f.Kinds)
		for _, c := range f.Cells {
			fmt.Fprintf(&b, " cell %v %s-%s\n", c.Lang, at(c.Pos), at(c.End))
		}
		for _, v := range f.Values {
			b.WriteString(" value")
			value(v)
			b.WriteString("\n")
		}
		pairs(f.Pairs)
		for _, c := range f.Calls {
			fmt.Fprintf(&b, "\n call %s %s-%s unpacks %t", c.Callee, at(c.Pos), at(c.End), c.Unpacks)
			for _, a := range c.Args {
				value(a)
			}
			pairs(c.Kwargs)
		}
		for _, r := range f.Requests {
			fmt.Fprintf(&b, "\n request %s %s %s-%s url", r.Tool, r.Method, at(r.Pos), at(r.End))
			value(r.URL)
			pairs(r.Params)
			pairs(r.Headers)
		}
		for _, bl := range f.Blocks {
			bl.Walk(func(bl *facts.Block) {
				fmt.Fprintf(&b, "\n block %s %v %q %s-%s", bl.Type, bl.Labels, bl.Path, at(bl.Pos), at(bl.End))
				pairs(bl.Pairs)
			})
		}
		for _, p := range f.Problems {
			fmt.Fprintf(&b, "\n problem %s %q fatal %t", at(p.Pos), p.Message, p.Fatal)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// Seed is a fuzz seed for the file kind Name of FuzzUnit's names; for a
// "a|b" kind, Src is the two files joined by a NUL byte.
type Seed struct {
	Name string
	Src  []byte
}

// FuzzUnit fuzzes a front-end analyzer on files named as the analyzer sees
// them in a repository. The input is one file, or several when name holds
// "a|b": then data is split at its first NUL byte (or in half) into the two
// files of one unit (a Terraform module's main.tf and variables.tf, say).
// It checks CheckInvariants and that the same bytes give the same facts twice.
func FuzzUnit(f *testing.F, a *analysis.Analyzer, names []string, seeds []Seed) {
	for _, s := range seeds {
		for i, n := range names {
			if n == s.Name {
				f.Add(s.Src, uint8(i))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		names := strings.Split(names[int(kind)%len(names)], "|")
		parts := [][]byte{data}
		if len(names) == 2 {
			cut := len(data) / 2
			if i := strings.IndexByte(string(data), 0); i >= 0 {
				cut = i
			}
			parts = [][]byte{data[:cut], data[min(cut+1, len(data)):]}
		}
		run := func() (*token.FileSet, []*source.File, *facts.Unit) {
			var files []*source.File
			for i, n := range names {
				files = append(files, File(n, string(parts[i])))
			}
			fset, unit := Run(t, a, files...)
			return fset, files, unit
		}
		fset, files, unit := run()
		CheckInvariants(t, fset, files, unit.Files)
		fset2, _, unit2 := run()
		if d1, d2 := Describe(fset, unit.Files), Describe(fset2, unit2.Files); d1 != d2 {
			t.Fatalf("the same input gave different facts:\n%s\n----\n%s", d1, d2)
		}
	})
}

// CheckExtract runs a language extractor twice through run (which registers
// the file in a new file set each time) and fails the test when a fact lies
// outside the file or the two runs give different facts.
func CheckExtract(t testing.TB, run func() (*token.FileSet, *source.File, *facts.File)) {
	t.Helper()
	fset, file, out := run()
	out.Source = file
	CheckInvariants(t, fset, []*source.File{file}, []*facts.File{out})
	fset2, file2, out2 := run()
	out2.Source = file2
	if d1, d2 := Describe(fset, []*facts.File{out}), Describe(fset2, []*facts.File{out2}); d1 != d2 {
		t.Fatalf("the same input gave different facts:\n%s\n----\n%s", d1, d2)
	}
}
