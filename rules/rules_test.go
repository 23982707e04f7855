package rules_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules"
)

var update = flag.Bool("update", false, "regenerate docs/rules/*.md and the README rule table")

func TestEveryRulePackageIsRegistered(t *testing.T) {
	dirs, err := filepath.Glob("dbx[0-9][0-9][0-9]")
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]bool{}
	for _, r := range rules.All() {
		registered[strings.ToLower(r.Meta.ID)] = true
	}
	for _, d := range dirs {
		if !registered[d] {
			t.Errorf("rules/%s is not in the catalog (rules.go)", d)
		}
	}
	if len(dirs) != len(rules.All()) {
		t.Errorf("%d rule packages, %d registered", len(dirs), len(rules.All()))
	}
}

var (
	idRE   = regexp.MustCompile(`^DBX[1-9][0-9]{2}$`)
	nameRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
)

func TestMetadata(t *testing.T) {
	var analyzers []*analysis.Analyzer
	seen := map[string]bool{}
	for _, r := range rules.All() {
		m := r.Meta
		analyzers = append(analyzers, r.Analyzer)
		switch {
		case !idRE.MatchString(m.ID):
			t.Errorf("%s: ID must be DBX and three digits", m.ID)
		case !nameRE.MatchString(m.Name):
			t.Errorf("%s: name %q must be kebab-case", m.ID, m.Name)
		case r.Analyzer.Name != m.ID:
			t.Errorf("%s: the analyzer is named %s", m.ID, r.Analyzer.Name)
		case seen[m.ID] || seen[m.Name]:
			t.Errorf("%s: ID or name used twice", m.ID)
		case m.Title == "" || strings.HasSuffix(m.Title, ".") || len(m.Title) > 120:
			t.Errorf("%s: title must be one line without a trailing period", m.ID)
		case m.Summary == "" || len(m.Summary) > 1024:
			t.Errorf("%s: summary must be 1-1024 characters (SARIF fullDescription)", m.ID)
		case m.Security <= 0 || m.Security > 10:
			t.Errorf("%s: security-severity %v out of (0, 10]", m.ID, m.Security)
		case m.Severity < meta.Note || m.Severity > meta.Error:
			t.Errorf("%s: no default severity", m.ID)
		case !strings.HasPrefix(m.CWE, "CWE-"):
			t.Errorf("%s: CWE %q", m.ID, m.CWE)
		case len(m.AllTags()) > 10:
			t.Errorf("%s: %d tags; GitHub shows 10", m.ID, len(m.AllTags()))
		case len(m.Keywords) == 0:
			t.Errorf("%s: no keywords: the rule would parse every file", m.ID)
		}
		for _, k := range m.Keywords {
			if k != strings.ToLower(k) {
				t.Errorf("%s: keyword %q must be lower-case", m.ID, k)
			}
		}
		for _, section := range []string{"## Why it matters", "## Bad", "## Good", "## Fix"} {
			if !strings.Contains(m.Help, section) {
				t.Errorf("%s: doc.md lacks %q", m.ID, section)
			}
		}
		seen[m.ID], seen[m.Name] = true, true
		if got, ok := rules.Lookup(strings.ToUpper(m.Name)); !ok || got.Meta.ID != m.ID {
			t.Errorf("%s: Lookup by name fails", m.ID)
		}
	}
	if err := analysis.Validate(analyzers); err != nil {
		t.Fatal(err)
	}
}

// fenceLangs maps a doc.md code fence language to the fixture extension.
var fenceLangs = map[string]string{
	"python": ".py", "scala": ".scala", "sql": ".sql", "r": ".r", "bash": ".sh", "sh": ".sh",
	"hcl": ".tf", "terraform": ".tf", "json": ".json", "yaml": ".yml", "ini": ".databrickscfg",
}

var fenceRE = regexp.MustCompile("(?s)```([a-z]+)\n(.*?)```")

// TestDocExamplesAreFixtures keeps each rule's documentation honest: the Bad
// and Good examples of doc.md are the fixtures testdata/ID/bad_doc.EXT and
// good_doc.EXT, which the rule's own test runs (bad must fire, good must not).
func TestDocExamplesAreFixtures(t *testing.T) {
	for _, r := range rules.All() {
		for _, kind := range []string{"bad", "good"} {
			heading := "## " + strings.ToUpper(kind[:1]) + kind[1:]
			_, after, ok := strings.Cut(r.Meta.Help, heading+"\n")
			if !ok {
				continue // TestMetadata reports it
			}
			m := fenceRE.FindStringSubmatch(after)
			if m == nil {
				t.Errorf("%s: %s has no code block", r.Meta.ID, heading)
				continue
			}
			ext, ok := fenceLangs[m[1]]
			if !ok {
				t.Errorf("%s: unknown code fence language %q", r.Meta.ID, m[1])
				continue
			}
			path := filepath.Join("..", "testdata", r.Meta.ID, kind+"_doc"+ext)
			fixture, err := os.ReadFile(path)
			if err != nil {
				t.Errorf("%s: %v (the %s example must also be a fixture)", r.Meta.ID, err, kind)
				continue
			}
			if string(fixture) != m[2] {
				t.Errorf("%s: %s differs from the %s example in doc.md", r.Meta.ID, path, kind)
			}
		}
	}
}

// TestGeneratedDocs fails when docs/rules or the README rule table are stale.
func TestGeneratedDocs(t *testing.T) {
	for _, r := range rules.All() {
		check(t, filepath.Join("..", "docs", "rules", r.Meta.ID+".md"), rulePage(r.Meta))
	}
	readmePath := filepath.Join("..", "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	before, rest, ok1 := strings.Cut(string(readme), begin)
	_, after, ok2 := strings.Cut(rest, end)
	if !ok1 || !ok2 {
		t.Fatalf("README.md lacks the %q / %q markers", begin, end)
	}
	check(t, readmePath, before+begin+ruleTable()+end+after)
}

func check(t *testing.T, path, want string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != want {
		t.Errorf("%s is stale: run `go test ./rules -update`", path)
	}
}

func rulePage(m meta.Meta) string {
	var b strings.Builder
	b.WriteString("<!-- Code generated by `go test ./rules -update` from rules/" + strings.ToLower(m.ID) + "/doc.md and its Meta. DO NOT EDIT. -->\n\n")
	b.WriteString(strings.TrimSpace(m.Help) + "\n\n")
	b.WriteString("## Metadata\n\n| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| ID | `%s` |\n| Name | `%s` |\n| Default level | %s |\n| Security severity | %s |\n| Precision | %s |\n| CWE | %s |\n| Tags | %s |\n",
		m.ID, m.Name, m.Severity, m.SecuritySeverity(), m.Precision, m.CWE, strings.Join(m.AllTags(), ", "))
	fmt.Fprintf(&b, "\nSuppress one finding with a comment on its line or the line above: `bricklint:ignore %s -- reason`.\n", m.ID)
	return b.String()
}

func ruleTable() string {
	var b strings.Builder
	b.WriteString("| ID | Name | Finds | Level | Security severity |\n|---|---|---|---|---|\n")
	for _, r := range rules.All() {
		m := r.Meta
		fmt.Fprintf(&b, "| [%s](docs/rules/%s.md) | `%s` | %s | %s | %s |\n", m.ID, m.ID, m.Name, m.Title, m.Severity, m.SecuritySeverity())
	}
	return b.String()
}
