package main

import (
	"os"
	"path/filepath"
	"testing"
)

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// headCommit reads HEAD the ways git writes it: a loose ref, a packed ref,
// a detached HEAD, and a worktree whose refs are in the common directory.
func TestHeadCommitReadsGitWithoutRunningIt(t *testing.T) {
	t.Setenv("CI_COMMIT_SHA", "")
	const sha = "a9e604f0a1a35d07de59f042465e7c7ae4bac4c4"
	for name, files := range map[string]map[string]string{
		"loose":    {".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": sha + "\n"},
		"packed":   {".git/HEAD": "ref: refs/heads/main\n", ".git/packed-refs": "# pack-refs with: peeled fully-peeled sorted\n" + sha + " refs/heads/main\n"},
		"detached": {".git/HEAD": sha + "\n"},
		"worktree": {".git": "gitdir: main/.git/worktrees/wt\n", "main/.git/worktrees/wt/HEAD": "ref: refs/heads/wt\n",
			"main/.git/worktrees/wt/commondir": "../..\n", "main/.git/refs/heads/wt": sha + "\n"},
	} {
		root := t.TempDir()
		writeFiles(t, root, files)
		if got := headCommit(root); got != sha {
			t.Errorf("%s: headCommit = %q", name, got)
		}
	}
	if got := headCommit(t.TempDir()); got != "" {
		t.Errorf("no repository: %q", got)
	}
	t.Setenv("CI_COMMIT_SHA", "0123abc")
	if got := headCommit(t.TempDir()); got != "0123abc" {
		t.Errorf("CI_COMMIT_SHA ignored: %q", got)
	}
}
