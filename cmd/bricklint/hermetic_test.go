package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// copyTree copies the regular files under src into dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot maps every path under root to its content (symlinks to their target).
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			m[rel] = "-> " + target
		case d.Type()&fs.ModeNamedPipe != 0:
			m[rel] = "fifo"
		case d.IsDir():
			m[rel+"/"] = ""
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			m[rel] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func changedPaths(before, after map[string]string) []string {
	var changed []string
	for p, v := range after {
		if w, ok := before[p]; !ok || w != v {
			changed = append(changed, p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			changed = append(changed, p+" (removed)")
		}
	}
	return changed
}

// Two runs over the same tree, with one job and with many, write
// byte-identical SARIF and JSON: reports can be diffed and cached.
func TestReportsAreDeterministicAcrossJobs(t *testing.T) {
	for _, repo := range []string{e2eRepo, "../../testdata/eval-c"} {
		for _, format := range []string{"sarif", "json"} {
			var first []byte
			for i, jobs := range []string{"1", "8", "1", "8"} {
				out := filepath.Join(t.TempDir(), "report")
				runCLI(t, repo, "--format", format, "--jobs", jobs, "--no-config", "-o", out, ".")
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					first = b
					if len(b) < 1000 {
						t.Fatalf("%s %s: a %d-byte report", repo, format, len(b))
					}
				} else if !bytes.Equal(first, b) {
					t.Errorf("%s: the %s report of run %d (--jobs %s) differs from the first: %s", repo, format, i+1, jobs,
						firstDifference(string(b), string(first)))
				}
			}
		}
	}
}

// A scan writes nothing but its -o file, whatever the format.
func TestScanWritesOnlyItsOutputFile(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, e2eRepo, dir)
	before := snapshot(t, dir)
	for _, format := range []string{"text", "sarif", "json"} {
		runCLI(t, dir, "--format", format, "-o", "report."+format, ".")
		after := snapshot(t, dir)
		if changed := changedPaths(before, after); len(changed) != 1 || changed[0] != "report."+format {
			t.Errorf("--format %s changed %v, want only report.%s", format, changed, format)
		}
		if err := os.Remove(filepath.Join(dir, "report."+format)); err != nil {
			t.Fatal(err)
		}
	}
}

// --fix rewrites exactly the files that have fixes and nothing else.
func TestFixWritesOnlyTheFixedFiles(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, e2eRepo, dir)
	code, sarifOut, _ := runCLI(t, dir, "--format", "sarif", ".")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
				Fixes []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal([]byte(sarifOut), &log); err != nil {
		t.Fatal(err)
	}
	withFixes := map[string]bool{}
	for _, r := range log.Runs[0].Results {
		if len(r.Fixes) > 0 {
			withFixes[r.Locations[0].PhysicalLocation.ArtifactLocation.URI] = true
		}
	}
	if len(withFixes) == 0 {
		t.Fatal("no finding of the example repository has a fix")
	}
	before := snapshot(t, dir)
	runCLI(t, dir, "--fix", ".")
	changed := changedPaths(before, snapshot(t, dir))
	if len(changed) == 0 {
		t.Fatal("--fix changed nothing; the example repository has fixable findings")
	}
	if len(changed) != len(withFixes) {
		t.Errorf("--fix changed %v, want exactly the files with fixes %v", changed, withFixes)
	}
	for _, p := range changed {
		if !withFixes[p] {
			t.Errorf("--fix changed %s, which has no fix", p)
		}
	}
}

// Symlinks that lead out of the scan root (to a file, to a folder) and
// FIFOs are not read: a repository cannot make bricklint read ~/.ssh or hang
// on a pipe.
func TestScanDoesNotFollowSymlinksOutOfTheRoot(t *testing.T) {
	outside := t.TempDir()
	leak := "jdbc:postgresql://db.internal:5432/app?user=app&password=0utside-The-R00t"
	if err := os.WriteFile(filepath.Join(outside, "secrets.py"), []byte("# Databricks notebook source\nurl = \""+leak+"\"\nspark.read.format(\"jdbc\").option(\"url\", url).load()\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	copyTree(t, filepath.Join(e2eRepo, "notebooks"), filepath.Join(root, "notebooks"))
	for name, target := range map[string]string{"linked.py": filepath.Join(outside, "secrets.py"), "linked_dir": outside} {
		if err := os.Symlink(target, filepath.Join(root, "notebooks", name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(root, "notebooks", "pipe.py"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, stderr := runCLI(t, root, "--format", "json", "--no-config", ".")
	if strings.Contains(out, "linked") || strings.Contains(out, "0uts") || strings.Contains(out, "secrets.py") {
		t.Errorf("the scan read through a symlink out of the root:\n%s", out)
	}
	if !strings.Contains(out, "notebooks/") {
		t.Errorf("the scan found nothing in the real notebooks:\n%s\n%s", out, stderr)
	}
}
