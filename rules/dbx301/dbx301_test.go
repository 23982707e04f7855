package dbx301_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/rules/dbx301"
	"github.com/bricklint/bricklint/rules/meta"
)

var rule = meta.Rule{Meta: dbx301.Meta, Analyzer: dbx301.Analyzer}

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX301", rule)
}

// TestTruncatedInput runs the rule over prefixes of every fixture file: a
// file cut anywhere must never crash it.
func TestTruncatedInput(t *testing.T) {
	truncated(t, "../../testdata/DBX301")
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
