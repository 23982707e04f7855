package notebook

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// %run ./other_notebook makes the other notebook's bindings visible in the
// including one: Databricks runs it in the same context. Its target is
// resolved relative to the notebook, inside the scan root, with or without
// an extension; the driver gives the unit the included notebooks (Includes)
// and the analyzer reads them, in the including notebook's environments,
// where the %run stands. Nesting is bounded and cycles are cut.
const MaxRunDepth = 8

// RunRef is a %run line: where it stands (a byte offset in the file) and
// the path it names.
type RunRef struct {
	Off    int
	Target string
}

// runLine matches %run in a source notebook's MAGIC line or at the start of
// an .ipynb cell's JSON string.
var runLine = regexp.MustCompile(`(?m)(?:^[ \t]*(?:#|//|--)[ \t]*MAGIC[ \t]+|^[ \t]*"|[\[:][ \t]*")%run[ \t]+([^\s"\\]+)`)

// RunRefs returns the %run lines of a notebook's source.
func RunRefs(src []byte) []RunRef {
	if !bytes.Contains(src, []byte("%run")) {
		return nil
	}
	var out []RunRef
	for _, m := range runLine.FindAllSubmatchIndex(src, -1) {
		out = append(out, RunRef{Off: m[0], Target: string(src[m[2]:m[3]])})
	}
	return out
}

// runExtensions are tried in order when a %run target names no file as written.
var runExtensions = []string{"", ".py", ".scala", ".sql", ".r", ".R", ".ipynb"}

// ResolveRun returns the root-relative path of the notebook that from (a
// root-relative path) includes with %run target, if exists finds it. A
// workspace-absolute target (/Shared/...) and one outside the root are not
// in the repository.
func ResolveRun(from, target string, exists func(string) bool) (string, bool) {
	if strings.HasPrefix(target, "/") || target == "" {
		return "", false
	}
	p := path.Join(path.Dir(from), target)
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	for _, ext := range runExtensions {
		if exists(p + ext) {
			return p + ext, true
		}
	}
	return "", false
}

// cellsOf cuts a notebook or code file into its code cells.
func cellsOf(f *source.File) ([]*facts.Code, []facts.Problem) {
	switch f.Format {
	case source.Code:
		return []*facts.Code{facts.WholeFile(f, f.Lang)}, nil
	case source.Notebook:
		return SplitSource(f), nil
	case source.Ipynb:
		return SplitIpynb(f)
	}
	return nil, nil
}

// includer reads the notebooks a notebook includes with %run.
type includer struct {
	files map[string]*source.File // the unit's files by path
	stack []string                // the notebooks being read, the outermost first
}

// include reads the notebook that ref names into envs; its facts are its
// own file's, so only its bindings are kept.
func (in *includer) include(from *source.File, ref RunRef, envs map[source.Lang]*facts.Env) {
	if len(in.stack) >= MaxRunDepth {
		return
	}
	rel, ok := ResolveRun(from.Path, ref.Target, func(p string) bool { return in.files[p] != nil })
	if !ok {
		return
	}
	for _, p := range in.stack {
		if p == rel { // a cycle: the notebook is being read already
			return
		}
	}
	f := in.files[rel]
	cells, _ := cellsOf(f)
	in.stack = append(in.stack, rel)
	in.extract(f, cells, nil, envs)
	in.stack = in.stack[:len(in.stack)-1]
}

// lookup finds a file of the unit by path: what a shell script sources.
func (in *includer) lookup(p string) *source.File { return in.files[p] }
