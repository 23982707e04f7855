package history

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzParseLog feeds the git log reader arbitrary output: it must never
// panic, must give the same commits twice, and every commit and change it
// returns must be well formed (hex ids, a path for each change).
func FuzzParseLog(f *testing.F) {
	sha := strings.Repeat("3b", 20)
	blob := strings.Repeat("a1", 20)
	zero := strings.Repeat("0", 40)
	f.Add([]byte("\x01" + sha + "\x00\x00Dana\x00dana@example.com\x002025-03-01T10:00:00Z\x00first\x00\x00\n" +
		":000000 100644 " + zero + " " + blob + " A\x00notebooks/etl.py\x00"))
	f.Add([]byte("\x01" + sha + "\x00" + sha + " " + sha + "\x00A\x00a@b\x00d\x00Merge\x00\x00\n" +
		":100644 100644 " + blob + " " + blob + " R100\x00old name.py\x00new name.py\x00" +
		":160000 160000 " + blob + " " + blob + " M\x00vendor/lib\x00"))
	f.Add([]byte("\x01" + sha + "\x00"))
	f.Add([]byte(":100644"))
	f.Fuzz(func(t *testing.T, data []byte) {
		parse := func() ([]*Commit, error) {
			var out []*Commit
			err := ParseLog(bytes.NewReader(data), func(c *Commit) error { out = append(out, c); return nil })
			return out, err
		}
		a, errA := parse()
		b, errB := parse()
		if (errA == nil) != (errB == nil) || !reflect.DeepEqual(a, b) {
			t.Fatalf("two parses differ")
		}
		for _, c := range a {
			if !isHex(c.SHA) {
				t.Fatalf("commit id %q", c.SHA)
			}
			for _, ch := range c.Changes {
				if !isHex(ch.OldBlob) || !isHex(ch.NewBlob) || ch.Status == 0 {
					t.Fatalf("change %+v", ch)
				}
				if ch.Path == "" || (ch.Status == 'R' || ch.Status == 'C') != (ch.OldPath != "") {
					t.Fatalf("paths of %+v", ch)
				}
			}
		}
	})
}

// FuzzAddedLines checks that the added lines of a commit are lines of the
// new content, and that content compared with itself added nothing.
func FuzzAddedLines(f *testing.F) {
	f.Add([]byte("a\nb\n"), []byte("b\na\nc\n"))
	f.Add([]byte(""), []byte("x = 1\n"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		n := bytes.Count(new, []byte{'\n'}) + 1
		for l := range addedLines(old, new) {
			if l < 1 || l > n {
				t.Fatalf("line %d of %d", l, n)
			}
		}
		if len(addedLines(new, new)) != 0 {
			t.Fatalf("content adds lines to itself")
		}
	})
}

func TestInertLines(t *testing.T) {
	kw := []string{"password", "dapi", "token"}
	for _, c := range []struct {
		line, file string
		want       bool
	}{
		{"", "nb.py", true},
		{"   # reviewed with the data owners", "nb.py", true},
		{"-- refreshed nightly", "q.sql", true},
		{"// schema v2", "Job.scala", true},
		{"# reviewed", "job.json", false},                    // JSON has no comments
		{"-- refreshed nightly", "nb.py", false},             // not a Python comment
		{"# the warehouse Password rotates", "nb.py", false}, // a keyword
		{"# old token dapi0123456789abcdef0123456789abcdef", "nb.py", false},
		{"# MAGIC %run ../lib/pg_conf", "nb.py", false},
		{"# COMMAND ----------", "nb.py", false},
		{"# Databricks notebook source", "nb.py", false},
		{"#!/bin/bash", "deploy", false},
		{`pw = "Autumn-1!"  # temporary`, "nb.py", false},
		{"x = 1  # bricklint:ignore DBX101 -- sandbox", "nb.py", false},
		{"# bricklint:ignore-file", "nb.py", false},
	} {
		if got := inert([]byte(c.line), commentPrefixes(c.file), kw); got != c.want {
			t.Errorf("inert(%q in %s) = %v, want %v", c.line, c.file, got, c.want)
		}
	}
}
