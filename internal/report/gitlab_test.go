package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// validateGitLab checks a report against the required fields of GitLab's
// secret-detection schema (testdata/gitlab).
func validateGitLab(t *testing.T, out []byte) map[string]any {
	t.Helper()
	schema, err := jsonschema.Compile("../../testdata/gitlab/secret-detection-required.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return doc
}

func TestGitLabReport(t *testing.T) {
	res := mixedResult()
	res.Rules[0].Security, res.Rules[0].CWE, res.Rules[0].Title = 9.5, "CWE-798", "JDBC credential written in the source"
	for i := range res.Findings {
		if res.Findings[i].Rule.ID == "DBX101" {
			res.Findings[i].Rule = res.Rules[0]
		}
	}
	res.Started = time.Date(2026, 12, 7, 2, 0, 0, 0, time.UTC)
	res.Finished = res.Started.Add(2 * time.Second)
	var b bytes.Buffer
	if err := GitLab(&b, Tool{Name: "bricklint", Version: "0.1.0"}, res, GitLabOptions{Commit: "a9e604f"}); err != nil {
		t.Fatal(err)
	}
	doc := validateGitLab(t, b.Bytes())
	if s := doc["scan"].(map[string]any); s["start_time"] != "2026-12-07T02:00:00" || s["end_time"] != "2026-12-07T02:00:02" {
		t.Errorf("scan times: %v %v", s["start_time"], s["end_time"])
	}
	var rep gitlabReport
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	// The suppressed finding is left out; the baselined one stays.
	if len(rep.Vulnerabilities) != 3 {
		t.Fatalf("%d vulnerabilities, want 3:\n%s", len(rep.Vulnerabilities), b.String())
	}
	v := rep.Vulnerabilities[0]
	if v.Severity != "Critical" || v.Location.File != "notebooks/orders.py" || v.Location.StartLine != 15 || v.Location.Commit.SHA != "a9e604f" ||
		v.Identifiers[0].Value != "DBX101" || len(v.Identifiers) != 2 || v.Identifiers[1].Value != "798" || v.RawExtract != `SALES_PASSWORD = "W…"` ||
		v.Solution != "read it with dbutils.secrets.get" {
		t.Errorf("first vulnerability: %+v", v)
	}
	if rep.Vulnerabilities[1].Severity != "Info" || rep.Vulnerabilities[2].Severity != "Medium" {
		t.Errorf("severities: note %s, warning without score %s", rep.Vulnerabilities[1].Severity, rep.Vulnerabilities[2].Severity)
	}
	if strings.Contains(b.String(), "sandbox") {
		t.Errorf("the suppressed finding is in the report")
	}
}

// A finding's id follows its fingerprint, not its line number.
func TestGitLabIDIsStableAcrossLineMoves(t *testing.T) {
	rule := meta.Meta{ID: "DBX101"}
	a := driver.Finding{Rule: rule, Location: driver.Location{Path: "n.py", Line: 3}, Fingerprint: "f:1"}
	moved := a
	moved.Line = 40
	other := a
	other.Fingerprint = "g:1"
	if stableID(a) != stableID(moved) || stableID(a) == stableID(other) {
		t.Errorf("ids: %s %s %s", stableID(a), stableID(moved), stableID(other))
	}
}

// The schema test can fail: a report without a commit is rejected.
func TestGitLabSchemaRejectsAMissingCommit(t *testing.T) {
	schema, err := jsonschema.Compile("../../testdata/gitlab/secret-detection-required.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	bad := `{"version":"15.2.1","scan":{"analyzer":{"id":"b","name":"b","version":"1","vendor":{"name":"b"}},"scanner":{"id":"b","name":"b","version":"1","vendor":{"name":"b"}},"type":"secret_detection","start_time":"2026-12-07T02:00:00","end_time":"2026-12-07T02:00:00","status":"success"},"vulnerabilities":[{"id":"x","identifiers":[{"type":"t","name":"n","value":"v"}],"location":{"file":"a"}}]}`
	if err := json.Unmarshal([]byte(bad), &doc); err != nil {
		t.Fatal(err)
	}
	if schema.Validate(doc) == nil {
		t.Error("a vulnerability without location.commit passed")
	}
}
