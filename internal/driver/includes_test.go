package driver

import (
	"fmt"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/internal/meta"
)

func reader(files map[string]string) func(string) ([]byte, bool) {
	return func(rel string) ([]byte, bool) {
		s, ok := files[rel]
		return []byte(s), ok
	}
}

func TestRunIncludes(t *testing.T) {
	nb := "# Databricks notebook source\n"
	files := map[string]string{
		"jobs/load.py":       nb + "# MAGIC %run ../lib/conf\n\n# COMMAND ----------\n\n# MAGIC %run ./helpers.py\n\n# COMMAND ----------\n\n# MAGIC %run /Shared/elsewhere\n\n# COMMAND ----------\n\n# MAGIC %run ../../outside\n",
		"jobs/helpers.py":    nb + "# MAGIC %run ./load\n", // a cycle back to the including notebook
		"lib/conf.py":        nb + "# MAGIC %run ./deeper/more\n",
		"lib/deeper/more.py": nb + "x = 1\n",
		"outside.py":         nb + "x = 2\n",
	}
	got, _ := includes("jobs/load.py", []byte(files["jobs/load.py"]), reader(files))
	want := []string{"lib/conf.py", "jobs/helpers.py", "lib/deeper/more.py"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("includes %v, want %v", got, want)
	}
}

func TestRunIncludesAreBounded(t *testing.T) {
	files := map[string]string{}
	for i := range 40 { // a chain longer than the depth bound
		files[fmt.Sprintf("nb/n%d.py", i)] = fmt.Sprintf("# Databricks notebook source\n# MAGIC %%run ./n%d\n", i+1)
	}
	got, _ := includes("nb/n0.py", []byte(files["nb/n0.py"]), reader(files))
	if len(got) != notebook.MaxRunDepth {
		t.Errorf("%d includes, want %d (one a level)", len(got), notebook.MaxRunDepth)
	}
}

// A literal in a %run notebook is reported where it is written when the
// including notebook uses it, and once although two notebooks include it.
func TestIncludedLiteralReportedOnce(t *testing.T) {
	nb := "# Databricks notebook source\n"
	use := "# MAGIC %run ../lib/conf\n\n# COMMAND ----------\n\nx = spark.read.format(\"jdbc\").option(\"password\", PW).load()\n"
	root := writeTree(t, map[string]string{
		"jobs/a.py":   nb + use,
		"jobs/b.py":   nb + use,
		"lib/conf.py": nb + "PW = \"BADSECRET1\"\n",
	})
	units := []Unit{{Files: []string{"jobs/a.py"}}, {Files: []string{"jobs/b.py"}}, {Files: []string{"lib/conf.py"}}}
	a := &analysis.Analyzer{Name: "DBX999", Doc: "test rule", Requires: []*analysis.Analyzer{extract.Analyzer}, Run: reportUsedLiteral}
	res := Run(Options{Root: root, Rules: []meta.Rule{{Meta: testMeta, Analyzer: a}}}, units)
	if len(res.Findings) != 1 || res.Findings[0].Path != "lib/conf.py" || res.FilesScanned != 3 {
		t.Errorf("findings %+v, files %d: want one in lib/conf.py", res.Findings, res.FilesScanned)
	}
}

// reportUsedLiteral reports a known password option at its literal, used here.
func reportUsedLiteral(pass *analysis.Pass) (any, error) {
	for _, f := range pass.ResultOf[extract.Analyzer].(*facts.Unit).Files {
		for _, p := range f.Pairs {
			if v := p.Value; p.Key == "password" && v.IsKnown() {
				pos, end := v.Span(0, len(v.Text()))
				pass.Report(analysis.Diagnostic{Pos: pos, End: end, Message: "bad value", Related: v.UsedHere(pos, end)})
			}
		}
	}
	return nil, nil
}
