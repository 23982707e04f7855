package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newRepo writes files into a temporary git repository and returns its path.
func newRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for p, content := range files {
		writeFile(t, filepath.Join(dir, p), content)
	}
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const notebookHeader = "# Databricks notebook source\n"

func TestSuppressedAndBaselinedFindingsDoNotFailButNewOnesDo(t *testing.T) {
	repo := newRepo(t, map[string]string{
		"etl.py": notebookHeader +
			"old = spark.read.format(\"jdbc\").option(\"password\", \"OldPassw0rd\").load()\n" +
			"# bricklint:ignore DBX101 -- throwaway test container\n" +
			"test = spark.read.format(\"jdbc\").option(\"password\", \"TestPassw0rd\").load()\n",
	})
	code, out, errOut := runCLI(t, repo, "--color", "never", "--write-baseline", ".bricklint-baseline.json", ".")
	if code != exitClean {
		t.Fatalf("--write-baseline: exit %d\n%s%s", code, out, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(repo, ".bricklint-baseline.json")); strings.Contains(string(b), "OldPassw0rd") {
		t.Fatal("the baseline holds the secret")
	}

	// Lines move: the baselined finding keeps matching.
	writeFile(t, filepath.Join(repo, "etl.py"), notebookHeader+"\n\n# COMMAND ----------\n\n"+
		"old = spark.read.format(\"jdbc\").option(\"password\", \"OldPassw0rd\").load()\n"+
		"# bricklint:ignore DBX101 -- throwaway test container\n"+
		"test = spark.read.format(\"jdbc\").option(\"password\", \"TestPassw0rd\").load()\n")
	code, out, _ = runCLI(t, repo, "--color", "never", "--baseline", ".bricklint-baseline.json", ".")
	if code != exitClean {
		t.Fatalf("baselined and suppressed findings failed the run (exit %d):\n%s", code, out)
	}
	if !strings.Contains(out, "1 suppressed, 1 baselined") {
		t.Errorf("summary does not count them:\n%s", out)
	}

	// A new finding fails, and is the only one printed.
	writeFile(t, filepath.Join(repo, "new.py"), notebookHeader+
		"spark.read.format(\"jdbc\").option(\"password\", \"NewPassw0rd\").load()\n")
	code, out, _ = runCLI(t, repo, "--color", "never", "--baseline", ".bricklint-baseline.json", ".")
	if code != exitFindings {
		t.Fatalf("a new finding did not fail the run (exit %d):\n%s", code, out)
	}
	if !strings.Contains(out, "new.py:2:") || strings.Contains(out, "etl.py:") {
		t.Errorf("output should show only new.py:\n%s", out)
	}

	// SARIF keeps all three, with suppressions on two.
	_, sarif, _ := runCLI(t, repo, "--format", "sarif", "--baseline", ".bricklint-baseline.json", ".")
	if n := strings.Count(sarif, `"ruleId": "DBX101"`); n != 3 {
		t.Errorf("%d results in SARIF, want 3", n)
	}
	if !strings.Contains(sarif, `"kind": "inSource"`) || !strings.Contains(sarif, `"kind": "external"`) {
		t.Error("SARIF lacks the inSource and external suppressions")
	}
}

func TestConfiguration(t *testing.T) {
	repo := newRepo(t, map[string]string{
		"notebooks/etl.py":         notebookHeader + "spark.read.format(\"jdbc\").option(\"password\", \"Passw0rd!\").load()\n",
		"notebooks/scratch/try.py": notebookHeader + "spark.read.format(\"jdbc\").option(\"password\", \"Scratch0!\").load()\n",
	})
	cfg := filepath.Join(repo, ".bricklint.yaml")

	writeFile(t, cfg, "exclude: [\"notebooks/scratch/**\"]\n")
	code, out, _ := runCLI(t, repo, "--color", "never", ".")
	if code != exitFindings || strings.Contains(out, "scratch") || !strings.Contains(out, "notebooks/etl.py") {
		t.Errorf("exclude: exit %d\n%s", code, out)
	}

	writeFile(t, cfg, "severity:\n  jdbc-credential: note\nfail-level: warning\n")
	if code, out, _ := runCLI(t, repo, "--color", "never", "."); code != exitClean || !strings.Contains(out, "note DBX101") {
		t.Errorf("severity override: exit %d\n%s", code, out)
	}

	writeFile(t, cfg, "disable: [DBX101]\n")
	if code, out, errOut := runCLI(t, repo, "--color", "never", "."); code != exitClean {
		t.Errorf("disable: exit %d\n%s%s", code, out, errOut)
	}

	writeFile(t, cfg, "enable: [DBX101]\ndisabel: [DBX302]\n")
	code, _, errOut := runCLI(t, repo, ".")
	if code != exitUsage || !strings.Contains(errOut, ".bricklint.yaml:2:1: unknown key \"disabel\"") {
		t.Errorf("invalid config: exit %d\n%s", code, errOut)
	}

	writeFile(t, cfg, "disable: [DBX999]\n")
	if code, _, errOut := runCLI(t, repo, "."); code != exitUsage || !strings.Contains(errOut, "unknown rule \"DBX999\"") {
		t.Errorf("unknown rule in config: exit %d\n%s", code, errOut)
	}
}

func TestStagedScansTheIndex(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.email=t@example.invalid", "-c", "user.name=t"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	path := filepath.Join(dir, "etl.py")
	writeFile(t, path, notebookHeader+"spark.read.format(\"jdbc\").option(\"password\", \"Staged0ne!\").load()\n")
	git("add", "etl.py")
	// The working tree is fixed after staging: --staged still sees the staged password.
	writeFile(t, path, notebookHeader+"spark.read.format(\"jdbc\").option(\"password\", dbutils.secrets.get(\"s\", \"k\")).load()\n")
	if code, out, errOut := runCLI(t, dir, "--staged", "--color", "never"); code != exitFindings || !strings.Contains(out, "etl.py:2:") {
		t.Errorf("--staged: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, _ := runCLI(t, dir, "--color", "never", "."); code != exitClean {
		t.Errorf("working tree scan: exit %d, want clean", code)
	}
}

func TestFixRepairsAMisspeltAADResource(t *testing.T) {
	script := "#!/bin/bash\n" +
		"TOKEN=$(az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1e --query accessToken -o tsv)\n" +
		"curl -s -X POST \"https://login.microsoftonline.com/$TENANT_ID/oauth2/v2.0/token\" \\\n" +
		"  -d grant_type=client_credentials -d \"client_id=$CLIENT_ID\" -d \"client_secret=$CLIENT_SECRET\" \\\n" +
		"  -d scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d\n"
	repo := newRepo(t, map[string]string{"ci/token.sh": script})
	code, out, _ := runCLI(t, repo, "--color", "never", ".")
	if code != exitFindings || strings.Count(out, "DBX202") != 2 {
		t.Fatalf("before --fix: exit %d\n%s", code, out)
	}
	code, out, errOut := runCLI(t, repo, "--color", "never", "--fix", ".")
	if code != exitClean {
		t.Fatalf("--fix left findings (exit %d):\n%s%s", code, out, errOut)
	}
	fixed, err := os.ReadFile(filepath.Join(repo, "ci/token.sh"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query", "-d scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default\n"} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("fixed file lacks %q:\n%s", want, fixed)
		}
	}
	// A second scan of the fixed file is clean.
	if code, out, _ := runCLI(t, repo, "--color", "never", "."); code != exitClean {
		t.Errorf("second scan: exit %d\n%s", code, out)
	}
}
