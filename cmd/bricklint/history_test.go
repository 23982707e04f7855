package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// gitRepo builds a repository whose second commit hard-codes a warehouse
// password and whose third removes it again; it returns the adding commit.
func gitRepo(t *testing.T) (dir, adding string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir, home := t.TempDir(), t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=Dana Engineer", "-c", "user.email=dana@example.com"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL="+filepath.Join(home, "gitconfig"), "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_DATE=2025-04-01T09:30:00Z", "GIT_COMMITTER_DATE=2025-04-01T09:30:00Z")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("../../testdata/history", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	nb := filepath.Join(dir, "notebooks", "orders_export.py")
	os.MkdirAll(filepath.Dir(nb), 0o755)
	git("init", "-q", "-b", "main")
	commit := func(content []byte, msg string) string {
		if err := os.WriteFile(nb, content, 0o644); err != nil {
			t.Fatal(err)
		}
		git("add", "-A")
		git("commit", "-q", "-m", msg)
		return git("rev-parse", "HEAD")
	}
	commit(read("good_orders_export.py"), "Export orders to the reporting warehouse")
	adding = commit(read("bad_orders_export.py"), "Hotfix: hard-code the warehouse password")
	commit(read("good_orders_export.py"), "Read the warehouse password from the secret scope")
	git("remote", "add", "origin", "https://ci-token:s3cr3t@github.com/acme/orders.git")
	return dir, adding
}

func TestHistoryFormats(t *testing.T) {
	dir, adding := gitRepo(t)

	// The working tree is clean; history is not.
	if code, out, _ := runCLI(t, dir, "--no-config", "."); code != exitClean {
		t.Fatalf("scan of the working tree: exit %d\n%s", code, out)
	}
	code, out, errOut := runCLI(t, dir, "history", "--no-config")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFindings, out, errOut)
	}
	if !strings.Contains(out, "commit "+adding[:12]+" Hotfix: hard-code the warehouse password (Dana Engineer, 2025-04-01T09:30:00+00:00)") ||
		!strings.Contains(out, "notebooks/orders_export.py:5:23: error DBX101") || strings.Count(out, "error DBX101") != 1 {
		t.Errorf("text output:\n%s", out)
	}
	assertNoSecrets(t, out+errOut)
	if strings.Contains(out, "Exp0rt-Orders-2024") {
		t.Errorf("the password is printed:\n%s", out)
	}

	_, out, _ = runCLI(t, dir, "history", "--no-config", "--format", "json")
	var doc struct {
		Findings []struct{ Rule, Path, Commit, Author, Date, Subject string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != 1 || doc.Findings[0].Commit != adding || doc.Findings[0].Author != "Dana Engineer <dana@example.com>" ||
		doc.Findings[0].Date != "2025-04-01T09:30:00+00:00" || doc.Findings[0].Subject != "Hotfix: hard-code the warehouse password" {
		t.Errorf("JSON findings %+v", doc.Findings)
	}

	_, out, _ = runCLI(t, dir, "history", "--no-config", "--format", "sarif")
	if strings.Contains(out, "s3cr3t") || strings.Contains(out, "ci-token") {
		t.Errorf("the remote's credentials reach the SARIF:\n%s", out)
	}
	schema, err := jsonschema.Compile("../../testdata/sarif/sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	var parsed any
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&parsed); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(parsed); err != nil {
		t.Fatalf("SARIF does not validate: %#v", err)
	}
	var log struct {
		Runs []struct {
			VersionControlProvenance []struct{ RepositoryURI, RevisionID, Branch string }
			Results                  []struct {
				Properties struct{ Commit, Author, Date string }
			}
		}
	}
	json.Unmarshal([]byte(out), &log)
	run := log.Runs[0]
	if len(run.VersionControlProvenance) != 1 || run.VersionControlProvenance[0].RepositoryURI != "https://github.com/acme/orders.git" ||
		len(run.VersionControlProvenance[0].RevisionID) != 40 || run.VersionControlProvenance[0].Branch != "main" {
		t.Errorf("versionControlProvenance %+v", run.VersionControlProvenance)
	}
	if len(run.Results) != 1 || run.Results[0].Properties.Commit != adding || run.Results[0].Properties.Author == "" {
		t.Errorf("results %+v", run.Results)
	}
}

func TestHistoryRangeBaselineAndFailLevel(t *testing.T) {
	dir, adding := gitRepo(t)
	if code, out, _ := runCLI(t, dir, "history", "--no-config", "--range", adding+"..HEAD"); code != exitClean {
		t.Errorf("the commit after the password: exit %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, dir, "history", "--no-config", "--range", adding+"~1.."+adding); code != exitFindings {
		t.Errorf("the adding commit alone: exit %d", code)
	}
	if code, _, _ := runCLI(t, dir, "history", "--no-config", "--fail-level", "none"); code != exitClean {
		t.Errorf("--fail-level none: exit %d", code)
	}
	if code, _, _ := runCLI(t, dir, "history", "--no-config", "--enable", "DBX102"); code != exitClean {
		t.Errorf("--enable DBX102: exit %d", code)
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	runCLI(t, dir, "history", "--no-config", "--write-baseline", base)
	if code, out, _ := runCLI(t, dir, "history", "--no-config", "--baseline", base); code != exitClean || !strings.Contains(out, "1 baselined") {
		t.Errorf("baselined history: exit %d\n%s", code, out)
	}
	t.Setenv("PRE_COMMIT_FROM_REF", adding)
	t.Setenv("PRE_COMMIT_TO_REF", "HEAD")
	if code, _, _ := runCLI(t, dir, "history", "--no-config", "--pre-push"); code != exitClean {
		t.Errorf("--pre-push after the password: exit %d", code)
	}
	for _, bad := range [][]string{{"--range", "--output=x"}, {"--range", "no-such-branch"}, {"--fix"}, {"a", "b"}} {
		if code, _, _ := runCLI(t, dir, append([]string{"history", "--no-config"}, bad...)...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitUsage)
		}
	}
}
