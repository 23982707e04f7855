// Package suppress reads inline suppression comments:
//
//	password = "…"  # bricklint:ignore DBX101 -- test fixture, not a real account
//
// A directive sits in a comment on the finding's line or alone on the line
// above; it names rules by ID or name (comma-separated) and must give a reason
// after "--". It works in every comment syntax bricklint reads (#, //, --, /*,
// ;), so Python, Scala, SQL, R, shell, HCL, YAML and INI files share it.
package suppress

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/bricklint/bricklint/internal/meta"
)

// Directive is one parsed bricklint:ignore comment.
type Directive struct {
	Path   string
	Line   int
	Rules  []string // as written: IDs or names
	Reason string
}

// Key identifies a directive for the unused-directive audit.
type Key struct {
	Path string
	Line int
}

// Key returns the directive's identity.
func (d *Directive) Key() Key { return Key{d.Path, d.Line} }

const marker = "bricklint:ignore"

// directiveRE finds a directive after a comment opener. Group 1: the rule
// list; group 2: the reason, if any.
var directiveRE = regexp.MustCompile(`(?:#|//|--|/\*|;|<!--)\s*bricklint:ignore\b([^\r\n]*?)(?:\s+--\s*([^\r\n]*?))?\s*(?:\*/|-->)?\s*$`)

// parseLine returns the directive on a line, if any.
func parseLine(line []byte) (rules []string, reason string, ok bool) {
	if !bytes.Contains(line, []byte(marker)) {
		return nil, "", false
	}
	m := directiveRE.FindSubmatch(line)
	if m == nil {
		return nil, "", false
	}
	for _, r := range strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		rules = append(rules, r)
	}
	return rules, strings.TrimSpace(string(m[2])), true
}

// lines splits src into lines without their terminators.
func lineAt(src []byte, n int) []byte {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return nil
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return bytes.TrimSuffix(src, []byte("\r"))
}

// Find returns the directive that suppresses a finding of rule (id, name) on
// line of path, or nil. A directive without a reason suppresses nothing (the
// audit reports it).
func Find(path string, src []byte, line int, id, name string) *Directive {
	if !bytes.Contains(src, []byte(marker)) {
		return nil // fast path: no directive anywhere in the file
	}
	for _, l := range []int{line, line - 1} {
		if l < 1 {
			continue
		}
		text := lineAt(src, l)
		rules, reason, ok := parseLine(text)
		if !ok || reason == "" {
			continue
		}
		if l == line-1 && !commentOnly(text) {
			continue // a directive at the end of a code line covers only that line
		}
		for _, r := range rules {
			if strings.EqualFold(r, id) || strings.EqualFold(r, name) {
				return &Directive{Path: path, Line: l, Rules: rules, Reason: reason}
			}
		}
	}
	return nil
}

// commentOnly reports whether a line holds nothing but a comment.
func commentOnly(line []byte) bool {
	t := bytes.TrimSpace(line)
	for _, p := range []string{"#", "//", "--", "/*", ";", "<!--"} {
		if bytes.HasPrefix(t, []byte(p)) {
			return true
		}
	}
	return false
}

// Problem is a malformed or unused directive.
type Problem struct {
	Level   meta.Severity
	Path    string
	Line    int
	Message string
}

// Audit checks every directive in the files: it must give a reason, name
// known rules, and (for enabled rules) suppress something.
func Audit(paths []string, contents map[string][]byte, known func(string) (string, bool), enabled func(string) bool, used map[Key]bool) []Problem {
	var out []Problem
	for _, p := range paths {
		src := contents[p]
		if !bytes.Contains(src, []byte(marker)) {
			continue
		}
		for i, line := range bytes.Split(src, []byte("\n")) {
			rules, reason, ok := parseLine(line)
			if !ok {
				continue
			}
			n := i + 1
			if len(rules) == 0 {
				out = append(out, Problem{meta.Warning, p, n, "bricklint:ignore names no rule; write e.g. `bricklint:ignore DBX101 -- reason`"})
				continue
			}
			if reason == "" {
				out = append(out, Problem{meta.Warning, p, n, "bricklint:ignore needs a reason after `--`; the finding is not suppressed"})
				continue
			}
			anyEnabled := false
			for _, r := range rules {
				id, ok := known(r)
				if !ok {
					out = append(out, Problem{meta.Warning, p, n, fmt.Sprintf("bricklint:ignore names unknown rule %q", r)})
					continue
				}
				if enabled == nil || enabled(id) {
					anyEnabled = true
				}
			}
			if anyEnabled && !used[Key{p, n}] {
				out = append(out, Problem{meta.Note, p, n, "bricklint:ignore suppresses nothing; remove it"})
			}
		}
	}
	return out
}
