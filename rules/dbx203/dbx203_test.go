package dbx203_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx203"
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
