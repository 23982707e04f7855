package notebook

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

// fuzzNames are the notebook kinds fuzzed: a source notebook in each
// language, and .ipynb.
var fuzzNames = []string{"n.py", "n.scala", "n.sql", "n.r", "n.ipynb", "s.sh"}

// FuzzNotebook checks that no input crashes the notebook front-end (cell
// splitting, magics, .ipynb decoding, every language's extractor), that
// every fact's span lies in the file and that the same bytes give the same
// facts twice. Seeds are this package's and the rules' notebook fixtures.
func FuzzNotebook(f *testing.F) {
	var seeds []factstest.Seed
	paths, _ := filepath.Glob("testdata/*")
	more, _ := filepath.Glob("../../testdata/DBX*/*")
	for _, p := range append(paths, more...) {
		kind := "n" + filepath.Ext(p)
		if filepath.Ext(p) == ".sh" {
			kind = "s.sh"
		}
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, factstest.Seed{Name: kind, Src: b})
		}
	}
	seeds = append(seeds,
		factstest.Seed{Name: "n.py", Src: []byte("# Databricks notebook source\n# MAGIC %sql\n# MAGIC SELECT '")},
		factstest.Seed{Name: "n.ipynb", Src: []byte(`{"cells":[{"cell_type":"code","source":["%scala\n","val p = \"x\""]}],"metadata":{}}`)})
	factstest.FuzzUnit(f, Analyzer, fuzzNames, seeds)
}
