package driver

import (
	"os"
	"path/filepath"
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
// input may crash an analyzer (the driver would report an internal error).
// Seeds are the example repository's files.
func FuzzPipeline(f *testing.F) {
	seeds, _ := filepath.Glob("../../examples/*/*")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(0))
		}
	}
	f.Add([]byte("# Databricks notebook source\n# MAGIC %sql\n# MAGIC SELECT '"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		done := make(chan *Result, 1)
		go func() {
			done <- Run(Options{
				Root:     "/nonexistent",
				Rules:    rules.All(),
				Jobs:     1,
				ReadFile: func(string) ([]byte, error) { return data, nil },
			}, []Unit{{Files: []string{name}}})
		}()
		var res *Result
		select {
		case res = <-done:
		case <-time.After(10 * time.Second):
			// Hostile input must not stall a scan (a pre-commit hook waits on it).
			t.Fatalf("%s: %d bytes took over 10 s", name, len(data))
		}
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
	})
}
