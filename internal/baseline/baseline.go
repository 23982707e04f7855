// Package baseline records the findings a repository already has, so that
// bricklint can be adopted without fixing everything first:
// `--write-baseline FILE` records them, `--baseline FILE` hides them.
//
// A finding matches a recorded one by rule, path and fingerprint. The
// fingerprint hashes the redacted line text, not the line number, so a
// finding survives code being added above it, and a new finding on a
// different line (or a second copy of the same line) does not match.
//
// The file never holds source text: only rule IDs, paths, fingerprints and
// messages, which the rules already redact.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// Version is the file format version this package reads and writes.
const Version = 1

const tool = "bricklint"

// Entry is what a baseline records about one finding. The CLI fills it from
// driver.Finding: Rule.ID, Path, Fingerprint, Message.
type Entry struct {
	Rule        string `json:"rule"`        // rule ID, e.g. DBX101
	Path        string `json:"path"`        // slash-separated, relative to the scan root
	Fingerprint string `json:"fingerprint"` // "<16 hex>:<n>", see driver.Finding.Fingerprint
	Message     string `json:"message"`     // for people reviewing the file; not matched
}

type key struct{ rule, path, fingerprint string }

func (e Entry) key() key { return key{e.Rule, e.Path, e.Fingerprint} }

// file is the JSON document.
type file struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Baseline is a loaded baseline file.
type Baseline struct {
	Path    string
	entries map[key]bool
}

// Write records entries in path, replacing the file atomically. The output
// is sorted by path, rule and fingerprint, and duplicates are dropped, so the
// same findings always give the same bytes (and small diffs in review).
func Write(path string, entries []Entry) error {
	doc := file{Version: Version, Tool: tool, Findings: make([]Entry, 0, len(entries))}
	seen := map[key]bool{}
	for _, e := range entries {
		if !seen[e.key()] {
			seen[e.key()] = true
			doc.Findings = append(doc.Findings, e)
		}
	}
	sort.Slice(doc.Findings, func(i, j int) bool {
		a, b := doc.Findings[i], doc.Findings[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // keep "<" and "&" in messages readable
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return writeAtomic(path, buf.Bytes())
}

// writeAtomic writes through a temporary file in the same directory, so an
// interrupted run never leaves a truncated baseline behind.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".bricklint-baseline-*")
	if err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// Load reads a baseline written by Write.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("baseline %s does not exist (create it with --write-baseline %s): %w", path, path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	var doc file
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not a valid baseline: %s", position(path, data, err), jsonProblem(err))
	}
	switch {
	case doc.Tool != tool:
		return nil, fmt.Errorf("%s: not a bricklint baseline (tool is %q, want %q)", path, doc.Tool, tool)
	case doc.Version != Version:
		return nil, fmt.Errorf("%s: baseline version %d is not supported (this bricklint reads version %d)", path, doc.Version, Version)
	}
	b := &Baseline{Path: path, entries: make(map[key]bool, len(doc.Findings))}
	for i, e := range doc.Findings {
		if e.Rule == "" || e.Path == "" || e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d needs rule, path and fingerprint", path, i+1)
		}
		b.entries[e.key()] = true
	}
	return b, nil
}

// Contains reports whether the baseline records a finding with the same rule,
// path and fingerprint. A nil Baseline contains nothing.
func (b *Baseline) Contains(e Entry) bool {
	return b != nil && b.entries[e.key()]
}

// Len is the number of recorded findings.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.entries)
}

// position locates a JSON decoding error as PATH:LINE:COL when the decoder
// reports an offset.
func position(path string, data []byte, err error) string {
	var offset int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	}
	if offset < 0 || offset > int64(len(data)) {
		return path
	}
	// Offset counts the bytes read, including the offending one.
	before := data[:max(offset-1, 0)]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%s:%d:%d", path, line, col)
}

// jsonProblem words a decoding error without Go type names.
func jsonProblem(err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := typ.Field
		if field == "" {
			field = "the document"
		}
		return fmt.Sprintf("%s has the wrong type (%s)", field, typ.Value)
	}
	return err.Error()
}
