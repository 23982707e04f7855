// Package config reads .bricklint.yaml, the per-repository configuration:
// rules on and off, severity overrides, excluded paths, the fail level and
// rule options (docs/design.md §6).
//
// The file is checked against an embedded JSON Schema, and every problem is
// reported as PATH:LINE:COL at the offending YAML node, because a
// configuration that is silently half-ignored is worse than none.
package config

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"
)

// FileNames are the names Find looks for, in order of preference.
var FileNames = []string{".bricklint.yaml", ".bricklint.yml"}

// maxFileSize bounds what Load reads: a configuration is a few hundred bytes,
// anything near this is a mistake (or a hostile file).
const maxFileSize = 1 << 20

// Config is a parsed, validated configuration. Rule IDs and names are kept as
// written; the caller resolves them against the rule catalog.
type Config struct {
	Path      string                       // the file read; "" when there is none
	Enable    []string                     // rule IDs or names; empty means all rules
	Disable   []string                     // rule IDs or names
	Severity  map[string]string            // rule ID or name -> "note" | "warning" | "error" | "none"
	Exclude   []string                     // doublestar globs, slash paths relative to the root
	FailLevel string                       // "" | "none" | "note" | "warning" | "error"
	Options   map[string]map[string]string // rule ID or name -> option name -> value as string
}

// Find returns the path of the configuration file in root, preferring
// .bricklint.yaml over .bricklint.yml.
func Find(root string) (string, bool) {
	for _, name := range FileNames {
		p := filepath.Join(root, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
	}
	return "", false
}

// Load reads, parses and validates the configuration at path. Problems in the
// file come back as Errors (one PATH:LINE:COL line each); an unreadable file
// gives the underlying error.
func Load(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read configuration: %w", err)
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read configuration: %w", err)
	}
	if len(src) > maxFileSize {
		return nil, Errors{{Path: path, Msg: fmt.Sprintf("configuration is larger than %d bytes", maxFileSize)}}
	}
	return parse(path, src)
}

// parse does Load's work on bytes already read.
func parse(path string, src []byte) (*Config, error) {
	root, err := decodeSingleDocument(path, src)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Path: path}
	if root == nil { // empty file, or only comments
		return cfg, nil
	}
	conv := converter{path: path}
	value := conv.value(root)
	if len(conv.errs) > 0 {
		return nil, conv.errs.sorted()
	}
	errs := validate(path, root, value)
	errs = append(errs, checkGlobs(path, root, value)...)
	if len(errs) > 0 {
		return nil, errs.sorted()
	}
	fill(cfg, value)
	return cfg, nil
}

// decodeSingleDocument parses src into the content node of its only YAML
// document; nil means the file holds no document.
func decodeSingleDocument(path string, src []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(strings.NewReader(string(src)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(path, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, syntaxError(path, err)
	default:
		return nil, Errors{at(path, &next, "only one YAML document is allowed")}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// syntaxError turns yaml.v3's "yaml: line N: msg" into PATH:N: msg.
func syntaxError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
	}
	return Errors{{Path: path, Line: line, Msg: "invalid YAML: " + msg}}
}

// checkGlobs reports exclude patterns doublestar cannot match with, such as
// an unclosed "[". The schema has already checked that they are strings.
func checkGlobs(path string, root *yaml.Node, value any) Errors {
	top, _ := value.(map[string]any)
	list, _ := top["exclude"].([]any)
	var errs Errors
	for i, item := range list {
		pattern, ok := item.(string)
		if !ok || doublestar.ValidatePattern(pattern) {
			continue
		}
		node, _ := lookup(root, []string{"exclude", fmt.Sprint(i)})
		errs = append(errs, at(path, node, fmt.Sprintf("exclude pattern %q is not a valid glob", pattern)))
	}
	return errs
}

// fill copies a value the schema has accepted into cfg.
func fill(cfg *Config, value any) {
	top, _ := value.(map[string]any)
	cfg.Enable = stringList(top["enable"])
	cfg.Disable = stringList(top["disable"])
	cfg.Exclude = stringList(top["exclude"])
	cfg.FailLevel, _ = top["fail-level"].(string)
	if sev, ok := top["severity"].(map[string]any); ok && len(sev) > 0 {
		cfg.Severity = map[string]string{}
		for rule, level := range sev {
			cfg.Severity[rule], _ = level.(string)
		}
	}
	if rules, ok := top["rules"].(map[string]any); ok && len(rules) > 0 {
		cfg.Options = map[string]map[string]string{}
		for rule, opts := range rules {
			m := map[string]string{}
			for name, v := range asMap(opts) {
				m[name] = fmt.Sprint(v) // string, json.Number or bool
			}
			cfg.Options[rule] = m
		}
	}
}

func stringList(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, item := range list {
		if s, ok := item.(string); ok {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// Excluded reports whether an exclude pattern covers rel, a slash-separated
// path relative to the scan root; a directory is passed with a trailing "/".
// A path is also excluded when one of its parent directories is, so files
// named directly (as pre-commit does) obey directory patterns such as
// "notebooks/scratch" or "**/fixtures/**". A pattern ending in "/" matches
// directories only.
func (c *Config) Excluded(rel string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	rel = strings.TrimPrefix(rel, "./")
	isDir := strings.HasSuffix(rel, "/")
	rel = strings.TrimSuffix(rel, "/")
	if rel == "" || rel == "." {
		return false // the root itself is never excluded
	}
	for i := 0; i < len(rel); i++ {
		if rel[i] == '/' && c.matches(rel[:i], true) {
			return true
		}
	}
	return c.matches(rel, isDir)
}

// matches reports whether any pattern matches name exactly.
func (c *Config) matches(name string, isDir bool) bool {
	for _, pattern := range c.Exclude {
		pattern = strings.TrimPrefix(strings.TrimPrefix(pattern, "./"), "/")
		dirOnly := strings.HasSuffix(pattern, "/")
		if dirOnly {
			if !isDir {
				continue
			}
			pattern = strings.TrimSuffix(pattern, "/")
		}
		// Patterns were validated by Load, so Match cannot fail here; an
		// unvalidated bad pattern simply matches nothing.
		if ok, _ := doublestar.Match(pattern, name); ok {
			return true
		}
	}
	return false
}

// Error is one problem in a configuration file.
type Error struct {
	Path      string
	Line, Col int // 1-based; 0 when unknown
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
}

// Errors are all the problems found in one file, one per line.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// sorted orders errors by position, as an editor lists them.
func (es Errors) sorted() Errors {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Msg < b.Msg
	})
	return es
}

// at makes an Error positioned at node (which may be nil).
func at(path string, node *yaml.Node, msg string) *Error {
	e := &Error{Path: path, Msg: msg}
	if node != nil {
		e.Line, e.Col = node.Line, node.Column
	}
	return e
}
