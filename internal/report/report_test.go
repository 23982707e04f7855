package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/suppress"
)

func TestURIOfEscapesWhatAURIReferenceCannotHold(t *testing.T) {
	for in, want := range map[string]string{
		"notebooks/etl.py":       "notebooks/etl.py",
		"My Notebooks/ETL #1.py": "My%20Notebooks/ETL%20%231.py",
		"jobs/ütf8.json":         "jobs/%C3%BCtf8.json",
		"infra/main.tf.json":     "infra/main.tf.json",
		"a/b~c_d-e.yml":          "a/b~c_d-e.yml",
		"100%/report?.sql":       "100%25/report%3F.sql",
	} {
		if got := uriOf(in); got != want {
			t.Errorf("uriOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExpandTabsKeepsTheCaretUnderTheColumn(t *testing.T) {
	line, col := expandTabs("\tpw = \"x\"", 7)
	if line != "    pw = \"x\"" || col != 9 {
		t.Errorf("expandTabs = %q, %d; want 4 spaces and caret column 9", line, col)
	}
}

func TestTextCountsAndHidesSuppressedAndBaselined(t *testing.T) {
	rule := meta.Meta{ID: "DBX101", Name: "jdbc-credential", Severity: meta.Error}
	loc := driver.Location{Path: "n.py", Line: 2, Col: 6}
	res := Result{
		Result: &driver.Result{FilesScanned: 1, Findings: []driver.Finding{
			{Rule: rule, Level: meta.Error, Message: "shown", Location: loc, Excerpt: "pw = \"W…\"", Fingerprint: "a:1"},
			{Rule: rule, Level: meta.Error, Message: "suppressed", Location: loc, Suppression: &suppress.Directive{Reason: "test"}, Fingerprint: "b:1"},
			{Rule: rule, Level: meta.Warning, Message: "baselined", Location: loc, Fingerprint: "c:1"},
		}},
		Baselined: map[string]bool{"c:1": true},
	}
	var b bytes.Buffer
	if err := Text(&b, res, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "n.py:2:6: error DBX101 jdbc-credential: shown") || strings.Contains(out, ": suppressed") || strings.Contains(out, ": baselined") {
		t.Errorf("output:\n%s", out)
	}
	if !strings.HasSuffix(out, "1 finding (1 error, 0 warnings, 0 notes) in 1 file, 1 suppressed, 1 baselined\n") {
		t.Errorf("summary:\n%s", out)
	}
}

// A finding whose value is used elsewhere carries a code flow from the
// literal to each use, with the rule's messages; one without has none.
func TestSARIFCodeFlowFromLiteralToUse(t *testing.T) {
	rule := meta.Meta{ID: "DBX101", Name: "jdbc-credential", Severity: meta.Error}
	literal := driver.Location{Path: "conf.py", Line: 3, Col: 7, EndLine: 3, EndCol: 19, Col16: 7, EndCol16: 19}
	use := driver.Location{Path: "load.py", Line: 9, Col: 30, EndLine: 9, EndCol: 32, Col16: 30, EndCol16: 32}
	res := Result{
		Result: &driver.Result{Findings: []driver.Finding{
			{Rule: rule, Level: meta.Error, Message: "through", Location: literal, Fingerprint: "a:1",
				Related: []driver.Related{{Location: use, Message: "used here"}}},
			{Rule: rule, Level: meta.Error, Message: "in place", Location: use, Fingerprint: "b:1"},
		}},
		Rules: []meta.Meta{rule},
	}
	var b bytes.Buffer
	if err := SARIF(&b, Tool{Name: "bricklint"}, res, SARIFOptions{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if len(results[1].CodeFlows) != 0 {
		t.Errorf("a finding without related locations has a code flow")
	}
	if len(results[0].CodeFlows) != 1 {
		t.Fatalf("code flows: %+v", results[0].CodeFlows)
	}
	steps := results[0].CodeFlows[0].ThreadFlows[0].Locations
	if len(steps) != 2 || steps[0].Location.PhysicalLocation.ArtifactLocation.URI != "conf.py" ||
		steps[1].Location.PhysicalLocation.ArtifactLocation.URI != "load.py" || steps[1].Location.Message.Text != "used here" ||
		results[0].RelatedLocations[0].Message.Text != "used here" {
		t.Errorf("steps: %+v", steps)
	}
}
