// Package history scans the commits of a git repository: each commit's
// changed files are analysed as they were in that commit, with their units
// (a notebook's %run includes, a Terraform module's other files) read from
// the same commit, and a finding is reported for the commit that added its
// line. It drives the real git binary, streamed (git log --raw -z, git
// cat-file --batch, git ls-tree -z), as fast history scanners do, and parses
// only git's documented machine-readable output, never git objects.
package history

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/bricklint/bricklint/internal/driver"
)

// logFormat starts every commit with \x01 and its fields separated by NUL;
// %s (the subject) and the author fields never hold NUL or a newline.
const logFormat = "format:\x01%H%x00%P%x00%an%x00%ae%x00%aI%x00%s%x00"

// Change is one entry of a commit's raw diff against its first parent.
type Change struct {
	OldMode, NewMode string
	OldBlob, NewBlob string
	Status           byte   // A, M, D, R, C, T (git diff --raw)
	OldPath          string // the source of a rename or copy; empty otherwise
	Path             string
}

// Commit is one commit of the log with what it changed.
type Commit struct {
	driver.Commit
	Parents []string
	Changes []Change
}

// ParseLog reads `git log -z --raw --no-abbrev` output written with
// logFormat and calls fn for each commit, in the order git wrote them.
func ParseLog(r io.Reader, fn func(*Commit) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	next := func() (string, error) {
		b, err := br.ReadSlice(0)
		if err == bufio.ErrBufferFull { // a very long path or subject
			rest, err2 := br.ReadBytes(0)
			b, err = append(append([]byte(nil), b...), rest...), err2
		}
		if err == io.EOF && len(b) > 0 {
			return string(b), nil
		}
		if err != nil {
			return "", err
		}
		return string(b[:len(b)-1]), nil
	}
	var cur *Commit
	flush := func() error {
		if cur == nil {
			return nil
		}
		c := cur
		cur = nil
		return fn(c)
	}
	for {
		tok, err := next()
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return err
		}
		tok = strings.TrimLeft(tok, "\n")
		switch {
		case tok == "":
			continue
		case tok[0] == '\x01':
			if err := flush(); err != nil {
				return err
			}
			var f [5]string
			for i := range f {
				if f[i], err = next(); err != nil {
					return fmt.Errorf("git log: truncated commit header")
				}
			}
			sha := tok[1:]
			if !isHex(sha) {
				return fmt.Errorf("git log: bad commit id %q", short(sha))
			}
			cur = &Commit{Commit: driver.Commit{SHA: sha, Author: f[1], Email: f[2], Date: f[3], Subject: f[4]},
				Parents: strings.Fields(f[0])}
		case tok[0] == ':':
			if cur == nil {
				return fmt.Errorf("git log: diff entry before any commit")
			}
			ch, err := parseRaw(tok[1:])
			if err != nil {
				return err
			}
			if ch.Path, err = next(); err != nil || ch.Path == "" {
				return fmt.Errorf("git log: diff entry without a path")
			}
			if ch.Status == 'R' || ch.Status == 'C' {
				ch.OldPath = ch.Path
				if ch.Path, err = next(); err != nil || ch.Path == "" {
					return fmt.Errorf("git log: rename without a destination")
				}
			}
			cur.Changes = append(cur.Changes, ch)
		default:
			return fmt.Errorf("git log: unexpected output %q", short(tok))
		}
	}
}

// parseRaw reads "100644 100644 <old> <new> M" (the part after the colon).
func parseRaw(s string) (Change, error) {
	f := strings.Fields(s)
	if len(f) != 5 || !isHex(f[2]) || !isHex(f[3]) || f[4] == "" {
		return Change{}, fmt.Errorf("git log: bad diff entry %q", short(s))
	}
	return Change{OldMode: f[0], NewMode: f[1], OldBlob: f[2], NewBlob: f[3], Status: f[4][0]}, nil
}

func isHex(s string) bool {
	if len(s) < 4 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func short(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// zeroID reports an all-zero object id: the missing side of an addition.
func zeroID(id string) bool { return strings.Trim(id, "0") == "" }

// addedLines returns the 1-based lines of new whose content (spaces
// trimmed) old does not hold as often: the lines a commit added. A line that
// only moved, or was re-indented, is not added, so its finding stays with
// the commit that first wrote it.
func addedLines(old, new []byte) map[int]bool {
	have := map[string]int{}
	for _, l := range bytes.Split(old, []byte{'\n'}) {
		have[string(bytes.TrimSpace(l))]++
	}
	out := map[int]bool{}
	for i, l := range bytes.Split(new, []byte{'\n'}) {
		k := string(bytes.TrimSpace(l))
		if have[k] > 0 {
			have[k]--
			continue
		}
		out[i+1] = true
	}
	return out
}

// commentPrefixes are the line comments of a file, by extension; formats
// without line comments (JSON, .ipynb, archives) have none.
func commentPrefixes(rel string) []string {
	switch strings.ToLower(path.Ext(rel)) {
	case ".sql":
		return []string{"--"}
	case ".scala":
		return []string{"//"}
	case ".tf", ".tfvars", ".hcl":
		return []string{"#", "//"}
	case ".json", ".ipynb", ".dbc", ".zip":
		return nil
	}
	return []string{"#"}
}

// inert reports whether an added line cannot carry a finding or change one:
// blank, or a plain comment with none of the enabled rules' keywords (a
// comment that holds a token has its keyword). Notebook structure (MAGIC,
// COMMAND, the source header, DBTITLE), shebangs and suppression comments
// are not plain comments. keywords are lower case.
func inert(line []byte, prefixes []string, keywords []string) bool {
	l := bytes.TrimSpace(line)
	if len(l) == 0 {
		return true
	}
	for _, p := range prefixes {
		if !bytes.HasPrefix(l, []byte(p)) || bytes.HasPrefix(l, []byte("#!")) {
			continue
		}
		rest := bytes.TrimSpace(l[len(p):])
		for _, s := range []string{"MAGIC", "COMMAND", "DBTITLE", "Databricks notebook source"} {
			if bytes.HasPrefix(rest, []byte(s)) {
				return false
			}
		}
		lower := bytes.ToLower(rest)
		if bytes.Contains(lower, []byte("bricklint")) {
			return false
		}
		for _, k := range keywords {
			if bytes.Contains(lower, []byte(k)) {
				return false
			}
		}
		return true
	}
	return false
}

// onlyInert reports whether every line of new that old does not hold is inert.
func onlyInert(old, new []byte, rel string, keywords []string) bool {
	prefixes := commentPrefixes(rel)
	lines := bytes.Split(new, []byte{'\n'})
	for l := range addedLines(old, new) {
		if !inert(lines[l-1], prefixes, keywords) {
			return false
		}
	}
	return true
}
