package notebook

import (
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// extractFile runs the analyzer on one fixture and returns its facts and FileSet.
func extractFile(t *testing.T, path string) (*facts.File, *token.FileSet) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fset, u := factstest.Run(t, Analyzer, factstest.File(path, string(src)))
	files := u.Files
	if len(files) != 1 {
		t.Fatalf("%d files of facts, want 1", len(files))
	}
	return files[0], fset
}

// literalAt finds the literal value with the given text and returns "line:col".
func literalAt(f *facts.File, fset *token.FileSet, text string) (string, bool) {
	for _, v := range f.Values {
		if v.Text() == text {
			p, _ := v.Span(0, len(text))
			pos := fset.Position(p)
			return strings.TrimPrefix(pos.String(), pos.Filename+":"), true
		}
	}
	return "", false
}

func TestSourceNotebookCellsMapBackToTheFile(t *testing.T) {
	f, fset := extractFile(t, "testdata/mixed.py")
	for text, want := range map[string]string{
		"CellTwoPw1":  "8:7",   // Python cell after a DBTITLE line
		"SqlPw22":     "14:54", // %sql cell: "# MAGIC " stripped, position in the file
		"ScalaPw4444": "27:24", // %scala cell
	} {
		got, ok := literalAt(f, fset, text)
		if !ok {
			t.Errorf("%q: not extracted", text)
			continue
		}
		if got != want {
			t.Errorf("%q at %s, want %s", text, got, want)
		}
	}
	for _, prose := range []string{"NotCode1", "NotCode2"} {
		for _, v := range f.Values {
			if strings.Contains(v.Text(), prose) {
				t.Errorf("%q from prose or a comment became a value", prose)
			}
		}
	}
	// The %sh cell's curl is a request with a form parameter.
	found := false
	for _, r := range f.Requests {
		for _, p := range r.Params {
			if p.Key == "password" && p.Value.Text() == "ShPw333" {
				found = true
				if pos := fset.Position(p.Value.Parts[0].Pos); pos.Line != 18 || pos.Column != 31 {
					t.Errorf("%%sh form value at %d:%d, want 18:31", pos.Line, pos.Column)
				}
			}
		}
	}
	if !found {
		t.Error("the sh cell's curl request was not extracted")
	}
	// pw from cell 2 folds into the option of cell 5, keeping cell 2's position.
	for _, p := range f.Pairs {
		if p.Origin == facts.OptionCall && p.Key == "password" {
			if p.Value.Text() != "CellTwoPw1" || fset.Position(p.Value.Parts[0].Pos).Line != 8 {
				t.Errorf("option password = %q from line %d, want CellTwoPw1 from line 8", p.Value.Text(), fset.Position(p.Value.Parts[0].Pos).Line)
			}
			return
		}
	}
	t.Error("no password option pair")
}

func TestIpynbPositionsAreRawFileLines(t *testing.T) {
	f, fset := extractFile(t, "testdata/cells.ipynb")
	for text, want := range map[string]string{
		"IpyPw55":  "15:13", // inside "pw = \"IpyPw55\"\n": after the escaped quote
		"IpySql66": "25:37", // %sql cell
	} {
		got, ok := literalAt(f, fset, text)
		if !ok {
			t.Errorf("%q: not extracted", text)
			continue
		}
		if got != want {
			t.Errorf("%q at %s, want %s", text, got, want)
		}
	}
	for _, v := range f.Values {
		if strings.Contains(v.Text(), "NotCode3") {
			t.Error("a markdown cell became code")
		}
	}
	var url facts.Value
	for _, p := range f.Pairs {
		if p.Key == "url" && p.Origin == facts.Assignment {
			url = p.Value
		}
	}
	text := url.Text()
	i := strings.Index(text, "IpyPw55")
	if i < 0 {
		t.Fatalf("the f-string did not fold: %q", text)
	}
	pos, _ := url.Span(i, i+len("IpyPw55"))
	if p := fset.Position(pos); p.Line != 15 || p.Column != 13 {
		t.Errorf("folded password at %d:%d, want 15:13", p.Line, p.Column)
	}
}

func TestBrokenIpynbIsAProblemNotACrash(t *testing.T) {
	src := []byte(`{"cells": [{"cell_type": "code", "source": ["x = 1\n"`)
	fset := token.NewFileSet()
	tf := fset.AddFile("broken.ipynb", -1, len(src))
	tf.SetLinesForContent(src)
	_, problems := SplitIpynb(&source.File{Path: "broken.ipynb", Src: src, Tok: tf, Format: source.Ipynb})
	if len(problems) == 0 {
		t.Fatal("no problem reported for truncated JSON")
	}
}

func TestEveryPrefixOfANotebookIsSafe(t *testing.T) {
	for _, path := range []string{"testdata/mixed.py", "testdata/cells.ipynb"} {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for n := range src {
			fset := token.NewFileSet()
			tf := fset.AddFile(path, -1, n)
			tf.SetLinesForContent(src[:n])
			format, lang := source.Classify(path, src[:n])
			f := &source.File{Path: path, Src: src[:n], Tok: tf, Format: format, Lang: lang}
			cells, problems := cellsOf(f)
			(&includer{}).extract(f, cells, problems, map[source.Lang]*facts.Env{})
		}
	}
}
