package dbx202_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx202"
)

var rule = meta.Rule{Meta: dbx202.Meta, Analyzer: dbx202.Analyzer}

// TestFixedFilesScanClean applies every suggested fix to each fixture that
// has a .golden twin, in a copy of the fixture folder, and rescans it: a fix
// that leaves a finding behind (or makes a new one) is wrong.
func TestFixedFilesScanClean(t *testing.T) {
	root, err := filepath.Abs("../../testdata/DBX202")
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Glob(filepath.Join(root, "*.golden"))
	if err != nil || len(goldens) < 3 {
		t.Fatalf("want at least 3 golden fixtures, have %d (%v)", len(goldens), err)
	}
	res := lintertest.Scan(t, root, rule)
	edits := map[string][]driver.Edit{}
	for _, f := range res.Findings {
		for _, fix := range f.Fixes {
			for _, e := range fix.Edits {
				edits[e.Path] = append(edits[e.Path], e)
			}
		}
	}
	tmp := t.TempDir()
	for _, g := range goldens {
		name := strings.TrimSuffix(filepath.Base(g), ".golden")
		src, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		if len(edits[name]) == 0 {
			t.Errorf("%s: no fixes", name)
		}
		fixed, err := driver.ApplyEdits(src, edits[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(tmp, name), fixed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range lintertest.Scan(t, tmp, rule).Findings {
		t.Errorf("%s:%d:%d: still reported after --fix: %s", f.Path, f.Line, f.Col, f.Message)
	}
}

// TestFindingRanges checks what each finding covers, not just its line: a
// resource or scope key, the resource itself (a GUID or a URL), or the name
// a request reads a shared definition through, or the call of a shell
// function that passes it to the request in its body.
func TestFindingRanges(t *testing.T) {
	root, err := filepath.Abs("../../testdata/DBX202")
	if err != nil {
		t.Fatal(err)
	}
	covers := regexp.MustCompile(`^(?:resource|scope|[0-9a-fA-F-]{33,39}(?:/[\w.]+)?|https://[\w.-]+/?(?:/[\w.]+)?|[A-Za-z_][\w.]*|[\w-]+ "\$\{?\w+\}?")$`)
	res := lintertest.Scan(t, root, rule)
	if len(res.Findings) < 30 {
		t.Fatalf("%d findings; the fixtures hold more", len(res.Findings))
	}
	for _, f := range res.Findings {
		src, err := os.ReadFile(filepath.Join(root, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(src[f.StartOffset:f.EndOffset]); !covers.MatchString(got) {
			t.Errorf("%s:%d:%d: finding covers %q", f.Path, f.Line, f.Col, got)
		}
	}
	// The documented example, to the column.
	want := map[string]bool{"bad_doc.sh:5:7 resource": true, "bad_doc.sh:5:16 https://adb-1234567890123456.7.azuredatabricks.net": true}
	for _, f := range res.Findings {
		if f.Path == "bad_doc.sh" {
			src, _ := os.ReadFile(filepath.Join(root, f.Path))
			key := fmt.Sprintf("%s:%d:%d %s", f.Path, f.Line, f.Col, src[f.StartOffset:f.EndOffset])
			if !want[key] {
				t.Errorf("unexpected finding %s", key)
			}
			delete(want, key)
		}
	}
	for k := range want {
		t.Errorf("missing finding %s", k)
	}
}

// TestTruncatedInput runs the rule over every prefix of two fixtures (cut
// strings, half requests, unbalanced brackets): findings may change, but the
// front-ends and the rule must not crash or report out of range (the driver
// turns both into "internal error" notifications).
func TestTruncatedInput(t *testing.T) {
	for _, name := range []string{"bad_fixable_notebook.py", "bad_fixable_token.sh", "bad_aad_token.ipynb"} {
		src, err := os.ReadFile(filepath.Join("../../testdata/DBX202", name))
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for n := 0; n < len(src); n += 11 {
			p := filepath.Join(dir, fmt.Sprintf("p%05d_%s", n, name))
			if err := os.WriteFile(p, src[:n], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res := lintertest.Scan(t, dir, rule)
		for _, note := range res.Notifications {
			if strings.Contains(note.Message, "internal error") {
				t.Errorf("%s: %s", note.Path, note.Message)
			}
		}
	}
}

// TestNoFixOfSharedDefinition: a literal defined once and read by other
// code (a workspace URL that is also the API host, an ID two requests read)
// is reported at its definition, with the request as a related location,
// but never rewritten: the edit would break the other readers.
func TestNoFixOfSharedDefinition(t *testing.T) {
	root, err := filepath.Abs("../../testdata/DBX202")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range lintertest.Scan(t, root, rule).Findings {
		if f.Path != "bad_shared_definition.sh" {
			continue
		}
		n++
		if len(f.Fixes) > 0 {
			t.Errorf("%d:%d: a fix edits a definition other code reads: %+v", f.Line, f.Col, f.Fixes)
		}
		if len(f.Related) == 0 {
			t.Errorf("%d:%d: no related location for the use", f.Line, f.Col)
		}
	}
	if n != 2 {
		t.Errorf("%d findings in bad_shared_definition.sh, want 2", n)
	}
}

// TestFixesEditOnlyTheirRange: every fix of every fixture changes the
// file only on the finding's own lines (the literal or key it reports, or
// the end of that parameter), and no two fixes touch the same bytes; with
// the goldens this proves the rest of each file is left as it was.
func TestFixesEditOnlyTheirRange(t *testing.T) {
	root, err := filepath.Abs("../../testdata/DBX202")
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		path       string
		start, end int
	}
	var edited []span
	for _, f := range lintertest.Scan(t, root, rule).Findings {
		for _, fix := range f.Fixes {
			for _, e := range fix.Edits {
				if e.Path != f.Path {
					t.Errorf("%s:%d: fix edits another file %s", f.Path, f.Line, e.Path)
				}
				if e.Line < f.Line || e.EndLine > f.EndLine {
					t.Errorf("%s:%d: fix edits line %d, outside the finding's lines %d..%d", f.Path, f.Line,
						e.Line, f.Line, f.EndLine)
				}
				for _, s := range edited {
					if s.path == e.Path && s.start < e.EndOffset && e.StartOffset < s.end {
						t.Errorf("%s:%d: two fixes edit %d..%d", f.Path, f.Line, e.StartOffset, e.EndOffset)
					}
				}
				edited = append(edited, span{e.Path, e.StartOffset, e.EndOffset})
			}
		}
	}
}
