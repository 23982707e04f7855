package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bricklint/bricklint/internal/history"
	"github.com/bricklint/bricklint/internal/report"
)

// historyCmd is `bricklint history [flags] [REPO]`: the commits reachable
// from HEAD, or --range, or since --since, each analysed as it was.
func historyCmd(args []string, stdout, stderr io.Writer) (int, error) {
	var f scanFlags
	var revs, since string
	var prePush bool
	fs := newFlagSet(&f, stderr)
	fs.StringVar(&revs, "range", "", "commits to scan, as `REVS` git rev-list accepts (origin/main..HEAD); default HEAD")
	fs.StringVar(&since, "since", "", "only commits more recent than `DATE` (git log --since)")
	fs.BoolVar(&prePush, "pre-push", false, "scan the commits pre-commit's pre-push stage pushes (PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: bricklint history [flags] [REPO]\n\nflags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err == flag.ErrHelp {
		return exitClean, nil
	}
	if err != nil {
		return exitUsage, usagef("%v", err)
	}
	switch {
	case len(paths) > 1:
		return exitUsage, usagef("history takes one repository, not %d paths", len(paths))
	case f.fix || f.staged:
		return exitUsage, usagef("history reads commits: --fix and --staged do not apply")
	case len(paths) == 0:
		paths = []string{"."}
	}
	if prePush {
		// pre-commit sets both refs for an update of a remote branch, and
		// neither when the push brings the root commit (the whole history).
		from, to := os.Getenv("PRE_COMMIT_FROM_REF"), os.Getenv("PRE_COMMIT_TO_REF")
		switch {
		case from != "" && to != "":
			revs = from + ".." + to
		case to != "":
			revs = to
		}
	}
	if os.Getenv("GOGC") == "" {
		// A history scan allocates and drops a unit's parse per file version;
		// collecting less often saves a quarter of the CPU for some 10 MB.
		debug.SetGCPercent(400)
	}
	s, err := prepare(f, paths)
	if err != nil {
		return exitUsage, err
	}
	started := time.Now()
	res, err := history.Scan(history.Options{
		Repo: s.root, Revs: strings.Fields(revs), Since: since,
		Driver: s.opts, MaxFileSize: f.maxFileSize, Exclude: s.cfg.Excluded, Jobs: f.jobs,
	})
	if err != nil {
		return exitUsage, err
	}
	p := history.Head(s.root)
	prov := &report.Provenance{RepositoryURI: p.RepositoryURI, RevisionID: p.RevisionID, Branch: p.Branch}
	return s.finish(res, prov, started, stdout, stderr)
}
