// Package driver runs go/analysis analyzers over files that are not Go: it
// discovers units, builds an analysis.Pass for each analyzer of each unit in
// Requires order, and turns diagnostics into positioned, redacted findings.
// The standard drivers load Go packages and cannot see notebooks or Terraform
// (docs/design.md §2).
package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/secret"
	"github.com/bricklint/bricklint/internal/suppress"
)

// Options configure a scan.
type Options struct {
	Root  string      // absolute scan root; finding paths are relative to it
	Rules []meta.Rule // the enabled rules
	Jobs  int         // parallel units; 0 means GOMAXPROCS
	// Level overrides a rule's default severity (configuration); nil keeps defaults.
	Level func(ruleID string) (meta.Severity, bool)
	// KnownRule tells suppression comments which IDs and names exist.
	KnownRule func(idOrName string) (id string, ok bool)
	// ReadFile reads a file by its root-relative path; nil reads the working
	// tree (--staged reads the git index instead).
	ReadFile func(rel string) ([]byte, error)
	// ArchiveLimits bound the reading of .dbc and .zip archives; nil means
	// DefaultArchiveLimits.
	ArchiveLimits *ArchiveLimits
	// Progress, when set, is updated as units finish (for a progress line).
	Progress *Progress
	// NoPrefilter analyses every unit with every rule, whether or not its
	// keywords occur: the full path the differential test compares with.
	NoPrefilter bool
}

// Progress counts a running scan's work; safe to read while Run runs.
type Progress struct {
	Total atomic.Int64 // files to analyse, known once archives are expanded
	Done  atomic.Int64 // files analysed
	Bytes atomic.Int64 // bytes read
}

// Location is a range in a file; lines and columns are 1-based, columns count
// bytes (Col16 columns count UTF-16 code units, as SARIF wants).
type Location struct {
	Path                   string
	Line, Col              int
	EndLine, EndCol        int
	Col16, EndCol16        int
	StartOffset, EndOffset int
	// Entry is set when Path is an archive (.dbc, .zip): the notebook inside.
	// Command is then its 1-based command (0 when unknown), InResults tells
	// the command's saved results, and Line, Col and the offsets count in the
	// notebook's source form.
	Entry     string
	Command   int
	InResults bool
}

// Related is a location that explains a finding, with what happens there:
// where the reported value is used, or a step on its way there.
type Related struct {
	Location
	Message string
}

// Edit replaces a byte range of a file.
type Edit struct {
	Location
	NewText string
}

// Fix is a suggested fix: edits that resolve a finding.
type Fix struct {
	Message string
	Edits   []Edit
}

// Finding is one diagnostic of one rule.
type Finding struct {
	Rule    meta.Meta
	Level   meta.Severity
	Message string
	Location
	// Excerpt is the source line of the start, with the finding's range
	// redacted when the rule reports secrets.
	Excerpt     string
	Related     []Related
	Fixes       []Fix
	Suppression *suppress.Directive // non-nil when an inline comment suppresses the finding
	// Fingerprint identifies the finding across commits: rule, path and the
	// redacted line's content, not its number.
	Fingerprint string
	// Commit is the commit that introduced the finding (bricklint history);
	// nil for a scan of files.
	Commit *Commit
}

// Commit identifies a git commit in history findings.
type Commit struct {
	SHA, Author, Email, Date, Subject string
}

// Notification is something the tool wants the user to know that is not a
// finding: a file that did not parse, a file skipped, a rule that crashed.
type Notification struct {
	Level   meta.Severity
	Path    string
	Line    int
	Col     int
	Message string
}

// Result is the outcome of a scan.
type Result struct {
	Findings      []Finding
	Notifications []Notification
	FilesScanned  int
	UnitsAnalysed int
}

// Run analyses the units and returns findings sorted by path, line, column, rule.
func Run(opts Options, units []Unit) *Result {
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	order, err := plan(opts.Rules)
	if err != nil {
		panic(err) // the rule set is ours; an invalid one is a bug caught by tests
	}
	units, vfs, archiveNotes := expandArchives(opts, units)
	pf := newPrefilter(opts.Rules, opts.NoPrefilter)
	results := make([]unitResult, len(units))
	if opts.Progress != nil {
		n := 0
		for _, u := range units {
			n += len(u.Files)
		}
		opts.Progress.Total.Store(int64(n))
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = runUnit(opts, order, pf, units[i], vfs)
				if p := opts.Progress; p != nil {
					p.Bytes.Add(results[i].bytes)
					p.Done.Add(int64(len(units[i].Files)))
				}
			}
		}()
	}
	for _, i := range largestFirst(units) {
		next <- i
	}
	close(next)
	wg.Wait()

	res := &Result{Notifications: archiveNotes}
	seen := map[string]bool{} // a literal in a %run notebook is reported once, by the first unit
	for _, r := range results {
		for _, f := range r.findings {
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d", f.Rule.ID, f.Path, f.StartOffset, f.EndOffset)
			if !seen[key] {
				seen[key] = true
				res.Findings = append(res.Findings, f)
			}
		}
		res.Notifications = append(res.Notifications, r.notes...)
		res.FilesScanned += r.files
		if r.analysed {
			res.UnitsAnalysed++
		}
	}
	placeInArchives(res, vfs)
	sortFindings(res.Findings)
	fingerprint(res.Findings)
	sort.SliceStable(res.Notifications, func(i, j int) bool {
		a, b := res.Notifications[i], res.Notifications[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return res
}

// largestFirst is the order in which to start the units: by size, largest
// first (the longest-processing-time rule), ties in discovery order.
// Results stay in discovery order whatever the order of work.
func largestFirst(units []Unit) []int {
	order := make([]int, len(units))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return units[order[a]].Size > units[order[b]].Size })
	return order
}

// plan validates the rule set and lists every analyzer needed, dependencies
// first (depth-first post-order over Requires).
func plan(rules []meta.Rule) ([]*analysis.Analyzer, error) {
	roots := make([]*analysis.Analyzer, len(rules))
	for i, r := range rules {
		roots[i] = r.Analyzer
	}
	if err := analysis.Validate(roots); err != nil {
		return nil, err
	}
	var order []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		order = append(order, a)
	}
	visit(extract.Analyzer) // parse problems are reported even when no rule needs the facts
	for _, a := range roots {
		visit(a)
	}
	return order, nil
}

type unitResult struct {
	findings []Finding
	notes    []Notification
	files    int
	bytes    int64 // of the files read
	analysed bool
}

func runUnit(opts Options, order []*analysis.Analyzer, pf *prefilter, u Unit, vfs map[string]*archived) (out unitResult) {
	contents := map[string][]byte{}
	var names, reported []string // every file read; those reported on
	context := map[string]bool{}
	for _, name := range u.Context {
		context[name] = true
	}
	for _, name := range append(slices.Clip(u.Files), u.Context...) {
		var b []byte
		var err error
		if a, ok := vfs[name]; ok {
			b = a.content
		} else if opts.ReadFile != nil {
			b, err = opts.ReadFile(name)
		} else {
			b, err = readFile(filepath.Join(opts.Root, filepath.FromSlash(name)))
		}
		if err != nil {
			if !context[name] {
				out.notes = append(out.notes, Notification{Level: meta.Warning, Path: name, Message: "cannot read: " + err.Error()})
			}
			continue
		}
		if isBinary(b) {
			// A .py or .json with NUL bytes is binary or UTF-16: not read, but said.
			if !context[name] {
				out.notes = append(out.notes, Notification{Level: meta.Note, Path: name, Message: "skipped: binary content (or UTF-16, which bricklint does not read)"})
			}
			continue
		}
		contents[name] = b
		out.bytes += int64(len(b))
		names = append(names, name)
		if !context[name] {
			reported = append(reported, name)
		}
	}
	out.files = len(reported)
	// The notebooks a notebook includes with %run are read for their
	// bindings; a finding in one is reported when it is reached from the
	// unit's own file (its related location is there). The files a shell
	// script sources are read for their functions and variables only.
	included := map[string]bool{}
	if len(u.Files) == 1 && !source.IsTerraform(u.Files[0]) && contents[u.Files[0]] != nil {
		file, src := u.Files[0], contents[u.Files[0]]
		sourced := isShellScript(file)
		var paths []string
		var bodies [][]byte
		if sourced {
			paths, bodies = sourcedFiles(file, src, includeReader(opts))
		} else {
			paths, bodies = includes(file, src, includeReader(opts))
		}
		for i, rel := range paths {
			if contents[rel] == nil {
				contents[rel] = bodies[i]
				names = append(names, rel)
				context[rel], included[rel] = true, !sourced
			}
		}
	}
	active := pf.active(contents)
	if len(active) == 0 {
		return out // fast path: no keyword of any enabled rule occurs in the unit
	}
	out.analysed = true

	fset := token.NewFileSet()
	results := map[*analysis.Analyzer]any{}
	failed := map[*analysis.Analyzer]bool{}
	type diag struct {
		rule meta.Meta
		d    analysis.Diagnostic
	}
	var diags []diag
	// One package and module for every pass of the unit: analyzers only
	// name them, and building them per pass was a tenth of the driver's
	// allocations.
	pkg := types.NewPackage("bricklint/"+strings.Join(names, ","), "unit")
	module := &analysis.Module{}
	readFile := func(name string) ([]byte, error) {
		if b, ok := contents[name]; ok {
			return b, nil
		}
		return nil, fmt.Errorf("%s is not in this unit", name)
	}
	for _, a := range order {
		rule, isRule := active[a]
		if !isRule && !neededBy(a, active) {
			continue
		}
		if dependsOnFailed(a, failed) {
			failed[a] = true
			continue
		}
		pass := &analysis.Pass{
			Analyzer:   a,
			Fset:       fset,
			OtherFiles: names,
			ReadFile:   readFile,
			Pkg:        pkg,
			ResultOf:   make(map[*analysis.Analyzer]any, len(a.Requires)),
			Module:     module,
			Report:     func(analysis.Diagnostic) {},
		}
		if isRule {
			// Only a rule's pass captures its Meta: a capture moves the
			// variable to the heap, for every analyzer of every unit.
			m := rule
			pass.Report = func(d analysis.Diagnostic) { diags = append(diags, diag{m, d}) }
		}
		for _, req := range a.Requires {
			pass.ResultOf[req] = results[req]
		}
		res, err := runAnalyzer(a, pass)
		if err == nil && a.ResultType != nil && reflect.TypeOf(res) != a.ResultType {
			err = fmt.Errorf("internal error: %s returned %T, want %v", a.Name, res, a.ResultType)
		}
		if err != nil {
			failed[a] = true
			out.notes = append(out.notes, Notification{Level: meta.Error, Path: strings.Join(names, ", "), Message: err.Error()})
			continue
		}
		results[a] = res
	}
	if fu, ok := results[extract.Analyzer].(*facts.Unit); ok {
		for _, f := range fu.Files {
			if context[f.Source.Path] {
				continue
			}
			for _, p := range f.Problems {
				n := Notification{Level: meta.Warning, Path: f.Source.Path, Message: p.Message}
				if p.Fatal {
					n.Level = meta.Error
				}
				if p.Pos.IsValid() {
					pos := fset.Position(p.Pos)
					n.Line, n.Col = pos.Line, pos.Column
				}
				out.notes = append(out.notes, n)
			}
		}
	}

	seen := map[string]bool{}
	for _, d := range diags {
		f, ok := toFinding(opts, fset, contents, d.rule, d.d)
		if !ok {
			out.notes = append(out.notes, Notification{Level: meta.Error, Path: strings.Join(names, ", "),
				Message: fmt.Sprintf("internal error: %s reported a position outside the unit", d.rule.ID)})
			continue
		}
		key := fmt.Sprintf("%s\x00%s\x00%d\x00%d", f.Rule.ID, f.Path, f.StartOffset, f.EndOffset)
		if context[f.Path] && !(included[f.Path] && relatedIn(f, context)) || seen[key] {
			continue // a context file, or the same literal reached through two uses (the first report stands)
		}
		seen[key] = true
		out.findings = append(out.findings, f)
	}
	redactExcerpts(out.findings, contents)
	if opts.KnownRule != nil {
		ids := enabledIDs(opts.Rules)
		enabled := func(id string) bool { return ids[id] }
		for _, p := range suppress.Audit(reported, contents, opts.KnownRule, enabled, usedDirectives(out.findings)) {
			out.notes = append(out.notes, Notification{Level: p.Level, Path: p.Path, Line: p.Line, Col: 1, Message: p.Message})
		}
	}
	return out
}

// relatedIn reports whether a finding has a related location in a file
// that is not context: a literal in a %run notebook used in the unit's own.
func relatedIn(f Finding, context map[string]bool) bool {
	for _, r := range f.Related {
		if !context[r.Path] {
			return true
		}
	}
	return false
}

// runAnalyzer turns a panic into an error naming the analyzer, so one bad
// file never stops the scan.
func runAnalyzer(a *analysis.Analyzer, pass *analysis.Pass) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %s crashed on this input (%v); please report it with the file.\n%s", a.Name, r, firstFrames(debug.Stack()))
		}
	}()
	return a.Run(pass)
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}

func dependsOnFailed(a *analysis.Analyzer, failed map[*analysis.Analyzer]bool) bool {
	for _, r := range a.Requires {
		if failed[r] {
			return true
		}
	}
	return false
}

// neededBy reports whether a non-rule analyzer is required by an active rule
// (or is the fact extraction, whose problems are always reported).
func neededBy(a *analysis.Analyzer, active map[*analysis.Analyzer]meta.Meta) bool {
	if a == extract.Analyzer || requires(extract.Analyzer, a) {
		return true
	}
	for r := range active {
		if requires(r, a) {
			return true
		}
	}
	return false
}

func requires(from, target *analysis.Analyzer) bool {
	for _, r := range from.Requires {
		if r == target || requires(r, target) {
			return true
		}
	}
	return false
}

func toFinding(opts Options, fset *token.FileSet, contents map[string][]byte, rule meta.Meta, d analysis.Diagnostic) (Finding, bool) {
	loc, ok := locate(fset, contents, d.Pos, d.End)
	if !ok {
		return Finding{}, false
	}
	f := Finding{Rule: rule, Level: rule.Severity, Message: d.Message, Location: loc}
	if d.Category == meta.NoteCategory {
		f.Level = meta.Note
	} else if opts.Level != nil {
		if lvl, ok := opts.Level(rule.ID); ok {
			f.Level = lvl
		}
	}
	src := contents[loc.Path]
	f.Excerpt = excerpt(src, loc, rule.Secret)
	for _, r := range d.Related {
		if rl, ok := locate(fset, contents, r.Pos, r.End); ok {
			f.Related = append(f.Related, Related{Location: rl, Message: r.Message})
		}
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		valid := true
		for _, e := range sf.TextEdits {
			el, ok := locate(fset, contents, e.Pos, e.End)
			if !ok || el.Path != loc.Path {
				valid = false
				break
			}
			fix.Edits = append(fix.Edits, Edit{Location: el, NewText: string(e.NewText)})
		}
		if valid && !overlapping(fix.Edits) {
			f.Fixes = append(f.Fixes, fix)
		}
	}
	f.Suppression = suppress.Find(loc.Path, src, loc.Line, rule.ID, rule.Name)
	return f, true
}

func locate(fset *token.FileSet, contents map[string][]byte, pos, end token.Pos) (Location, bool) {
	if !pos.IsValid() {
		return Location{}, false
	}
	tf := fset.File(pos)
	if tf == nil {
		return Location{}, false
	}
	if !end.IsValid() || end < pos {
		end = pos
	}
	if fset.File(end) != tf {
		end = pos
	}
	src, ok := contents[tf.Name()]
	if !ok {
		return Location{}, false
	}
	so, eo := tf.Offset(pos), tf.Offset(end)
	p, e := fset.Position(pos), fset.Position(end)
	return Location{
		Path: tf.Name(), Line: p.Line, Col: p.Column, EndLine: e.Line, EndCol: e.Column,
		Col16: col16(src, so), EndCol16: col16(src, eo),
		StartOffset: so, EndOffset: eo,
	}, true
}

// col16 is the 1-based column of offset off in UTF-16 code units, which is
// what SARIF's default columnKind counts.
func col16(src []byte, off int) int {
	start := lineStart(src, off)
	n := 1
	for s := src[start:off]; len(s) > 0; {
		r, size := utf8.DecodeRune(s)
		n += len(utf16.Encode([]rune{r}))
		s = s[size:]
	}
	return n
}

func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

func lineEnd(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off > 0 && src[off-1] == '\r' {
		off--
	}
	return off
}

// excerpt is the finding's first line; a secret's range on it is redacted.
func excerpt(src []byte, loc Location, redact bool) string {
	ls, le := lineStart(src, loc.StartOffset), lineEnd(src, loc.StartOffset)
	if !redact {
		return string(src[ls:le])
	}
	end := min(loc.EndOffset, le)
	if end <= loc.StartOffset {
		return string(src[ls:le])
	}
	return string(src[ls:loc.StartOffset]) + secret.Redact(string(src[loc.StartOffset:end])) + string(src[end:le])
}

// redactExcerpts redacts, in every finding's excerpt, every secret that any
// finding of the unit reports on that line: a line can hold a secret one
// rule reports (a client secret) and a finding of another rule that does not
// report secrets (the token request's scope), whose excerpt would otherwise
// show the secret in full.
func redactExcerpts(fs []Finding, contents map[string][]byte) {
	type span struct{ start, end int }
	secrets := map[string][]span{} // by path
	for _, f := range fs {
		if f.Rule.Secret && f.EndOffset > f.StartOffset {
			secrets[f.Path] = append(secrets[f.Path], span{f.StartOffset, f.EndOffset})
		}
	}
	for i := range fs {
		f := &fs[i]
		src := contents[f.Path]
		ls, le := lineStart(src, f.StartOffset), lineEnd(src, f.StartOffset)
		var on []span
		for _, s := range secrets[f.Path] {
			if s.start < le && s.end > ls {
				on = append(on, span{max(s.start, ls), min(s.end, le)})
			}
		}
		if len(on) == 0 || len(on) == 1 && f.Rule.Secret && on[0] == (span{f.StartOffset, min(f.EndOffset, le)}) {
			continue // nothing, or only the finding's own secret, which excerpt redacted
		}
		sort.Slice(on, func(a, b int) bool { return on[a].start < on[b].start })
		var b strings.Builder
		at := ls
		for _, s := range on {
			if s.end <= at {
				continue
			}
			s.start = max(s.start, at)
			b.Write(src[at:s.start])
			b.WriteString(secret.Redact(string(src[s.start:s.end])))
			at = s.end
		}
		b.Write(src[at:le])
		f.Excerpt = b.String()
	}
}

func overlapping(edits []Edit) bool {
	sorted := append([]Edit(nil), edits...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].StartOffset < sorted[j].StartOffset })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].StartOffset < sorted[i-1].EndOffset {
			return true
		}
	}
	return false
}

func enabledIDs(rules []meta.Rule) map[string]bool {
	m := map[string]bool{}
	for _, r := range rules {
		m[r.Meta.ID] = true
	}
	return m
}

func usedDirectives(fs []Finding) map[suppress.Key]bool {
	used := map[suppress.Key]bool{}
	for _, f := range fs {
		if f.Suppression != nil {
			used[f.Suppression.Key()] = true
		}
	}
	return used
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Entry != b.Entry:
			return a.Entry < b.Entry
		case a.Line != b.Line:
			return a.Line < b.Line
		case a.Col != b.Col:
			return a.Col < b.Col
		case a.Rule.ID != b.Rule.ID:
			return a.Rule.ID < b.Rule.ID
		}
		return a.Message < b.Message
	})
}

// fingerprint gives each finding a hash of its rule, file and redacted line
// text (whitespace trimmed), plus an occurrence counter for identical lines:
// moving code up or down keeps the fingerprint, editing the line changes it.
func fingerprint(fs []Finding) {
	count := map[string]int{}
	for i := range fs {
		f := &fs[i]
		path := f.Path
		if f.Entry != "" {
			path += archiveSep + f.Entry
		}
		sum := sha256.Sum256([]byte(f.Rule.ID + "\x00" + path + "\x00" + strings.Join(strings.Fields(f.Excerpt), " ")))
		h := hex.EncodeToString(sum[:8])
		count[h]++
		f.Fingerprint = fmt.Sprintf("%s:%d", h, count[h])
	}
}
