package notebook

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

func TestRunIncludesBindings(t *testing.T) {
	load := factstest.File("jobs/load.py", "# Databricks notebook source\n# MAGIC %run ../lib/conf\n\n# COMMAND ----------\n\nx = spark.read.format(\"jdbc\").option(\"password\", PW).load()\n")
	conf := factstest.File("lib/conf.py", "# Databricks notebook source\nPW = \"Conf-S3cret\"\n\n# COMMAND ----------\n\n# MAGIC %run ../jobs/load\n") // a cycle
	early := factstest.File("jobs/early.py", "# Databricks notebook source\ny = spark.read.format(\"jdbc\").option(\"password\", PW).load()\n\n# COMMAND ----------\n\n# MAGIC %run ../lib/conf\n")
	nb := factstest.File("jobs/nb.ipynb", `{"cells": [{"cell_type": "code", "source": ["%run ../lib/conf"]}, {"cell_type": "code", "source": ["z = spark.read.format(\"jdbc\").option(\"password\", PW).load()"]}], "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}`)
	str := factstest.File("jobs/str.ipynb", `{"cells": [{"cell_type": "code", "source": "%run ../lib/conf"}, {"cell_type": "code", "source": "z = spark.read.format(\"jdbc\").option(\"password\", PW).load()"}], "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}`)
	fset, unit := factstest.Run(t, Analyzer, load, conf, early, nb, str)
	password := func(path string) facts.Value {
		for _, f := range unit.Files {
			if f.Source.Path != path {
				continue
			}
			for _, p := range f.Pairs {
				if p.Key == "password" {
					return p.Value
				}
			}
		}
		t.Fatalf("%s: no password option", path)
		return facts.Value{}
	}
	for _, path := range []string{"jobs/load.py", "jobs/nb.ipynb", "jobs/str.ipynb"} {
		v := password(path)
		if !v.IsKnown() || v.Text() != "Conf-S3cret" || fset.Position(v.Parts[0].Pos).Filename != "lib/conf.py" {
			t.Errorf("%s: password %q from %v, want the literal in lib/conf.py", path, v.Text(), fset.Position(v.Parts[0].Pos))
		}
	}
	// Bindings are visible after the %run, not before it.
	if v := password("jobs/early.py"); v.IsKnown() {
		t.Errorf("jobs/early.py reads PW before its %%run: %q", v.Text())
	}
}

func TestResolveRun(t *testing.T) {
	files := map[string]bool{"lib/conf.py": true, "lib/conf.scala": true, "jobs/a.ipynb": true, "top.py": true}
	exists := func(p string) bool { return files[p] }
	for _, c := range []struct{ from, target, want string }{
		{"jobs/load.py", "../lib/conf", "lib/conf.py"},
		{"jobs/load.py", "../lib/conf.scala", "lib/conf.scala"},
		{"jobs/load.py", "./a", "jobs/a.ipynb"},
		{"jobs/load.py", "../top", "top.py"},
		{"jobs/load.py", "../../outside", ""},
		{"jobs/load.py", "/Shared/conf", ""},
		{"jobs/load.py", "./missing", ""},
	} {
		got, _ := ResolveRun(c.from, c.target, exists)
		if got != c.want {
			t.Errorf("%s %%run %s = %q, want %q", c.from, c.target, got, c.want)
		}
	}
}
