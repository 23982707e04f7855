// Package lintertest runs a rule over fixture files whose expected findings
// are written in the fixtures themselves, the way go/analysis's analysistest
// does for Go (which cannot load notebooks or Terraform):
//
//	.option("password", "Winter2024!")  # want DBX101 `literal password`
//
// A "want" after any comment opener (#, //, --, ;) on a line expects one
// finding per pattern on that line: an optional rule ID, then a regexp in
// double quotes or backquotes matched against the message. Formats without
// comments (JSON, .ipynb) use a sidecar FILE.want with lines `LINE pattern...`.
// "todo-want" records a known miss: it must not be found (when it is, promote
// it). The test fails on every missing and every unexpected finding.
//
// Files named bad_* must expect at least one finding and files named good_*
// none; FILE.golden holds FILE after applying every suggested fix. Every
// prefix of every fixture is scanned too, and must not crash anything.
package lintertest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// expectation is one wanted finding.
type expectation struct {
	file string
	line int
	rule string // empty: any rule under test
	re   *regexp.Regexp
	todo bool
	met  bool
}

var (
	ruleIDRE  = regexp.MustCompile(`^DBX\d{3}$`)
	wantRE    = regexp.MustCompile(`(?:#|//|--|;)\s*(todo-want|want)\s+(.*)$`)
	patternRE = regexp.MustCompile("^\\s*(?:([A-Z]{3}[0-9]{3})\\s+)?(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")
)

// Run scans dir (a rule's fixture folder) with the given rules and checks
// the findings against the expectations in the fixtures.
func Run(t *testing.T, dir string, rules ...meta.Rule) {
	t.Helper()
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	root, err = filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	res := Scan(t, root, rules...)

	exps, files := expectations(t, root)
	if len(files) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	checkNaming(t, exps, files)

	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue // suppressed in the fixture on purpose
		}
		if !claim(exps, f) {
			t.Errorf("%s:%d:%d: unexpected finding: %s %s", f.Path, f.Line, f.Col, f.Rule.ID, f.Message)
		}
	}
	for _, e := range exps {
		if !e.met && !e.todo {
			t.Errorf("%s:%d: no finding matching %s %q", e.file, e.line, e.rule, e.re)
		}
		if e.met && e.todo {
			t.Errorf("%s:%d: todo-want %q is found now: make it a want", e.file, e.line, e.re)
		}
	}
	checkGoldens(t, root, res)
	truncated(t, root, rules)
}

// truncated runs the rules over about 200 prefixes of every fixture file
// (through the driver's ReadFile hook): a file cut anywhere must never make a
// front-end or a rule crash, which the driver reports as an internal error.
func truncated(t *testing.T, root string, rules []meta.Rule) {
	t.Helper()
	var names []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".want") && !strings.HasSuffix(p, ".golden") {
			rel, _ := filepath.Rel(root, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		step := max(1, len(src)/200)
		for n := 0; n < len(src); n += step {
			res := driver.Run(driver.Options{
				Root:     root,
				Rules:    rules,
				Jobs:     1,
				ReadFile: func(string) ([]byte, error) { return src[:n], nil },
			}, []driver.Unit{{Files: []string{name}}})
			for _, note := range res.Notifications {
				if strings.Contains(note.Message, "internal error") {
					t.Fatalf("%s cut at byte %d: %s", name, n, note.Message)
				}
			}
		}
	}
}

// Scan runs the rules over every fixture under root.
func Scan(t *testing.T, root string, rules ...meta.Rule) *driver.Result {
	t.Helper()
	w := &driver.Walker{Root: root, MaxFileSize: 8 << 20}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, r := range rules {
		known[strings.ToLower(r.Meta.ID)] = r.Meta.ID
		known[strings.ToLower(r.Meta.Name)] = r.Meta.ID
	}
	return driver.Run(driver.Options{
		Root:  root,
		Rules: rules,
		Jobs:  2,
		KnownRule: func(s string) (string, bool) {
			// Other rules' IDs are known too: a fixture may suppress them.
			id, ok := known[strings.ToLower(s)]
			return id, ok || ruleIDRE.MatchString(s)
		},
	}, d.Units)
}

func claim(exps []*expectation, f driver.Finding) bool {
	for _, e := range exps {
		if e.met || e.file != f.Path || e.line != f.Line {
			continue
		}
		if e.rule != "" && e.rule != f.Rule.ID {
			continue
		}
		if e.re.MatchString(f.Message) {
			e.met = true
			return true
		}
	}
	return false
}

// expectations reads want comments and .want sidecars below root.
func expectations(t *testing.T, root string) ([]*expectation, []string) {
	t.Helper()
	var exps []*expectation
	var files []string
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(rel, ".golden") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasSuffix(rel, ".want") {
			exps = append(exps, sidecar(t, strings.TrimSuffix(rel, ".want"), b)...)
			return nil
		}
		files = append(files, rel)
		for i, line := range strings.Split(string(b), "\n") {
			m := wantRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			exps = append(exps, patterns(t, rel, i+1, m[1] == "todo-want", m[2])...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return exps, files
}

// sidecar reads FILE.want: one line per expected line, `LINE pattern...`.
func sidecar(t *testing.T, file string, b []byte) []*expectation {
	var exps []*expectation
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		todo := false
		if rest, ok := strings.CutPrefix(line, "todo "); ok {
			todo, line = true, rest
		}
		num, rest, _ := strings.Cut(line, " ")
		n, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("%s.want:%d: want `LINE pattern`, got %q", file, i+1, line)
		}
		exps = append(exps, patterns(t, file, n, todo, rest)...)
	}
	return exps
}

func patterns(t *testing.T, file string, line int, todo bool, s string) []*expectation {
	var exps []*expectation
	for strings.TrimSpace(s) != "" {
		m := patternRE.FindStringSubmatchIndex(s)
		if m == nil {
			t.Fatalf("%s:%d: malformed want pattern %q", file, line, s)
		}
		rule := ""
		if m[2] >= 0 {
			rule = s[m[2]:m[3]]
		}
		lit := s[m[4]:m[5]]
		var src string
		if lit[0] == '`' {
			src = lit[1 : len(lit)-1]
		} else {
			var err error
			if src, err = strconv.Unquote(lit); err != nil {
				t.Fatalf("%s:%d: %v", file, line, err)
			}
		}
		re, err := regexp.Compile(src)
		if err != nil {
			t.Fatalf("%s:%d: %v", file, line, err)
		}
		exps = append(exps, &expectation{file: file, line: line, rule: rule, re: re, todo: todo})
		s = s[m[1]:]
	}
	return exps
}

// checkNaming makes the fixture names honest: a bad_* fixture (a file, or a
// Terraform module directory) expects findings, a good_* fixture none.
func checkNaming(t *testing.T, exps []*expectation, files []string) {
	fixture := func(f string) string { first, _, _ := strings.Cut(f, "/"); return first }
	wants := map[string]int{}
	for _, e := range exps {
		if !e.todo {
			wants[fixture(e.file)]++
		}
	}
	seen := map[string]bool{}
	for _, f := range files {
		name := fixture(f)
		if seen[name] {
			continue
		}
		seen[name] = true
		switch {
		case strings.HasPrefix(name, "bad_") && wants[name] == 0:
			t.Errorf("%s: a bad_ fixture expects no finding", name)
		case strings.HasPrefix(name, "good_") && wants[name] > 0:
			t.Errorf("%s: a good_ fixture expects %d findings", name, wants[name])
		}
	}
}

// checkGoldens applies every fix to each file that has a .golden twin.
func checkGoldens(t *testing.T, root string, res *driver.Result) {
	edits := map[string][]driver.Edit{}
	for _, f := range res.Findings {
		for _, fix := range f.Fixes {
			for _, e := range fix.Edits {
				edits[e.Path] = append(edits[e.Path], e)
			}
		}
	}
	matches, _ := filepath.Glob(filepath.Join(root, "*.golden"))
	sub, _ := filepath.Glob(filepath.Join(root, "*", "*.golden"))
	for _, g := range append(matches, sub...) {
		rel, _ := filepath.Rel(root, strings.TrimSuffix(g, ".golden"))
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Errorf("%s: golden without its fixture: %v", g, err)
			continue
		}
		want, _ := os.ReadFile(g)
		got, err := driver.ApplyEdits(src, edits[rel])
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: fixed file differs from %s:\n--- got\n%s\n--- want\n%s", rel, filepath.Base(g), got, want)
		}
	}
}
