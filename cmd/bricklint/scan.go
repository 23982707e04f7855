package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bricklint/bricklint/internal/baseline"
	"github.com/bricklint/bricklint/internal/config"
	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/report"
	"github.com/bricklint/bricklint/rules"
)

// formats are the values of --format.
var formats = []string{"text", "sarif", "json", "junit", "gitlab", "markdown", "html"}

// scanFlags are the scan command's options.
type scanFlags struct {
	format, output, failLevel string
	enable, disable           string
	jobs                      int
	maxFileSize               int64
	configPath                string
	noConfig                  bool
	baseline, writeBaseline   string
	fix, staged               bool
	category, root, color     string
	showSuppressed, version   bool
	progress                  bool
}

func newFlagSet(f *scanFlags, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("bricklint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(formats, ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.output, "o", "", "shorthand for --output")
	fs.StringVar(&f.failLevel, "fail-level", "", "exit 1 when a finding at or above this level remains: none, note, warning or error (default warning)")
	fs.StringVar(&f.enable, "enable", "", "comma-separated rule IDs or names to run (default: all)")
	fs.StringVar(&f.disable, "disable", "", "comma-separated rule IDs or names not to run")
	fs.IntVar(&f.jobs, "jobs", 0, "files analysed in parallel (default: number of CPUs)")
	fs.Int64Var(&f.maxFileSize, "max-file-size", 5<<20, "skip files larger than this many `bytes`")
	fs.StringVar(&f.configPath, "config", "", "configuration `FILE` (default: .bricklint.yaml at the scan root)")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore .bricklint.yaml")
	fs.StringVar(&f.baseline, "baseline", "", "hide findings recorded in this baseline `FILE`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline `FILE`")
	fs.BoolVar(&f.fix, "fix", false, "apply suggested fixes to the files in place")
	fs.BoolVar(&f.staged, "staged", false, "scan the content staged in the git index (for hooks that pass no file names)")
	fs.StringVar(&f.category, "sarif-category", "", "SARIF automationDetails category (leave empty to let upload-sarif set it)")
	fs.StringVar(&f.root, "root", "", "repository root that reported paths are relative to (default: the enclosing git repository)")
	fs.StringVar(&f.color, "color", "auto", "colour text output: auto, always or never")
	fs.BoolVar(&f.showSuppressed, "show-suppressed", false, "also print suppressed and baselined findings in text output")
	fs.BoolVar(&f.progress, "progress", false, "print progress on stderr (default: only on a terminal, outside CI, for scans longer than a second)")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: bricklint [flags] [path ...]\n       bricklint history [flags] [REPO]\n       bricklint rules | explain RULE | config schema | lsp | version\n\nflags:\n")
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed lets flags follow paths (bricklint examples --format sarif).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		if args[0] == "--" {
			return append(paths, args[1:]...), nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

// setup is what the scan and history commands share once flags and the
// configuration are read.
type setup struct {
	f         scanFlags
	root      string
	cfg       *config.Config
	enabled   []meta.Rule
	failLevel meta.Severity
	opts      driver.Options
}

// prepare checks the flags, loads the configuration and selects the rules.
func prepare(f scanFlags, paths []string) (*setup, error) {
	if !slices.Contains(formats, f.format) {
		return nil, usagef("--format must be one of %s, not %q", strings.Join(formats, ", "), f.format)
	}
	root, err := findRoot(f.root, paths)
	if err != nil {
		return nil, err
	}
	cfg, err := loadConfig(f, root)
	if err != nil {
		return nil, err
	}
	levels, err := severityOverrides(cfg)
	if err != nil {
		return nil, err
	}
	enabled, err := selectRules(cfg, levels, f.enable, f.disable)
	if err != nil {
		return nil, err
	}
	failName := f.failLevel
	if failName == "" {
		failName = cfg.FailLevel
	}
	if failName == "" {
		failName = "warning"
	}
	failLevel, ok := meta.ParseSeverity(failName)
	if !ok {
		return nil, usagef("--fail-level must be none, note, warning or error, not %q", failName)
	}
	opts := driver.Options{
		Root: root, Rules: enabled, Jobs: f.jobs, KnownRule: rules.ID,
		Level: func(id string) (meta.Severity, bool) { s, ok := levels[id]; return s, ok },
	}
	return &setup{f: f, root: root, cfg: cfg, enabled: enabled, failLevel: failLevel, opts: opts}, nil
}

func scan(args []string, stdout, stderr io.Writer) (int, error) {
	var f scanFlags
	fs := newFlagSet(&f, stderr)
	paths, err := parseInterspersed(fs, args)
	if err == flag.ErrHelp {
		return exitClean, nil
	}
	if err != nil {
		return exitUsage, usagef("%v", err)
	}
	if f.version {
		fmt.Fprintln(stdout, "bricklint", version)
		return exitClean, nil
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	s, err := prepare(f, paths)
	if err != nil {
		return exitUsage, err
	}
	root, opts := s.root, s.opts

	walker := &driver.Walker{Root: root, MaxFileSize: f.maxFileSize, Exclude: s.cfg.Excluded}
	var units []driver.Unit
	var skipped []driver.Skipped
	if f.staged {
		files, read, err := stagedFiles(root, walker)
		if err != nil {
			return exitUsage, err
		}
		units, opts.ReadFile = walker.Units(files), read
	} else {
		d, err := walker.Discover(paths)
		if err != nil {
			return exitUsage, usagef("%v", err)
		}
		units, skipped = d.Units, d.Skipped
	}
	started := time.Now()
	stopProgress := func() {}
	if show, tty := showProgress(f.progress, stderr); show {
		opts.Progress = &driver.Progress{}
		every := 5 * time.Second // a line each time in a log
		if tty {
			every = 200 * time.Millisecond
		}
		stopProgress = startProgress(stderr, opts.Progress, tty, progressDelay, every)
	}
	res := driver.Run(opts, units)
	stopProgress() // before anything else is printed
	opts.Progress = nil
	for _, s := range skipped {
		res.Notifications = append(res.Notifications, driver.Notification{Level: meta.Note, Path: s.Path, Message: "skipped: " + s.Reason})
	}

	if f.fix {
		fixed, err := applyFixes(root, res.Findings)
		if err != nil {
			return exitUsage, err
		}
		fmt.Fprintf(stderr, "bricklint: applied %d fixes; scanning again\n", fixed)
		if fixed > 0 {
			res = driver.Run(opts, units)
		}
	}

	return s.finish(res, nil, started, stdout, stderr)
}

// finish applies the baseline, writes the report and picks the exit code.
func (s *setup) finish(res *driver.Result, prov *report.Provenance, started time.Time, stdout, stderr io.Writer) (int, error) {
	f, failLevel := s.f, s.failLevel
	rep := report.Result{Result: res, Rules: metas(s.enabled), Baselined: map[string]bool{}, Provenance: prov, Started: started, Finished: time.Now()}
	if f.baseline != "" {
		b, err := baseline.Load(f.baseline)
		if err != nil {
			return exitUsage, err
		}
		for _, fd := range res.Findings {
			if b.Contains(baselineEntry(fd)) {
				rep.Baselined[fd.Fingerprint] = true
			}
		}
	}
	if f.writeBaseline != "" {
		var entries []baseline.Entry
		for _, fd := range res.Findings {
			if fd.Suppression == nil {
				entries = append(entries, baselineEntry(fd))
			}
		}
		if err := baseline.Write(f.writeBaseline, entries); err != nil {
			return exitUsage, err
		}
		fmt.Fprintf(stderr, "bricklint: recorded %d findings in %s\n", len(entries), f.writeBaseline)
	}

	if err := writeReport(f, stdout, rep, failLevel, s.root); err != nil {
		return exitUsage, err
	}
	report.Notifications(stderr, res.Notifications)

	if f.writeBaseline != "" {
		return exitClean, nil
	}
	for _, fd := range res.Findings {
		if fd.Suppression == nil && !rep.Baselined[fd.Fingerprint] && failLevel != 0 && fd.Level >= failLevel {
			return exitFindings, nil
		}
	}
	return exitClean, nil
}

func writeReport(f scanFlags, stdout io.Writer, rep report.Result, failLevel meta.Severity, root string) error {
	w := stdout
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	tool := report.Tool{Name: "bricklint", Version: version, URI: "https://github.com/bricklint/bricklint"}
	switch f.format {
	case "sarif":
		return report.SARIF(w, tool, rep, report.SARIFOptions{Category: f.category})
	case "json":
		return report.JSON(w, rep)
	case "gitlab":
		return report.GitLab(w, tool, rep, report.GitLabOptions{Commit: headCommit(root)})
	case "markdown":
		opts := report.DefaultMarkdownOptions
		opts.LinkBase = blobBase()
		return report.Markdown(w, rep, opts)
	case "html":
		return report.HTML(w, tool, rep)
	case "junit":
		return report.JUnit(w, rep, report.JUnitOptions{FailLevel: failLevel})
	}
	color := f.color == "always" || (f.color == "auto" && f.output == "" && isTerminal(stdout))
	return report.Text(w, rep, report.TextOptions{Color: color, ShowSuppressed: f.showSuppressed})
}

func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	info, err := file.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// findRoot picks the directory reported paths are relative to: --root, or
// the git repository enclosing the first path, or that path's directory.
func findRoot(flagRoot string, paths []string) (string, error) {
	if flagRoot != "" {
		abs, err := filepath.Abs(flagRoot)
		if err != nil {
			return "", err
		}
		return filepath.EvalSymlinks(abs)
	}
	abs, err := filepath.Abs(paths[0])
	if err != nil {
		return "", err
	}
	abs, err = filepath.EvalSymlinks(abs)
	if err != nil {
		return "", usagef("%s: %v", paths[0], err)
	}
	start := abs
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		start = filepath.Dir(abs)
	}
	for dir := start; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	cwd, err := os.Getwd()
	if err == nil {
		if real, err := filepath.EvalSymlinks(cwd); err == nil && (start == real || strings.HasPrefix(start, real+string(filepath.Separator))) {
			return real, nil
		}
	}
	return start, nil
}

func loadConfig(f scanFlags, root string) (*config.Config, error) {
	if f.noConfig {
		return &config.Config{}, nil
	}
	path := f.configPath
	if path == "" {
		p, ok := config.Find(root)
		if !ok {
			return &config.Config{}, nil
		}
		path = p
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	for _, names := range [][]string{cfg.Enable, cfg.Disable} {
		for _, n := range names {
			if _, ok := rules.Lookup(n); !ok {
				return nil, usagef("%s: unknown rule %q", cfg.Path, n)
			}
		}
	}
	for n, opts := range cfg.Options {
		r, ok := rules.Lookup(n)
		if !ok {
			return nil, usagef("%s: unknown rule %q", cfg.Path, n)
		}
		for k, v := range opts {
			if r.Analyzer.Flags.Lookup(k) == nil {
				return nil, usagef("%s: rule %s has no option %q", cfg.Path, r.Meta.ID, k)
			}
			if err := r.Analyzer.Flags.Set(k, v); err != nil {
				return nil, usagef("%s: rule %s option %s: %v", cfg.Path, r.Meta.ID, k, err)
			}
		}
	}
	return cfg, nil
}

// selectRules applies the config's and the command line's enable/disable
// lists (the command line's --enable replaces the file's; disable lists add
// up, and a rule whose configured severity is "none" is off).
func selectRules(cfg *config.Config, levels map[string]meta.Severity, enableFlag, disableFlag string) ([]meta.Rule, error) {
	split := func(s string) []string {
		var out []string
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	enable, disable := cfg.Enable, cfg.Disable
	if e := split(enableFlag); len(e) > 0 {
		enable = e
	}
	disable = append(append([]string(nil), disable...), split(disableFlag)...)
	on := map[string]bool{}
	if len(enable) == 0 {
		for _, r := range rules.All() {
			on[r.Meta.ID] = true
		}
	}
	for _, n := range enable {
		id, ok := rules.ID(n)
		if !ok {
			return nil, usagef("unknown rule %q; `bricklint rules` lists them", n)
		}
		on[id] = true
	}
	for _, n := range disable {
		id, ok := rules.ID(n)
		if !ok {
			return nil, usagef("unknown rule %q; `bricklint rules` lists them", n)
		}
		delete(on, id)
	}
	var out []meta.Rule
	for _, r := range rules.All() {
		if lvl, ok := levels[r.Meta.ID]; ok && lvl == 0 {
			continue
		}
		if on[r.Meta.ID] {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, usagef("no rule is enabled")
	}
	return out, nil
}

func severityOverrides(cfg *config.Config) (map[string]meta.Severity, error) {
	out := map[string]meta.Severity{}
	for n, s := range cfg.Severity {
		id, ok := rules.ID(n)
		if !ok {
			return nil, usagef("%s: unknown rule %q", cfg.Path, n)
		}
		lvl, ok := meta.ParseSeverity(s)
		if !ok {
			return nil, usagef("%s: severity of %s must be note, warning, error or none", cfg.Path, n)
		}
		out[id] = lvl
	}
	return out, nil
}

func baselineEntry(f driver.Finding) baseline.Entry {
	return baseline.Entry{Rule: f.Rule.ID, Path: f.Path, Fingerprint: f.Fingerprint, Message: f.Message}
}

func metas(rs []meta.Rule) []meta.Meta {
	out := make([]meta.Meta, len(rs))
	for i, r := range rs {
		out[i] = r.Meta
	}
	return out
}

// applyFixes writes every suggested fix of unsuppressed findings into the files.
func applyFixes(root string, findings []driver.Finding) (int, error) {
	byFile := map[string][]driver.Edit{}
	n := 0
	for _, f := range findings {
		if f.Suppression != nil || len(f.Fixes) == 0 {
			continue
		}
		n++
		for _, e := range f.Fixes[0].Edits {
			byFile[e.Path] = append(byFile[e.Path], e)
		}
	}
	paths := make([]string, 0, len(byFile))
	for p := range byFile {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		abs := filepath.Join(root, filepath.FromSlash(p))
		src, err := os.ReadFile(abs)
		if err != nil {
			return 0, err
		}
		out, err := driver.ApplyEdits(src, byFile[p])
		if err != nil {
			return 0, fmt.Errorf("%s: %v", p, err)
		}
		info, err := os.Stat(abs)
		if err != nil {
			return 0, err
		}
		if err := os.WriteFile(abs, out, info.Mode().Perm()); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// stagedFiles lists the files staged for commit and reads their staged
// content from the index, so a hook checks exactly what will be committed.
func stagedFiles(root string, w *driver.Walker) ([]string, func(string) ([]byte, error), error) {
	cmd := exec.Command("git", "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, nil, fmt.Errorf("--staged: git diff --cached failed in %s: %v", root, err)
	}
	var files []string
	for _, name := range bytes.Split(out, []byte{0}) {
		if len(name) > 0 && w.Wanted(string(name)) {
			files = append(files, string(name))
		}
	}
	read := func(rel string) ([]byte, error) {
		cmd := exec.Command("git", "show", ":"+rel)
		cmd.Dir = root
		return cmd.Output()
	}
	return files, read, nil
}

// headCommit is the scanned commit for reports that name one: GitLab's
// CI_COMMIT_SHA, else the HEAD of the repository at the scan root, read
// from .git without running git (a scan starts no program).
func headCommit(root string) string {
	if sha := os.Getenv("CI_COMMIT_SHA"); sha != "" {
		return sha
	}
	gitDir := filepath.Join(root, ".git")
	if b, err := os.ReadFile(gitDir); err == nil { // a worktree: "gitdir: PATH"
		if p, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "gitdir: "); ok {
			gitDir = p
			if !filepath.IsAbs(p) {
				gitDir = filepath.Join(root, p)
			}
		}
	}
	head, err := os.ReadFile(filepath.Join(gitDir, "HEAD"))
	if err != nil {
		return ""
	}
	ref, ok := strings.CutPrefix(strings.TrimSpace(string(head)), "ref: ")
	if !ok {
		return strings.TrimSpace(string(head)) // detached
	}
	// A worktree keeps its refs in the common directory.
	dirs := []string{gitDir}
	if c, err := os.ReadFile(filepath.Join(gitDir, "commondir")); err == nil {
		common := strings.TrimSpace(string(c))
		if !filepath.IsAbs(common) {
			common = filepath.Join(gitDir, common)
		}
		dirs = append(dirs, common)
	}
	for _, d := range dirs {
		if b, err := os.ReadFile(filepath.Join(d, filepath.FromSlash(ref))); err == nil {
			return strings.TrimSpace(string(b))
		}
		packed, _ := os.ReadFile(filepath.Join(d, "packed-refs"))
		for _, line := range strings.Split(string(packed), "\n") {
			if sha, name, ok := strings.Cut(line, " "); ok && name == ref {
				return sha
			}
		}
	}
	return ""
}

// blobBase is the URL prefix of the scanned files at the scanned commit,
// from the CI's environment (GitHub Actions, GitLab CI), or "".
func blobBase() string {
	if srv, repo, sha := os.Getenv("GITHUB_SERVER_URL"), os.Getenv("GITHUB_REPOSITORY"), os.Getenv("GITHUB_SHA"); srv != "" && repo != "" && sha != "" {
		return srv + "/" + repo + "/blob/" + sha + "/"
	}
	if proj, sha := os.Getenv("CI_PROJECT_URL"), os.Getenv("CI_COMMIT_SHA"); proj != "" && sha != "" {
		return proj + "/-/blob/" + sha + "/"
	}
	return ""
}
