package dbx201_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/rules/dbx201"
	"github.com/bricklint/bricklint/rules/meta"
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

// TestTruncatedInput runs the rule over every prefix of some fixtures: the
// front-ends and the rule must not crash or report out of range (the driver
// turns both into "internal error" notifications).
func TestTruncatedInput(t *testing.T) {
	for _, name := range []string{"bad_m2m_token_notebook.py", "bad_token.sh", "bad_token_notebook.ipynb", "bad_app_integrations.yml"} {
		src, err := os.ReadFile(filepath.Join("../../testdata/DBX201", name))
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for n := 0; n < len(src); n += 11 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%05d_%s", n, name)), src[:n], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res := lintertest.Scan(t, dir, meta.Rule{Meta: dbx201.Meta, Analyzer: dbx201.Analyzer})
		for _, note := range res.Notifications {
			if strings.Contains(note.Message, "internal error") {
				t.Errorf("%s: %s", note.Path, note.Message)
			}
		}
	}
}
