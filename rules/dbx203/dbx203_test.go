package dbx203_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/rules/dbx203"
	"github.com/bricklint/bricklint/rules/meta"
)

var rule = meta.Rule{Meta: dbx203.Meta, Analyzer: dbx203.Analyzer}

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX203", rule)
}

// TestMaxLifetimeOption lowers the maximum to 30 days, as
// `rules: {DBX203: {max-lifetime-days: 30}}` does, and checks that a 60-day
// token, fine under the default of 90, is then reported.
func TestMaxLifetimeOption(t *testing.T) {
	dir := t.TempDir()
	src := "resource \"databricks_token\" \"ci\" {\n  comment          = \"ci\"\n  lifetime_seconds = 60 * 24 * 60 * 60\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	flag := dbx203.Analyzer.Flags.Lookup("max-lifetime-days")
	if flag == nil || flag.DefValue != "90" {
		t.Fatalf("max-lifetime-days flag: %+v", flag)
	}
	if got := lintertest.Scan(t, dir, rule).Findings; len(got) != 0 {
		t.Fatalf("60 days under the default maximum: %d findings, want none", len(got))
	}

	if err := dbx203.Analyzer.Flags.Set("max-lifetime-days", "30"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dbx203.Analyzer.Flags.Set("max-lifetime-days", flag.DefValue) })
	got := lintertest.Scan(t, dir, rule).Findings
	if len(got) != 1 || got[0].Line != 3 || got[0].Col != 22 || !strings.Contains(got[0].Message, "60 days, above the 30-day maximum") {
		t.Fatalf("with max-lifetime-days 30: %+v", got)
	}

	for _, bad := range []string{"0", "731", "ninety", "-5"} {
		if err := dbx203.Analyzer.Flags.Set("max-lifetime-days", bad); err == nil {
			t.Errorf("max-lifetime-days %q accepted", bad)
		}
	}
}

// TestTruncatedInput runs the rule over prefixes of every fixture file: a
// file cut anywhere must never crash it.
func TestTruncatedInput(t *testing.T) {
	truncated(t, "../../testdata/DBX203")
}

// truncated scans prefixes of each fixture (about 200 cuts a file, through
// the driver's ReadFile hook) and fails on any internal error.
func truncated(t *testing.T, dir string) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".want") && !strings.HasSuffix(p, ".golden") {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	analysed := 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(name)
		step := max(1, len(src)/200)
		for n := 0; n < len(src); n += step {
			res := driver.Run(driver.Options{
				Root:     dir,
				Rules:    []meta.Rule{rule},
				ReadFile: func(string) ([]byte, error) { return src[:n], nil },
			}, []driver.Unit{{Files: []string{base}}})
			analysed += res.UnitsAnalysed
			for _, note := range res.Notifications {
				if strings.Contains(note.Message, "internal error") {
					t.Fatalf("%s cut at %d: %s", name, n, note.Message)
				}
			}
		}
	}
	if analysed == 0 {
		t.Fatal("the rule never ran: no prefix holds one of its keywords")
	}
}
