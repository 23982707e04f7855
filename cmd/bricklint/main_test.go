package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/e2e")

// e2eRepo is the bundled example repository, with findings of every rule in
// every format; its expected outputs are in testdata/e2e.
const e2eRepo = "../../examples"

// runCLI runs the command in-process from dir and returns its exit code and output.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("../../testdata/e2e", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/bricklint -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run go test ./cmd/bricklint -update after checking the change):\n%s", name, firstDifference(got, string(want)))
	}
}

// firstDifference shows the first line where got and want part.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got  %.300s\n want %.300s", i+1, gl, wl)
		}
	}
	return "(no difference)"
}

func TestTextOutputAndExitCode(t *testing.T) {
	code, out, errOut := runCLI(t, e2eRepo, "--root", ".", "--color", "never", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, errOut)
	}
	golden(t, "expected.txt", out)
	assertNoSecrets(t, out+errOut)
}

func TestSARIFOutputValidatesAgainstSchema(t *testing.T) {
	code, out, errOut := runCLI(t, e2eRepo, "--root", ".", "--format", "sarif", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, errOut)
	}
	golden(t, "expected.sarif", out)
	assertNoSecrets(t, out)

	schema, err := jsonschema.Compile("../../testdata/sarif/sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %#v", err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string
						Properties map[string]any
					}
				}
			}
			Results []struct {
				RuleID              string
				RuleIndex           int
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) == 0 {
		t.Fatal("no results")
	}
	for _, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", r.RuleIndex, r.RuleID)
		}
		if r.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("%s result without a fingerprint", r.RuleID)
		}
	}
	for _, r := range run.Tool.Driver.Rules {
		if _, ok := r.Properties["security-severity"].(string); !ok {
			t.Errorf("%s: security-severity must be a string", r.ID)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	code, out, _ := runCLI(t, e2eRepo, "--root", ".", "--format", "json", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d", code, exitFindings)
	}
	var doc struct {
		Findings []struct {
			Rule, Path, Message string
			Line, Column        int
		}
		FilesScanned int
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Findings) == 0 || doc.FilesScanned == 0 {
		t.Fatalf("findings %d, files %d", len(doc.Findings), doc.FilesScanned)
	}
	for _, f := range doc.Findings {
		if f.Rule == "" || f.Path == "" || f.Line == 0 || f.Column == 0 || f.Message == "" {
			t.Errorf("incomplete finding %+v", f)
		}
	}
	assertNoSecrets(t, out)
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"clean file", []string{"notebooks/clean_ingest.py"}, exitClean},
		{"findings", []string{"notebooks/orders_ingest.py"}, exitFindings},
		{"fail-level none", []string{"--fail-level", "none", "."}, exitClean},
		{"rule disabled", []string{"--disable", "jdbc-credential", "notebooks/orders_ingest.py"}, exitClean},
		{"unknown rule", []string{"--enable", "DBX999", "."}, exitUsage},
		{"bad format", []string{"--format", "xml", "."}, exitUsage},
		{"bad fail level", []string{"--fail-level", "fatal", "."}, exitUsage},
		{"missing path", []string{"no/such/file.py"}, exitUsage},
		{"unknown flag", []string{"--frobnicate"}, exitUsage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"--root", ".", "--no-config"}, tc.args...)
			if code, _, errOut := runCLI(t, e2eRepo, args...); code != tc.want {
				t.Errorf("bricklint %s: exit %d, want %d\n%s", strings.Join(args, " "), code, tc.want, errOut)
			}
		})
	}
}

func TestFlagsAfterPaths(t *testing.T) {
	code, out, _ := runCLI(t, e2eRepo, "--root", ".", "notebooks/orders_ingest.py", "--format", "json")
	if code != exitFindings || !strings.HasPrefix(out, "{") {
		t.Fatalf("exit %d, output %.40q", code, out)
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runCLI(t, ".", "rules")
	if code != exitClean || !strings.Contains(out, "DBX101") || !strings.Contains(out, "jdbc-credential") {
		t.Fatalf("rules: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, ".", "explain", "jdbc-credential")
	if code != exitClean || !strings.Contains(out, "## Bad") || !strings.Contains(out, "CWE-798") {
		t.Fatalf("explain: exit %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, ".", "explain", "DBX999"); code != exitUsage {
		t.Errorf("explain of an unknown rule: exit %d", code)
	}
}

// assertNoSecrets fails when any secret planted in the example repository
// (listed in testdata/e2e/SECRETS, one a line) appears in full in an output.
func assertNoSecrets(t *testing.T, out string) {
	t.Helper()
	b, err := os.ReadFile("../../testdata/e2e/SECRETS")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Fields(string(b)) {
		if strings.Contains(out, s) {
			t.Errorf("output contains the secret %.3s… in full", s)
		}
	}
}
