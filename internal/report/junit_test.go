package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/suppress"
)

// mixedResult has a failing error, a note below the fail level, a
// suppressed and a baselined finding, and a rule that found nothing.
func mixedResult() Result {
	jdbc := meta.Meta{ID: "DBX101", Name: "jdbc-credential", Severity: meta.Error}
	scope := meta.Meta{ID: "DBX201", Name: "all-apis-scope", Severity: meta.Warning}
	life := meta.Meta{ID: "DBX203", Name: "token-lifetime", Severity: meta.Warning}
	return Result{
		Result: &driver.Result{FilesScanned: 3, Findings: []driver.Finding{
			{Rule: jdbc, Level: meta.Error, Message: `JDBC option "password" is a literal password ("W…")`, Excerpt: `SALES_PASSWORD = "W…"`,
				Location: driver.Location{Path: "notebooks/orders.py", Line: 15, Col: 18}, Fingerprint: "a:1",
				Fixes: []driver.Fix{{Message: "read it with dbutils.secrets.get"}}},
			{Rule: jdbc, Level: meta.Note, Message: "a note", Location: driver.Location{Path: "notebooks/orders.py", Line: 30, Col: 1}, Fingerprint: "b:1"},
			{Rule: jdbc, Level: meta.Error, Message: "sandbox", Location: driver.Location{Path: "notebooks/sandbox.py", Line: 2, Col: 1},
				Suppression: &suppress.Directive{Reason: "local sandbox"}, Fingerprint: "c:1"},
			{Rule: scope, Level: meta.Warning, Message: "old", Location: driver.Location{Path: "scripts/t.sh", Line: 4, Col: 1}, Fingerprint: "d:1"},
		}},
		Rules:     []meta.Meta{jdbc, scope, life},
		Baselined: map[string]bool{"d:1": true},
	}
}

func TestJUnitOneCasePerRuleAndFile(t *testing.T) {
	var b bytes.Buffer
	if err := JUnit(&b, mixedResult(), JUnitOptions{FailLevel: meta.Warning}); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if doc.Tests != 4 || doc.Failures != 1 || doc.Skipped != 2 || len(doc.Suites) != 3 {
		t.Fatalf("tests %d failures %d skipped %d suites %d, want 4 1 2 3\n%s", doc.Tests, doc.Failures, doc.Skipped, len(doc.Suites), b.String())
	}
	jdbc := doc.Suites[0]
	if jdbc.Name != "DBX101 jdbc-credential" || len(jdbc.Cases) != 2 {
		t.Fatalf("DBX101 suite: %+v", jdbc)
	}
	fail := jdbc.Cases[0]
	if fail.File != "notebooks/orders.py" || fail.Line != 15 || fail.Failure == nil || fail.Failure.Type != "error" {
		t.Fatalf("failing case: %+v", fail)
	}
	for _, want := range []string{"notebooks/orders.py:15:18: error DBX101", `SALES_PASSWORD = "W…"`, "fix: read it with dbutils.secrets.get", "docs/rules/DBX101.md"} {
		if !strings.Contains(fail.Failure.Text, want) {
			t.Errorf("failure text lacks %q:\n%s", want, fail.Failure.Text)
		}
	}
	// The note is below the fail level: listed, not failing.
	if strings.Contains(fail.Failure.Text, "a note") || !strings.Contains(fail.SystemOut, "a note") {
		t.Errorf("the note: failure %q, system-out %q", fail.Failure.Text, fail.SystemOut)
	}
	if sb := jdbc.Cases[1]; sb.Skipped == nil || sb.Skipped.Message != "suppressed: local sandbox" {
		t.Errorf("suppressed case: %+v", sb)
	}
	if bl := doc.Suites[1].Cases[0]; bl.Skipped == nil || bl.Skipped.Message != "baselined" {
		t.Errorf("baselined case: %+v", bl)
	}
	life := doc.Suites[2]
	if len(life.Cases) != 1 || life.Cases[0].Failure != nil || life.Cases[0].Skipped != nil || !strings.Contains(life.Cases[0].Name, "no findings") {
		t.Errorf("a rule that found nothing is one passing case: %+v", life)
	}
}

func TestJUnitFailLevelNoneFailsNothing(t *testing.T) {
	var b bytes.Buffer
	if err := JUnit(&b, mixedResult(), JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Failures != 0 || !strings.Contains(b.String(), "JDBC option") {
		t.Errorf("failures %d, want 0 with the findings kept as output\n%s", doc.Failures, b.String())
	}
}
