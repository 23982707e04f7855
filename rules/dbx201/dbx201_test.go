package dbx201_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx201"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX201", meta.Rule{Meta: dbx201.Meta, Analyzer: dbx201.Analyzer})
}

// TestFindingsCoverTheScope checks every finding's range, not just its line:
// it must be exactly the all-apis word, also inside URL-encoded bodies,
// notebook cells and .ipynb strings.
func TestFindingsCoverTheScope(t *testing.T) {
	root, err := filepath.Abs("../../testdata/DBX201")
	if err != nil {
		t.Fatal(err)
	}
	res := lintertest.Scan(t, root, meta.Rule{Meta: dbx201.Meta, Analyzer: dbx201.Analyzer})
	if len(res.Findings) < 20 {
		t.Fatalf("%d findings; the fixtures hold more", len(res.Findings))
	}
	for _, f := range res.Findings {
		src, err := os.ReadFile(filepath.Join(root, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(src[f.StartOffset:f.EndOffset]); got != "all-apis" {
			t.Errorf("%s:%d:%d: finding covers %q, want the all-apis word", f.Path, f.Line, f.Col, got)
		}
	}
}
