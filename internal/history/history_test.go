package history

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/rules"
)

// repo is a real git repository built in the test.
type repo struct {
	t    *testing.T
	dir  string
	home string // an empty global configuration
	tick int
}

func newRepo(t *testing.T) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &repo{t: t, dir: t.TempDir(), home: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	r.tick++
	cmd := exec.Command("git", append([]string{"-c", "user.name=Dana Engineer", "-c", "user.email=dana@example.com",
		"-c", "commit.gpgsign=false", "-c", "protocol.file.allow=always"}, args...)...)
	cmd.Dir = r.dir
	date := fmt.Sprintf("2025-03-%02dT10:00:00Z", r.tick%28+1)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL="+filepath.Join(r.home, "gitconfig"), "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *repo) write(rel string, content []byte) {
	r.t.Helper()
	p := filepath.Join(r.dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit stages everything and commits; it returns the new commit's id.
func (r *repo) commit(msg string) string {
	r.git("add", "-A")
	r.git("commit", "-q", "--allow-empty", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "history", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var wantRE = regexp.MustCompile(`# want (DBX\d+)`)

type want struct {
	line int
	rule string
}

// wantLines are the 1-based lines of a fixture marked `# want DBXnnn`, with the rule.
func wantLines(b []byte) []want {
	var out []want
	for i, l := range strings.Split(string(b), "\n") {
		if m := wantRE.FindStringSubmatch(l); m != nil {
			out = append(out, want{i + 1, m[1]})
		}
	}
	return out
}

func scanRepo(t *testing.T, dir string, revs ...string) *driver.Result {
	t.Helper()
	res, err := Scan(Options{Repo: dir, Revs: revs, MaxFileSize: 64 << 10,
		Driver: driver.Options{Rules: rules.All(), KnownRule: rules.ID}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// only checks that the findings are exactly the fixture's want lines, at
// path, all introduced by commit sha.
func only(t *testing.T, res *driver.Result, path, sha string, want []want) {
	t.Helper()
	if len(res.Findings) != len(want) {
		for _, f := range res.Findings {
			t.Logf("%s:%d %s %s (%s)", f.Path, f.Line, f.Rule.ID, f.Message, f.Commit.SHA[:8])
		}
		t.Fatalf("%d findings, want %d", len(res.Findings), len(want))
	}
	for i, f := range res.Findings {
		if f.Path != path || f.Line != want[i].line || f.Rule.ID != want[i].rule || f.Commit == nil || f.Commit.SHA != sha {
			t.Errorf("finding %d %s at %s:%d in %v, want %s at %s:%d in %s", i, f.Rule.ID, f.Path, f.Line, f.Commit, want[i].rule, path, want[i].line, sha[:8])
		}
		if f.Commit != nil && (f.Commit.Author != "Dana Engineer" || f.Commit.Email != "dana@example.com" || !strings.HasPrefix(f.Commit.Date, "2025-03-")) {
			t.Errorf("commit metadata %+v", *f.Commit)
		}
	}
}

const nb = "notebooks/orders_export.py"

func TestSecretAddedThenRemovedIsReportedForTheAddingCommit(t *testing.T) {
	r := newRepo(t)
	bad, good := fixture(t, "bad_orders_export.py"), fixture(t, "good_orders_export.py")
	r.write(nb, good)
	r.commit("Export orders to the reporting warehouse")
	r.write(nb, bad)
	adding := r.commit("Hotfix: hard-code the warehouse password")
	r.write(nb, good)
	r.commit("Read the warehouse password from the secret scope")
	only(t, scanRepo(t, r.dir), nb, adding, wantLines(bad))
	// The working tree is clean: only history knows.
	if res := scanRepo(t, r.dir, "HEAD~1..HEAD"); len(res.Findings) != 0 {
		t.Errorf("the removing commit reports %d findings", len(res.Findings))
	}
}

func TestKeptSecretIsReportedOnceAndMovedLineKeepsItsFingerprint(t *testing.T) {
	r := newRepo(t)
	bad := fixture(t, "bad_orders_export.py")
	r.write(nb, bad)
	adding := r.commit("Orders export")
	moved := strings.Replace(string(bad), "# DBTITLE 1,", "# MAGIC %md Runs nightly at 02:00.\n\n# COMMAND ----------\n\n# DBTITLE 1,", 1)
	r.write(nb, []byte(moved))
	r.commit("Document the schedule")
	r.write("notebooks/other.py", []byte("# Databricks notebook source\ndisplay(spark.table(\"sales.orders\"))\n"))
	r.commit("Unrelated notebook")
	res := scanRepo(t, r.dir)
	only(t, res, nb, adding, wantLines(bad))

	// A scan of the later file, where the line moved down, gives the same fingerprint.
	later := driver.Run(driver.Options{Root: r.dir, Rules: rules.All(), KnownRule: rules.ID}, []driver.Unit{{Files: []string{nb}}})
	if len(later.Findings) != 1 || later.Findings[0].Line == res.Findings[0].Line {
		t.Fatalf("working tree findings %+v", later.Findings)
	}
	if later.Findings[0].Fingerprint != res.Findings[0].Fingerprint {
		t.Errorf("fingerprint %s moved to %s", res.Findings[0].Fingerprint, later.Findings[0].Fingerprint)
	}
	// With --range over the later commits only, nothing was added there.
	if res := scanRepo(t, r.dir, adding+"..HEAD"); len(res.Findings) != 0 {
		t.Errorf("later commits report %d findings", len(res.Findings))
	}
}

func TestMergeCommitDoesNotRepeatTheBranchFinding(t *testing.T) {
	r := newRepo(t)
	bad, good := fixture(t, "bad_orders_export.py"), fixture(t, "good_orders_export.py")
	r.write(nb, good)
	r.commit("Orders export")
	r.git("checkout", "-q", "-b", "feature/warehouse")
	r.write(nb, bad)
	adding := r.commit("Try the warehouse login")
	r.git("checkout", "-q", "main")
	r.write("README.md", []byte("# Orders\n"))
	r.commit("Readme")
	r.git("merge", "-q", "--no-ff", "-m", "Merge feature/warehouse", "feature/warehouse")
	only(t, scanRepo(t, r.dir), nb, adding, wantLines(bad))

	// An evil merge, a secret written in the merge commit itself, is the merge's.
	r.git("checkout", "-q", "-b", "feature/two", "HEAD~1")
	r.write("notebooks/two.py", []byte("# Databricks notebook source\nprint(2)\n"))
	r.commit("Second feature")
	r.git("checkout", "-q", "main")
	r.git("merge", "-q", "--no-ff", "--no-commit", "feature/two")
	r.write("notebooks/two.py", bad)
	merge := r.commit("Merge feature/two")
	res := scanRepo(t, r.dir, "HEAD^1..HEAD")
	only(t, res, "notebooks/two.py", merge, wantLines(bad))
}

func TestRenameIsNotANewFinding(t *testing.T) {
	r := newRepo(t)
	bad := fixture(t, "bad_orders_export.py")
	r.write(nb, bad)
	adding := r.commit("Orders export")
	os.MkdirAll(filepath.Join(r.dir, "notebooks/exports"), 0o755)
	r.git("mv", nb, "notebooks/exports/orders.py")
	r.commit("Move exports into their folder")
	// A rename with edits keeps the old lines too.
	b := append([]byte(nil), bad...)
	b = append(b, "\n# COMMAND ----------\n\ndisplay(orders)\n"...)
	r.write("notebooks/exports/orders.py", b)
	r.commit("Show the export")
	only(t, scanRepo(t, r.dir), nb, adding, wantLines(bad))
}

func TestBinaryHugeAndSubmoduleBlobs(t *testing.T) {
	r := newRepo(t)
	bad := fixture(t, "bad_orders_export.py")
	r.write("notebooks/blob.py", append([]byte("\x00\x01binary"), bad...))
	huge := append([]byte(nil), bad...)
	for len(huge) < 80<<10 {
		huge = append(huge, "# padding padding padding padding padding padding padding\n"...)
	}
	r.write("notebooks/huge.py", huge)
	r.write("notebooks/ok.py", []byte("# Databricks notebook source\nprint(1)\n"))
	sub := newRepo(t)
	sub.write("lib/secret.py", bad)
	sub.commit("library")
	r.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.dir, "vendor/lib")
	r.commit("Binary, huge and submodule")
	res := scanRepo(t, r.dir)
	if len(res.Findings) != 0 {
		t.Errorf("findings in skipped blobs: %+v", res.Findings)
	}
	var notes []string
	for _, n := range res.Notifications {
		notes = append(notes, n.Path+": "+n.Message)
	}
	all := strings.Join(notes, "\n")
	for _, want := range []string{"notebooks/blob.py: skipped: binary", "notebooks/huge.py: skipped in commit", "larger than 65536 bytes"} {
		if !strings.Contains(all, want) {
			t.Errorf("notifications lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "vendor/lib") {
		t.Errorf("a submodule is skipped silently:\n%s", all)
	}
}

func TestShallowCloneReportsTheBoundaryCommit(t *testing.T) {
	r := newRepo(t)
	bad := fixture(t, "bad_orders_export.py")
	r.write(nb, bad)
	r.commit("Orders export")
	r.write("README.md", []byte("# Orders\n"))
	tip := r.commit("Readme")
	clone := filepath.Join(t.TempDir(), "clone")
	r.git("clone", "-q", "--depth", "1", "file://"+r.dir, clone)
	res := scanRepo(t, clone)
	only(t, res, nb, tip, wantLines(bad))
	if len(res.Notifications) == 0 || !strings.Contains(res.Notifications[0].Message, "shallow clone") {
		t.Errorf("no shallow clone notification: %+v", res.Notifications)
	}
}

func TestBadRevisionIsAnError(t *testing.T) {
	r := newRepo(t)
	r.write(nb, fixture(t, "good_orders_export.py"))
	r.commit("Orders export")
	for _, revs := range [][]string{{"--output=/tmp/x"}, {"no-such-branch"}} {
		if _, err := Scan(Options{Repo: r.dir, Revs: revs, Driver: driver.Options{Rules: rules.All()}}); err == nil {
			t.Errorf("%q: no error", revs)
		}
	}
}

func TestTerraformModuleIsReadAsOfTheCommit(t *testing.T) {
	r := newRepo(t)
	main, vars := fixture(t, "payroll_tf/main.tf"), fixture(t, "payroll_tf/variables.tf")
	noDefault := regexp.MustCompile(`(?m)^\s*default\s*=.*\n`).ReplaceAll(vars, nil)
	r.write("infra/federation/main.tf", main)
	r.write("infra/federation/variables.tf", noDefault)
	r.commit("Federate the payroll replica")
	// Only variables.tf changes: the password reaches the connection in main.tf.
	r.write("infra/federation/variables.tf", vars)
	adding := r.commit("Default the federation password for the sandbox")
	r.write("infra/federation/main.tf", append(append([]byte(nil), main...), "\n# Owned by the payroll data team.\n"...))
	r.commit("Owner comment")
	// The working tree no longer has the module: history reads the commits.
	if err := os.RemoveAll(filepath.Join(r.dir, "infra")); err != nil {
		t.Fatal(err)
	}
	only(t, scanRepo(t, r.dir), "infra/federation/variables.tf", adding, wantLines(vars))
}

func TestRunIncludesAreReadAsOfTheCommit(t *testing.T) {
	r := newRepo(t)
	conf, job := fixture(t, "run_notebooks/lib/pg_conf.py"), fixture(t, "run_notebooks/jobs/load_orders.py")
	fromScope := strings.Replace(string(job), `.option("password", PG_PASSWORD)`,
		`.option("password", dbutils.secrets.get("sales", "pg-loader"))`, 1)
	r.write("lib/pg_conf.py", conf)
	r.write("jobs/load_orders.py", []byte(fromScope))
	r.commit("Load orders with the loader login")
	// The job notebook now sends the included notebook's literal to JDBC:
	// the finding stands at the literal, for the commit that made it one.
	r.write("jobs/load_orders.py", job)
	using := r.commit("Use the shared Postgres settings")
	r.write("lib/pg_conf.py", []byte(strings.Replace(string(conf), `"Sa1es-L0ader-2025"`, `dbutils.secrets.get("sales", "pg-loader")`, 1)))
	r.commit("Move the loader password to the secret scope")
	r.write("jobs/load_orders.py", append(append([]byte(nil), job...), "\ndisplay(orders)\n"...))
	r.commit("Show the orders")
	// An uncommitted literal in the working tree is no commit's.
	r.write("lib/pg_conf.py", conf)
	only(t, scanRepo(t, r.dir), "lib/pg_conf.py", using, wantLines(conf))
}
