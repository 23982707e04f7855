package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Findings as the driver reports them on a small Databricks repository.
var recorded = []Entry{
	{Rule: "DBX201", Path: "notebooks/ingest/orders.py", Fingerprint: "5d41402abc4b2a76:1", Message: "token request asks for scope=all-apis; request only the scopes the job needs"},
	{Rule: "DBX101", Path: "notebooks/ingest/orders.py", Fingerprint: "9a0364b9e99bb480:1", Message: `JDBC password is a string literal ("s3…"); read it with dbutils.secrets.get(scope, key) instead`},
	{Rule: "DBX102", Path: "jobs/nightly.json", Fingerprint: "0cc175b9c0f1b6a8:1", Message: "Databricks token dapi…e381 is a string literal; use {{secrets/scope/key}}"},
	{Rule: "DBX101", Path: "notebooks/ingest/orders.py", Fingerprint: "9a0364b9e99bb480:2", Message: `JDBC password is a string literal ("s3…"); read it with dbutils.secrets.get(scope, key) instead`},
}

func TestWriteLoadContains(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bricklint-baseline.json")
	if err := Write(path, recorded); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != len(recorded) {
		t.Errorf("Len = %d, want %d", b.Len(), len(recorded))
	}
	for _, e := range recorded {
		if !b.Contains(e) {
			t.Errorf("baseline does not contain %+v", e)
		}
	}

	// The same line moved down: the driver keeps its fingerprint (it hashes
	// the line text, not its number), and the message may mention new context.
	moved := recorded[1]
	moved.Message = "JDBC password is a string literal"
	if !b.Contains(moved) {
		t.Error("a finding whose line moved no longer matches")
	}

	fresh := []Entry{
		{Rule: "DBX101", Path: "notebooks/ingest/orders.py", Fingerprint: "9a0364b9e99bb480:3"}, // a third copy of the line
		{Rule: "DBX101", Path: "notebooks/ingest/orders.py", Fingerprint: "77de68daecd823ba:1"}, // a new line
		{Rule: "DBX102", Path: "notebooks/ingest/orders.py", Fingerprint: "9a0364b9e99bb480:1"}, // another rule on a recorded line
		{Rule: "DBX101", Path: "notebooks/ingest/customers.py", Fingerprint: "9a0364b9e99bb480:1"},
	}
	for _, e := range fresh {
		if b.Contains(e) {
			t.Errorf("baseline contains new finding %+v", e)
		}
	}
}

func TestWriteIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	reversed := make([]Entry, 0, len(recorded)+1)
	for i := len(recorded) - 1; i >= 0; i-- {
		reversed = append(reversed, recorded[i])
	}
	reversed = append(reversed, recorded[0]) // a duplicate is recorded once
	if err := Write(a, recorded); err != nil {
		t.Fatal(err)
	}
	if err := Write(b, reversed); err != nil {
		t.Fatal(err)
	}
	got, want := read(t, b), read(t, a)
	if got != want {
		t.Errorf("order of findings changes the file:\n%s\nvs\n%s", got, want)
	}
	const golden = `{
  "version": 1,
  "tool": "bricklint",
  "findings": [
    {
      "rule": "DBX102",
      "path": "jobs/nightly.json",
      "fingerprint": "0cc175b9c0f1b6a8:1",
      "message": "Databricks token dapi…e381 is a string literal; use {{secrets/scope/key}}"
    },
    {
      "rule": "DBX101",
      "path": "notebooks/ingest/orders.py",
      "fingerprint": "9a0364b9e99bb480:1",
      "message": "JDBC password is a string literal (\"s3…\"); read it with dbutils.secrets.get(scope, key) instead"
    },
    {
      "rule": "DBX101",
      "path": "notebooks/ingest/orders.py",
      "fingerprint": "9a0364b9e99bb480:2",
      "message": "JDBC password is a string literal (\"s3…\"); read it with dbutils.secrets.get(scope, key) instead"
    },
    {
      "rule": "DBX201",
      "path": "notebooks/ingest/orders.py",
      "fingerprint": "5d41402abc4b2a76:1",
      "message": "token request asks for scope=all-apis; request only the scopes the job needs"
    }
  ]
}
`
	if got != golden {
		t.Errorf("file:\n%s\nwant:\n%s", got, golden)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.json")
	if err := Write(path, nil); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); !strings.Contains(got, `"findings": []`) {
		t.Errorf("empty baseline:\n%s", got)
	}
	b, err := Load(path)
	if err != nil || b.Len() != 0 {
		t.Errorf("Load = %v, %v", b, err)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, want string }{
		{"syntax.json", "{\n  \"version\": 1,\n  \"tool\": \"bricklint\",,\n}", "syntax.json:3:23: not a valid baseline: invalid character ','"},
		{"type.json", "{\"version\": \"1\", \"tool\": \"bricklint\"}", `type.json:1:15: not a valid baseline: version has the wrong type (string)`},
		{"other-tool.json", `{"version": 1, "tool": "gitleaks", "findings": []}`, `other-tool.json: not a bricklint baseline (tool is "gitleaks", want "bricklint")`},
		{"sarif.json", `{"version": "2.1.0", "runs": []}`, `sarif.json:1:19: not a valid baseline: version has the wrong type (string)`},
		{"future.json", `{"version": 2, "tool": "bricklint", "findings": []}`, `future.json: baseline version 2 is not supported (this bricklint reads version 1)`},
		{"incomplete.json", `{"version": 1, "tool": "bricklint", "findings": [{"rule": "DBX101", "path": "a.py"}]}`, `incomplete.json: finding 1 needs rule, path and fingerprint`},
		{"empty.json", "", "empty.json:1:1: not a valid baseline: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, tt.want)) {
				t.Errorf("error %v\nwant prefix %s", err, filepath.Join(dir, tt.want))
			}
		})
	}

	missing := filepath.Join(dir, "missing.json")
	_, err := Load(missing)
	if err == nil || !strings.Contains(err.Error(), "does not exist (create it with --write-baseline") {
		t.Errorf("missing file: %v", err)
	}
}

func TestNilBaseline(t *testing.T) {
	var b *Baseline
	if b.Contains(recorded[0]) || b.Len() != 0 {
		t.Error("a nil baseline is not empty")
	}
}

func TestWriteToMissingDirectory(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "such", "dir.json"), recorded)
	if err == nil {
		t.Error("Write into a missing directory succeeded")
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
