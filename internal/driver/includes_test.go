package driver

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bricklint/bricklint/analyzers/notebook"
)

func TestRunIncludes(t *testing.T) {
	nb := "# Databricks notebook source\n"
	root := writeTree(t, map[string]string{
		"jobs/load.py":       nb + "# MAGIC %run ../lib/conf\n\n# COMMAND ----------\n\n# MAGIC %run ./helpers.py\n\n# COMMAND ----------\n\n# MAGIC %run /Shared/elsewhere\n\n# COMMAND ----------\n\n# MAGIC %run ../../outside\n",
		"jobs/helpers.py":    nb + "# MAGIC %run ./load\n", // a cycle back to the including notebook
		"lib/conf.py":        nb + "# MAGIC %run ./deeper/more\n",
		"lib/deeper/more.py": nb + "x = 1\n",
		"outside.py":         nb + "x = 2\n",
	})
	w := &Walker{Root: root}
	d, err := w.Discover([]string{filepath.Join(root, "jobs/load.py")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"lib/conf.py", "jobs/helpers.py", "lib/deeper/more.py"}
	if len(d.Units) != 1 || !reflect.DeepEqual(d.Units[0].Includes, want) {
		t.Fatalf("units %+v, want jobs/load.py including %v", d.Units, want)
	}
}

func TestRunIncludesAreBounded(t *testing.T) {
	files := map[string]string{}
	const n = 40 // a chain longer than the depth bound
	for i := range n {
		files[filepath.Join("nb", itoa(i)+".py")] = "# Databricks notebook source\n# MAGIC %run ./" + itoa(i+1) + "\n"
	}
	root := writeTree(t, files)
	w := &Walker{Root: root}
	d, err := w.Discover([]string{filepath.Join(root, "nb", itoa(0)+".py")})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Units[0].Includes); got != notebook.MaxRunDepth {
		t.Errorf("%d includes, want %d (one a level)", got, notebook.MaxRunDepth)
	}
}

func itoa(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }
