package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/meta"
)

// writeTree creates files (path -> content) under a temporary root.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for p, content := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func unitFiles(d *Discovery) [][]string {
	var out [][]string
	for _, u := range d.Units {
		out = append(out, u.Files)
	}
	return out
}

func TestDiscoverHonoursGitignoreAndGroupsTerraform(t *testing.T) {
	root := writeTree(t, map[string]string{
		".gitignore":              "build/\n*.tmp.py\n",
		".git/info/exclude":       "private.py\n",
		".git/config":             "[core]\n",
		"notebooks/a.py":          "x = 1\n",
		"notebooks/b.tmp.py":      "x = 1\n",
		"notebooks/.gitignore":    "scratch/\n!keep.tmp.py\n",
		"notebooks/keep.tmp.py":   "x = 1\n",
		"notebooks/scratch/c.py":  "x = 1\n",
		"build/out.py":            "x = 1\n",
		"private.py":              "x = 1\n",
		"infra/main.tf":           "",
		"infra/variables.tf":      "",
		"infra/terraform.tfvars":  "",
		"infra/modules/m/main.tf": "",
		"README.md":               "# not scanned\n",
		"bin/deploy":              "#!/bin/bash\necho hi\n",
		"jobs/nightly.json":       "{}",
		"notebooks/image.png":     "\x89PNG",
		"config/.databrickscfg":   "[DEFAULT]\n",
	})
	w := &Walker{Root: root, MaxFileSize: 1 << 20}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"bin/deploy"},
		{"config/.databrickscfg"},
		{"infra/main.tf", "infra/terraform.tfvars", "infra/variables.tf"},
		{"infra/modules/m/main.tf"},
		{"jobs/nightly.json"},
		{"notebooks/a.py"},
		{"notebooks/keep.tmp.py"},
	}
	if got := unitFiles(d); !reflect.DeepEqual(got, want) {
		t.Errorf("units:\n got %v\nwant %v", got, want)
	}
}

func TestDiscoverSkipsLargeFilesAndSymlinksOutOfTheRoot(t *testing.T) {
	outside := writeTree(t, map[string]string{"secret.py": "pw = 'x'\n"})
	root := writeTree(t, map[string]string{
		"big.py":   strings.Repeat("x = 1\n", 1000),
		"small.py": "x = 1\n",
	})
	if err := os.Symlink(filepath.Join(outside, "secret.py"), filepath.Join(root, "link.py")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "linkdir")); err != nil {
		t.Fatal(err)
	}
	w := &Walker{Root: root, MaxFileSize: 100}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	if got := unitFiles(d); !reflect.DeepEqual(got, [][]string{{"small.py"}}) {
		t.Errorf("units %v, want only small.py", got)
	}
	if len(d.Skipped) != 1 || d.Skipped[0].Path != "big.py" || !strings.Contains(d.Skipped[0].Reason, "larger than") {
		t.Errorf("skipped %+v, want big.py as too large", d.Skipped)
	}
	if _, err := w.Discover([]string{filepath.Join(root, "link.py")}); err == nil {
		t.Error("a named symlink that leaves the root was accepted")
	}
}

func TestDiscoverExcludes(t *testing.T) {
	root := writeTree(t, map[string]string{"a/x.py": "", "b/y.py": "", "c.py": ""})
	w := &Walker{Root: root, Exclude: func(rel string) bool { return rel == "a/" || rel == "c.py" }}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	if got := unitFiles(d); !reflect.DeepEqual(got, [][]string{{"b/y.py"}}) {
		t.Errorf("units %v, want only b/y.py", got)
	}
}

// testMeta is a rule that reports literal values "BADSECRET1" (as a secret,
// so excerpts are redacted) and panics on a value "PANIC".
var testMeta = meta.Meta{ID: "DBX999", Name: "test-rule", Title: "Test", Severity: meta.Warning, Keywords: []string{"bad", "panic"}, Secret: true}

func runRule(t *testing.T, root string, run func(*analysis.Pass) (any, error)) *Result {
	t.Helper()
	a := &analysis.Analyzer{Name: "DBX999", Doc: "test rule", Requires: []*analysis.Analyzer{extract.Analyzer}, Run: run}
	w := &Walker{Root: root}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	return Run(Options{Root: root, Rules: []meta.Rule{{Meta: testMeta, Analyzer: a}}, Jobs: 2,
		KnownRule: func(s string) (string, bool) { return "DBX999", s == "DBX999" || s == "test-rule" }}, d.Units)
}

func reportBad(pass *analysis.Pass) (any, error) {
	for _, f := range pass.ResultOf[extract.Analyzer].(*facts.Unit).Files {
		for _, v := range f.Values {
			switch v.Text() {
			case "BADSECRET1":
				pos, end := v.Span(0, len("BADSECRET1"))
				pass.Report(analysis.Diagnostic{Pos: pos, End: end, Message: "bad value"})
			case "PANIC":
				panic("boom")
			}
		}
	}
	return nil, nil
}

func TestRunReportsRedactsSuppressesAndSurvivesPanics(t *testing.T) {
	root := writeTree(t, map[string]string{
		"a.py":        "x = 1\ny = \"BADSECRET1\"\n",
		"b.py":        "z = \"PANIC\"\n",
		"c.py":        "# bricklint:ignore DBX999 -- fixture\nw = \"BADSECRET1\"\nv = \"BADSECRET1\"  # bricklint:ignore test-rule\n",
		"d.py":        "nothing to see\n",
		"broken.json": "{\"a\": ",
	})
	res := runRule(t, root, reportBad)
	var got []string
	for _, f := range res.Findings {
		s := fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Col)
		if f.Suppression != nil {
			s += " suppressed"
		}
		got = append(got, s)
		if strings.Contains(f.Excerpt, "BADSECRET1") {
			t.Errorf("excerpt %q shows the secret", f.Excerpt)
		}
	}
	want := []string{"a.py:2:6", "c.py:2:6 suppressed", "c.py:3:6"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings %v, want %v", got, want)
	}
	var notes []string
	for _, n := range res.Notifications {
		notes = append(notes, n.Path+": "+strings.SplitN(n.Message, "\n", 2)[0])
	}
	joined := strings.Join(notes, "\n")
	for _, want := range []string{"b.py: internal error: DBX999 crashed", "c.py: bricklint:ignore needs a reason"} {
		if !strings.Contains(joined, want) {
			t.Errorf("notifications lack %q:\n%s", want, joined)
		}
	}
	// d.py and broken.json hold no keyword of the rule: read, never parsed.
	if res.FilesScanned != 5 || res.UnitsAnalysed != 3 {
		t.Errorf("files scanned %d, units analysed %d; want 5 and 3", res.FilesScanned, res.UnitsAnalysed)
	}
}

func TestParseErrorsBecomeNotifications(t *testing.T) {
	root := writeTree(t, map[string]string{"jobs/bad.json": "{\"password\": \"BADSECRET1\",\n  \"tasks\": [\n"})
	res := runRule(t, root, reportBad)
	if len(res.Notifications) == 0 || res.Notifications[0].Path != "jobs/bad.json" || res.Notifications[0].Line == 0 {
		t.Fatalf("notifications %+v, want a positioned one for jobs/bad.json", res.Notifications)
	}
}

func TestFingerprintsSurviveMovedLines(t *testing.T) {
	a := writeTree(t, map[string]string{"n.py": "y = \"BADSECRET1\"\n"})
	b := writeTree(t, map[string]string{"n.py": "import os\n\n\ny = \"BADSECRET1\"\n"})
	c := writeTree(t, map[string]string{"n.py": "yy = \"BADSECRET1\"\n"})
	fa, fb, fc := runRule(t, a, reportBad).Findings, runRule(t, b, reportBad).Findings, runRule(t, c, reportBad).Findings
	if len(fa) != 1 || len(fb) != 1 || len(fc) != 1 {
		t.Fatal("want one finding each")
	}
	if fa[0].Fingerprint != fb[0].Fingerprint {
		t.Errorf("moving the line changed the fingerprint: %s vs %s", fa[0].Fingerprint, fb[0].Fingerprint)
	}
	if fa[0].Fingerprint == fc[0].Fingerprint {
		t.Error("editing the line kept the fingerprint")
	}
}

func TestCol16CountsUTF16Units(t *testing.T) {
	src := []byte("a = \"é😀x\"")
	off := strings.Index(string(src), "x")
	if got := col16(src, off); got != 9 { // a, ' ', =, ' ', ", é (1), 😀 (2) -> x is the 9th unit
		t.Errorf("col16 = %d, want 9", got)
	}
}

func TestBinaryCandidatesAreSkippedWithANote(t *testing.T) {
	root := writeTree(t, map[string]string{"utf16.py": "\xff\xfep\x00w\x00 \x00=\x00", "ok.py": "x = 'BADSECRET1'\n"})
	res := runRule(t, root, reportBad)
	if len(res.Findings) != 1 || res.Findings[0].Path != "ok.py" {
		t.Errorf("findings %+v", res.Findings)
	}
	if len(res.Notifications) != 1 || res.Notifications[0].Path != "utf16.py" || !strings.Contains(res.Notifications[0].Message, "binary") {
		t.Errorf("notifications %+v, want one for utf16.py", res.Notifications)
	}
}

func TestNamedTerraformFilesGetTheirModuleAsContext(t *testing.T) {
	root := writeTree(t, map[string]string{
		"infra/main.tf":      "locals {\n  a = \"BADSECRET1\"\n}\n",
		"infra/variables.tf": "variable \"x\" {\n  default = \"BADSECRET1\"\n}\n",
		"other/main.tf":      "locals {\n  b = \"BADSECRET1\"\n}\n",
	})
	w := &Walker{Root: root}
	d, err := w.Discover([]string{filepath.Join(root, "infra/main.tf")})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Units) != 1 || !reflect.DeepEqual(d.Units[0].Context, []string{"infra/variables.tf"}) {
		t.Fatalf("units %+v, want infra/main.tf with infra/variables.tf as context", d.Units)
	}
	a := &analysis.Analyzer{Name: "DBX999", Doc: "test rule", Requires: []*analysis.Analyzer{extract.Analyzer}, Run: reportBad}
	res := Run(Options{Root: root, Rules: []meta.Rule{{Meta: testMeta, Analyzer: a}}}, d.Units)
	if len(res.Findings) != 1 || res.Findings[0].Path != "infra/main.tf" || res.FilesScanned != 1 {
		t.Errorf("findings %+v, files %d: want only infra/main.tf's", res.Findings, res.FilesScanned)
	}
	// A directory scan reports on every file of the module.
	d, _ = w.Discover([]string{filepath.Join(root, "infra")})
	if len(d.Units) != 1 || len(d.Units[0].Files) != 2 || len(d.Units[0].Context) != 0 {
		t.Errorf("directory units %+v", d.Units)
	}
}

func TestTerraformUnitsGetChildModulesTemplatesAndTheirModuleAsContext(t *testing.T) {
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "main.tf"), []byte("variable \"x\" {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root := writeTree(t, map[string]string{
		"infra/main.tf": "module \"db\" {\n  source = \"./modules/db\"\n}\n" +
			"module \"up\" {\n  source = \"../../escape\"\n}\n" +
			"module \"reg\" {\n  source  = \"Azure/avm-res-network/azurerm\"\n}\n" +
			"locals {\n  u = templatefile(\"${path.module}/tpl/url.tftpl\", {})\n  v = templatefile(\"${path.module}/../../etc/passwd\", {})\n}\n",
		"infra/modules/db/main.tf":      "module \"back\" {\n  source = \"../..\"\n}\nmodule \"leaf\" {\n  source = \"./leaf\"\n}\n",
		"infra/modules/db/leaf/main.tf": "variable \"y\" {}\n",
		"infra/tpl/url.tftpl":           "jdbc:postgresql://${host}/db\n",
		"infra/env/prod.tfvars":         "x = \"y\"\n",
		"infra/modules/unused/main.tf":  "variable \"z\" {}\n",
	})
	if err := os.Symlink(outside, filepath.Join(root, "infra", "modules", "linked")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "infra", "linked.tf"), []byte("module \"l\" {\n  source = \"./modules/linked\"\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := &Walker{Root: root}
	d, err := w.Discover([]string{filepath.Join(root, "infra/main.tf"), filepath.Join(root, "infra/env/prod.tfvars")})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"infra/main.tf":         {"infra/linked.tf", "infra/tpl/url.tftpl", "infra/modules/db/main.tf", "infra/modules/db/leaf/main.tf"},
		"infra/env/prod.tfvars": {"infra/linked.tf", "infra/main.tf", "infra/tpl/url.tftpl", "infra/modules/db/main.tf", "infra/modules/db/leaf/main.tf"},
	}
	if len(d.Units) != 2 {
		t.Fatalf("units %+v", d.Units)
	}
	for _, u := range d.Units {
		if !reflect.DeepEqual(u.Context, want[u.Files[0]]) {
			t.Errorf("%s: context %q, want %q", u.Files[0], u.Context, want[u.Files[0]])
		}
	}
}
