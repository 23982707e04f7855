package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/rules"
)

// fuzzNames are the file kinds the whole pipeline is fuzzed as: every
// front-end, then every rule, on the same bytes.
var fuzzNames = []string{
	"n.py", "n.scala", "n.sql", "n.r", "s.sh", "n.ipynb", "job.json", "main.tf", "main.tf.json",
	"terraform.tfvars", "databricks.yml", ".databrickscfg", ".env",
}

// FuzzPipeline feeds arbitrary bytes to every front-end and every rule: no
// input may crash an analyzer (the driver would report an internal error),
// stall the scan, put a finding outside the file, give different results
// twice, or show a reported secret in full in an excerpt or a message.
// Seeds are the example repository's files and the rules' fixtures.
func FuzzPipeline(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"../../examples/*/*", "../../testdata/DBX*/*", "../../testdata/DBX*/*/*"} {
		paths, _ := filepath.Glob(pattern)
		seeds = append(seeds, paths...)
	}
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, seedKind(p))
		}
	}
	f.Add([]byte("# Databricks notebook source\n# MAGIC %sql\n# MAGIC SELECT '"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		scan := func() *Result {
			done := make(chan *Result, 1)
			go func() {
				done <- Run(Options{
					Root:     "/nonexistent",
					Rules:    rules.All(),
					Jobs:     1,
					ReadFile: func(string) ([]byte, error) { return data, nil },
				}, []Unit{{Files: []string{name}}})
			}()
			select {
			case res := <-done:
				return res
			case <-time.After(10 * time.Second):
				// Hostile input must not stall a scan (a pre-commit hook waits on it).
				t.Fatalf("%s: %d bytes took over 10 s", name, len(data))
			}
			return nil
		}
		res := scan()
		for _, n := range res.Notifications {
			if strings.Contains(n.Message, "internal error") {
				t.Fatalf("%s: %s", name, n.Message)
			}
		}
		for _, fd := range res.Findings {
			if fd.StartOffset > len(data) || fd.EndOffset > len(data) || fd.StartOffset > fd.EndOffset {
				t.Fatalf("%s: %s finding at %d-%d of %d bytes", name, fd.Rule.ID, fd.StartOffset, fd.EndOffset, len(data))
			}
		}
		checkRedacted(t, name, data, res.Findings)
		if again := scan(); !reflect.DeepEqual(res, again) {
			t.Fatalf("%s: the same input gave different results", name)
		}
	})
}

// checkRedacted fails when a secret that a finding reports (12 bytes or
// more, on one line) appears in full in that finding's message or in the
// excerpt of any finding of that line.
func checkRedacted(t *testing.T, name string, data []byte, fs []Finding) {
	for _, s := range fs {
		if !s.Rule.Secret || s.EndOffset-s.StartOffset < 12 || s.Line != s.EndLine {
			continue
		}
		text := string(data[s.StartOffset:s.EndOffset])
		if strings.Contains(s.Message, text) {
			t.Fatalf("%s: %s message shows the secret %q: %s", name, s.Rule.ID, text, s.Message)
		}
		for _, f := range fs {
			if f.Path == s.Path && f.Line == s.Line && strings.Contains(f.Excerpt, text) {
				t.Fatalf("%s: %s excerpt shows the secret %q that %s reports: %s", name, f.Rule.ID, text, s.Rule.ID, f.Excerpt)
			}
		}
	}
}

// seedKind is the index in fuzzNames of the kind a fixture's name says.
func seedKind(path string) uint8 {
	base := filepath.Base(path)
	for i, n := range fuzzNames {
		if strings.HasSuffix(base, strings.TrimPrefix(n, "n")) || base == n {
			return uint8(i)
		}
	}
	switch {
	case strings.HasSuffix(base, ".R"):
		return seedKind("x.r")
	case strings.HasSuffix(base, ".yaml"), strings.HasSuffix(base, ".yml"):
		return seedKind("databricks.yml")
	case strings.HasSuffix(base, ".tfvars"):
		return seedKind("terraform.tfvars")
	}
	return 0
}
