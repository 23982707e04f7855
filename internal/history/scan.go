package history

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// Options configure a history scan.
type Options struct {
	Repo  string   // the repository's top-level directory
	Revs  []string // git rev-list arguments; empty means HEAD
	Since string   // git log --since; empty for no bound
	// Driver configures the analysis of each commit; its Root, Jobs and
	// ReadFile are set per commit.
	Driver      driver.Options
	MaxFileSize int64
	Exclude     func(rel string) bool
	Jobs        int // commits analysed in parallel; 0 means twice GOMAXPROCS

	keywords []string // the enabled rules' keywords, lower case
}

// Provenance names what was scanned, for SARIF versionControlProvenance.
type Provenance struct {
	RepositoryURI, RevisionID, Branch string
}

// Scan analyses the commits and returns the findings their added lines
// introduced, oldest commit first, each with its Commit set.
func Scan(opts Options) (*driver.Result, error) {
	for _, r := range opts.Revs {
		if strings.HasPrefix(r, "-") {
			return nil, fmt.Errorf("--range: %q is not a revision", r)
		}
	}
	args := []string{"log", "-z", "--raw", "--no-abbrev", "--root", "-M", "--diff-merges=first-parent",
		"--no-color", "--no-ext-diff", "--no-textconv", "--topo-order", "--reverse", "--format=" + logFormat}
	if opts.Since != "" {
		args = append(args, "--since="+opts.Since)
	}
	args = append(args, "--end-of-options")
	if len(opts.Revs) == 0 {
		args = append(args, "HEAD")
	}
	args = append(append(args, opts.Revs...), "--")
	cmd := gitCmd(opts.Repo, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot run git: %v", err)
	}
	for _, r := range opts.Driver.Rules {
		for _, k := range r.Meta.Keywords {
			opts.keywords = append(opts.keywords, strings.ToLower(k))
		}
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		// Twice the CPUs: a worker waiting for cat-file leaves its CPU to another.
		jobs = 2 * runtime.GOMAXPROCS(0)
	}
	// Commits are analysed while git log is still writing the later ones.
	type job struct {
		i int
		c *Commit
	}
	var (
		mu      sync.Mutex
		results []commitResult
		commits []*Commit
		werr    error
	)
	next := make(chan job, 4*jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cf, err := newCatFile(opts.Repo)
			if err != nil {
				mu.Lock()
				werr = err
				mu.Unlock()
				for range next {
				}
				return
			}
			defer cf.close()
			for j := range next {
				r := scanCommit(opts, cf, j.c)
				j.c.Changes = nil // a long history holds only what is reported
				mu.Lock()
				results[j.i] = r
				mu.Unlock()
			}
		}()
	}
	perr := ParseLog(out, func(c *Commit) error {
		mu.Lock()
		commits = append(commits, c)
		results = append(results, commitResult{})
		i := len(commits) - 1
		mu.Unlock()
		next <- job{i, c}
		return nil
	})
	close(next)
	wg.Wait()
	if perr != nil {
		cmd.Process.Kill() // it may be blocked writing what we no longer read
	}
	if err := cmd.Wait(); err != nil && perr == nil {
		return nil, fmt.Errorf("git log failed: %s", strings.TrimSpace(cmp(stderr.String(), err.Error())))
	}
	if perr != nil {
		return nil, perr
	}
	if werr != nil {
		return nil, werr
	}

	res := &driver.Result{}
	seen := map[string]bool{}  // fingerprints reported: a merge's first-parent diff repeats its branch's lines
	noted := map[string]bool{} // notifications said once, not once per commit
	if shallow, _ := gitCmd(opts.Repo, "rev-parse", "--is-shallow-repository").Output(); strings.TrimSpace(string(shallow)) == "true" {
		res.Notifications = append(res.Notifications, driver.Notification{Level: meta.Note, Path: ".",
			Message: "shallow clone: the oldest commits fetched stand for the history before them, and their files count as added there"})
	}
	for i, r := range results {
		if r.err != nil {
			return nil, fmt.Errorf("commit %s: %v", commits[i].SHA, r.err)
		}
		for _, f := range r.findings {
			if !seen[f.Fingerprint] {
				seen[f.Fingerprint] = true
				res.Findings = append(res.Findings, f)
			}
		}
		for _, n := range r.notes {
			key := n.Path + "\x00" + n.Message
			if !noted[key] {
				noted[key] = true
				res.Notifications = append(res.Notifications, n)
			}
		}
		res.FilesScanned += r.files
		res.UnitsAnalysed += r.units
	}
	return res, nil
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

type commitResult struct {
	findings []driver.Finding
	notes    []driver.Notification
	files    int
	units    int
	err      error
}

// commitTree reads one commit's files through cat-file and ls-tree.
type commitTree struct {
	repo, sha string
	cf        *catFile
	dirs      map[string][]string
	blobs     map[string][]byte // the changed files, read already
	old       map[string][]byte // their first parent's versions (nil for none)
}

func (t *commitTree) Files(dir string) []string {
	if names, ok := t.dirs[dir]; ok {
		return names
	}
	names := lsTree(t.repo, t.sha, []string{dir})[dir]
	t.dirs[dir] = names
	return names
}

// prefetch lists, with one git ls-tree, the directories a unit of these
// Terraform files looks into: their own and those above them (where the
// module of a folder of tfvars is).
func (t *commitTree) prefetch(files []string) {
	var dirs []string
	seen := map[string]bool{}
	for _, f := range files {
		if !source.IsTerraform(f) {
			continue
		}
		for d, i := path.Dir(f), 0; i <= 3; d, i = path.Dir(d), i+1 {
			if !seen[d] {
				seen[d] = true
				dirs = append(dirs, d)
			}
			if d == "." {
				break
			}
		}
	}
	if len(dirs) > 0 {
		maps.Copy(t.dirs, lsTree(t.repo, t.sha, dirs))
	}
}

func (t *commitTree) Read(rel string, max int64) ([]byte, bool) {
	if b, ok := t.blobs[rel]; ok {
		return b, max <= 0 || int64(len(b)) <= max
	}
	b, _, ok, err := t.cf.blob(t.sha+":"+rel, max)
	return b, ok && err == nil && b != nil
}

func scanCommit(opts Options, cf *catFile, c *Commit) (out commitResult) {
	tree := &commitTree{repo: opts.Repo, sha: c.SHA, cf: cf, dirs: map[string][]string{}, blobs: map[string][]byte{}, old: map[string][]byte{}}
	w := &driver.Walker{Root: opts.Repo, MaxFileSize: opts.MaxFileSize, Exclude: opts.Exclude, Tree: tree}
	changed := map[string]Change{}
	var files []string
	var todo []Change
	var names []string
	for _, ch := range c.Changes {
		switch {
		case ch.Status == 'D':
			continue
		case ch.NewMode == "160000" || ch.NewMode == "120000":
			continue // a submodule's commit or a symbolic link: no content of this repository to read
		case ch.Status == 'U' || zeroID(ch.NewBlob):
			continue
		}
		if !w.Wanted(ch.Path) && path.Ext(ch.Path) != "" {
			continue
		}
		todo = append(todo, ch)
		names = append(names, ch.NewBlob)
	}
	// The first parents' versions, for the lines each change added.
	var oldNames []string
	oldIndex := map[int]int{}
	for i, ch := range todo {
		if ch.Status != 'A' && !zeroID(ch.OldBlob) && (ch.OldMode == "100644" || ch.OldMode == "100755") {
			oldIndex[i] = len(names) + len(oldNames)
			oldNames = append(oldNames, ch.OldBlob)
		}
	}
	blobs, err := cf.blobs(append(names, oldNames...), opts.MaxFileSize)
	if err != nil {
		out.err = err
		return out
	}
	for i, ch := range todo {
		b, size, ok := blobs[i].b, blobs[i].size, blobs[i].ok
		wanted := w.Wanted(ch.Path)
		if !ok {
			continue
		}
		if b == nil {
			if wanted {
				out.notes = append(out.notes, driver.Notification{Level: meta.Note, Path: ch.Path,
					Message: fmt.Sprintf("skipped in commit %s: larger than %d bytes (%d)", c.SHA[:12], opts.MaxFileSize, size)})
			}
			continue
		}
		if !wanted && (!source.IsCandidate(ch.Path, b[:min(len(b), 64)]) || (opts.Exclude != nil && opts.Exclude(ch.Path))) {
			continue // an extension-less file without a shell shebang
		}
		tree.blobs[ch.Path] = b
		if j, ok := oldIndex[i]; ok && blobs[j].b != nil {
			tree.old[ch.Path] = blobs[j].b
			if onlyInert(blobs[j].b, b, ch.Path, opts.keywords) {
				continue // blank lines and plain comments: nothing this commit can have introduced
			}
		} else {
			tree.old[ch.Path] = nil
		}
		changed[ch.Path] = ch
		files = append(files, ch.Path)
	}
	if len(files) == 0 {
		return out
	}
	d := opts.Driver
	d.Root, d.Jobs = opts.Repo, 1
	// Context files and %run includes are read within the larger of
	// --max-file-size and the 8 MiB bound on includes: a huge blob that a
	// notebook names is never loaded whole.
	limit := opts.MaxFileSize
	if limit > 0 {
		limit = max(limit, 8<<20)
	}
	d.ReadFile = func(rel string) ([]byte, error) {
		if b, ok := tree.Read(rel, limit); ok {
			return b, nil
		}
		return nil, fmt.Errorf("not in commit %s", c.SHA[:12])
	}
	tree.prefetch(files)
	res := driver.Run(d, w.Units(files))
	out.files, out.units = res.FilesScanned, res.UnitsAnalysed
	out.notes = append(out.notes, res.Notifications...)
	added := map[string]map[int]bool{}
	// introduced tells a location on a line this commit added to a file it
	// changed (an archive's lines count in its notebooks: any location in a
	// changed archive counts, and the fingerprint decides).
	introduced := func(l driver.Location) bool {
		if _, ok := changed[l.Path]; !ok {
			return false
		}
		if l.Entry != "" {
			return true
		}
		lines, ok := added[l.Path]
		if !ok {
			// No old version (an addition, or one over --max-file-size): every line is added.
			lines = addedLines(tree.old[l.Path], tree.blobs[l.Path])
			added[l.Path] = lines
		}
		return anyLine(lines, l.Line, max(l.EndLine, l.Line))
	}
	commit := &c.Commit
	for _, f := range res.Findings {
		// A finding is this commit's when it wrote the secret, or the use
		// that makes it one (a password in a %run notebook that a job
		// notebook now sends to JDBC): the finding still stands at the literal.
		keep := introduced(f.Location)
		for _, r := range f.Related {
			keep = keep || introduced(r.Location)
		}
		if keep {
			f.Commit = commit
			out.findings = append(out.findings, f)
		}
	}
	return out
}

func anyLine(lines map[int]bool, from, to int) bool {
	for l := from; l <= to; l++ {
		if lines[l] {
			return true
		}
	}
	return false
}

// Head describes the scanned repository for SARIF: its origin URL without
// credentials (or its directory as a file URI), HEAD's commit and branch.
func Head(repo string) Provenance {
	var p Provenance
	if out, err := gitCmd(repo, "rev-parse", "--verify", "-q", "HEAD").Output(); err == nil {
		p.RevisionID = strings.TrimSpace(string(out))
	}
	if out, err := gitCmd(repo, "symbolic-ref", "--short", "-q", "HEAD").Output(); err == nil {
		p.Branch = strings.TrimSpace(string(out))
	}
	if out, err := gitCmd(repo, "remote", "get-url", "origin").Output(); err == nil {
		if u, err := url.Parse(strings.TrimSpace(string(out))); err == nil && u.Scheme != "" && u.Host != "" {
			u.User = nil // https://TOKEN@github.com/... must not reach a report
			u.RawQuery, u.Fragment = "", ""
			p.RepositoryURI = u.String()
		}
	}
	if p.RepositoryURI == "" {
		p.RepositoryURI = (&url.URL{Scheme: "file", Path: filepath.ToSlash(repo) + "/"}).String()
	}
	return p
}
