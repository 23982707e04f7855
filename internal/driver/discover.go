package driver

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"

	"github.com/bricklint/bricklint/analyzers/source"
)

// Unit is a set of files analysed together: one file, or the Terraform files
// of one directory (variables and locals live in sibling files).
type Unit struct {
	Files []string // paths relative to the root, slash-separated
	// Context are files read for what they define but not reported on: the
	// other Terraform files of a module when only some were named (a
	// pre-commit run passes just the changed main.tf; its variables and
	// provider constraints are in siblings).
	Context []string
	// Size is the bytes of its files as discovery saw them (0 when not
	// known): Run starts the largest units first, so that a huge file does
	// not start last and leave the other workers idle.
	Size int64
}

// Skipped is a file discovery looked at and left alone, with the reason.
type Skipped struct {
	Path   string
	Reason string
}

// Discovery is what a walk found.
type Discovery struct {
	Units   []Unit
	Skipped []Skipped
}

// Walker finds the files to scan under a root.
type Walker struct {
	Root        string // absolute, symlinks resolved
	MaxFileSize int64
	Exclude     func(rel string) bool // config excludes; nil for none
	// Tree, when set, is where units find their context files instead of
	// the working directory (bricklint history: the tree of one commit).
	Tree  Tree
	sizes map[string]int64 // of the files check let in
}

// Tree is a read-only file tree addressed by root-relative slash paths.
type Tree interface {
	// Files lists the regular files directly in dir ("." for the root).
	Files(dir string) []string
	// Read returns a regular file's content; ok is false when it does not
	// exist, is not a regular file, or is larger than maxSize (when > 0).
	Read(rel string, maxSize int64) (b []byte, ok bool)
}

// Discover walks paths (files or directories, relative to the working
// directory) and groups what it finds into units, in a deterministic order.
// Paths given explicitly are scanned even when .gitignore would skip them
// (pre-commit passes exactly the files it wants checked).
func (w *Walker) Discover(paths []string) (*Discovery, error) {
	d := &Discovery{}
	seen := map[string]bool{}
	var files []string
	add := func(rel string) {
		if !seen[rel] {
			seen[rel] = true
			files = append(files, rel)
		}
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		rel, ok := w.rel(real)
		if !ok {
			return nil, fmt.Errorf("%s: outside the scan root %s", p, w.Root)
		}
		info, err := os.Stat(real)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if !info.IsDir() {
			if reason := w.check(rel, info); reason != "" {
				if reason != skipNotCandidate {
					d.Skipped = append(d.Skipped, Skipped{rel, reason})
				}
				continue
			}
			add(rel)
			continue
		}
		if err := w.walk(real, rel, d, add); err != nil {
			return nil, err
		}
	}
	d.Units = w.Units(files)
	return d, nil
}

// Units groups files into units (group) and gives Terraform units built
// from some of a module's files the others as context.
func (w *Walker) Units(files []string) []Unit {
	units := group(files)
	w.addModuleContext(units)
	w.addBundleContext(units)
	for i := range units {
		for _, f := range append(slices.Clip(units[i].Files), units[i].Context...) {
			units[i].Size += w.sizes[f]
		}
	}
	return units
}

// addModuleContext completes Terraform units with the files their values
// come from, as context: the module's other Terraform files (a unit built
// from named files may lack the variables.tf or versions.tf its values come
// from), the local child modules it calls (literal inputs flow into them),
// the templates it renders with templatefile(), and, for a folder of
// -var-file tfvars (env/prod.tfvars), the module they are written for.
func (w *Walker) addModuleContext(units []Unit) {
	for i := range units {
		u := &units[i]
		if !source.IsTerraform(u.Files[0]) {
			continue
		}
		named := map[string]bool{}
		for _, f := range u.Files {
			named[f] = true
		}
		add := func(rel string) {
			if !named[rel] {
				named[rel] = true
				u.Context = append(u.Context, rel)
			}
		}
		dir := path.Dir(u.Files[0])
		dirs := []string{dir}
		if !w.hasConfig(dir) {
			if parent, ok := w.enclosingModule(dir); ok {
				dirs = append(dirs, parent)
			}
		}
		seen := map[string]bool{}
		for depth := 0; len(dirs) > 0 && depth <= MaxModuleDepth; depth++ {
			var next []string
			for _, d := range dirs {
				if seen[d] {
					continue // a module called twice, or a cycle of modules
				}
				seen[d] = true
				for _, rel := range w.terraformFiles(d) {
					add(rel)
					next = append(next, w.references(rel, add)...)
				}
			}
			dirs = next
		}
	}
}

// MaxModuleDepth bounds how deep local child modules are followed; real
// configurations nest two or three levels.
const MaxModuleDepth = 8

// maxVarFileClimb bounds how far above a folder of tfvars its module is
// looked for (environments/prod/terraform.tfvars is two levels below).
const maxVarFileClimb = 3

// terraformFiles lists the Terraform files of a directory under the root.
func (w *Walker) terraformFiles(dir string) []string {
	if w.Tree != nil {
		var out []string
		for _, name := range w.Tree.Files(dir) {
			if rel := path.Join(dir, name); source.IsTerraform(rel) {
				out = append(out, rel)
			}
		}
		return out
	}
	entries, err := os.ReadDir(filepath.Join(w.Root, filepath.FromSlash(dir)))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		rel := path.Join(dir, e.Name())
		if e.Type().IsRegular() && source.IsTerraform(rel) {
			out = append(out, rel)
		}
	}
	return out
}

// hasConfig reports whether a directory holds .tf or .tf.json files (a
// module), not only variable definitions files.
func (w *Walker) hasConfig(dir string) bool {
	for _, f := range w.terraformFiles(dir) {
		if l := strings.ToLower(f); strings.HasSuffix(l, ".tf") || strings.HasSuffix(l, ".tf.json") {
			return true
		}
	}
	return false
}

// enclosingModule is the nearest directory above dir, within the root, that
// holds a module: where tfvars meant for -var-file live next to.
func (w *Walker) enclosingModule(dir string) (string, bool) {
	for range maxVarFileClimb {
		if dir == "." || dir == "" {
			return "", false
		}
		dir = path.Dir(dir)
		if w.hasConfig(dir) {
			return dir, true
		}
	}
	return "", false
}

// localSource matches a local module source ("./modules/db", "../shared")
// in native or JSON syntax; remote sources start otherwise.
var localSource = regexp.MustCompile(`(?m)^\s*"?source"?\s*[=:]\s*"(\.\.?/[^"]*)"`)

// templateCall matches templatefile("${path.module}/...") and its JSON form.
var templateCall = regexp.MustCompile(`templatefile\(\s*\\?"\$\{path\.module\}/([^"\\]+)\\?"`)

// references returns the local module directories a Terraform file calls
// and adds the templates it renders; both resolved relative to the file,
// kept only when they stay within the scan root.
func (w *Walker) references(rel string, add func(string)) []string {
	b, ok := w.readRel(rel)
	if !ok {
		return nil
	}
	var dirs []string
	for _, m := range localSource.FindAllSubmatch(b, -1) {
		if d, ok := w.within(path.Join(path.Dir(rel), string(m[1]))); ok {
			dirs = append(dirs, d)
		}
	}
	for _, m := range templateCall.FindAllSubmatch(b, -1) {
		if t, ok := w.within(path.Join(path.Dir(rel), string(m[1]))); ok {
			if _, ok := w.readRel(t); ok {
				add(t)
			}
		}
	}
	return dirs
}

// within returns a root-relative path in its real form when it, with any
// symbolic links resolved, stays under the root.
func (w *Walker) within(rel string) (string, bool) {
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", false
	}
	if w.Tree != nil {
		return rel, true // a commit's tree has no symbolic links to follow (they are not regular files)
	}
	real, err := filepath.EvalSymlinks(filepath.Join(w.Root, filepath.FromSlash(rel)))
	if err != nil {
		return "", false
	}
	return w.rel(real)
}

// Wanted reports whether a root-relative path names a file bricklint reads
// and the configuration does not exclude (for file lists from git).
func (w *Walker) Wanted(rel string) bool {
	return source.IsCandidate(rel, nil) && (w.Exclude == nil || !w.Exclude(rel))
}

const skipNotCandidate = "not a format bricklint reads"

// check decides whether a regular file is worth reading.
func (w *Walker) check(rel string, info fs.FileInfo) string {
	if !info.Mode().IsRegular() {
		return "not a regular file"
	}
	if w.Exclude != nil && w.Exclude(rel) {
		return "excluded by configuration"
	}
	if !source.IsCandidate(rel, nil) && !hasShebang(filepath.Join(w.Root, filepath.FromSlash(rel)), rel) {
		return skipNotCandidate
	}
	if w.MaxFileSize > 0 && info.Size() > w.MaxFileSize {
		return fmt.Sprintf("larger than %d bytes (%d)", w.MaxFileSize, info.Size())
	}
	if w.sizes == nil {
		w.sizes = map[string]int64{}
	}
	w.sizes[rel] = info.Size()
	return ""
}

// hasShebang lets extension-less scripts in (bin/deploy with #!/bin/bash).
func hasShebang(abs, rel string) bool {
	if path.Ext(rel) != "" {
		return false
	}
	f, err := os.Open(abs)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 64)
	n, _ := f.Read(buf)
	return source.IsCandidate(rel, buf[:n])
}

func (w *Walker) rel(abs string) (string, bool) {
	r, err := filepath.Rel(w.Root, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// walk visits a directory tree, honouring .gitignore files, .git/info/exclude
// and the config excludes. Symbolic links are never followed: a link to a file
// inside the root is reached by its real path anyway, and one outside must
// not be read.
func (w *Walker) walk(absDir, relDir string, d *Discovery, add func(string)) error {
	patterns := readIgnore(w.Root, nil)
	if b, err := os.ReadFile(filepath.Join(w.Root, ".git", "info", "exclude")); err == nil {
		patterns = append(patterns, parsePatterns(b, nil)...)
	}
	// .gitignore files between the root and the starting directory apply too.
	if relDir != "." {
		parts := strings.Split(relDir, "/")
		for i := 1; i < len(parts); i++ {
			patterns = append(patterns, readIgnore(w.Root, parts[:i])...)
		}
	}
	return w.walkDir(absDir, relDir, patterns, d, add)
}

func (w *Walker) walkDir(absDir, relDir string, patterns []gitignore.Pattern, d *Discovery, add func(string)) error {
	var domain []string
	if relDir != "." {
		domain = strings.Split(relDir, "/")
		patterns = append(patterns, readIgnore(w.Root, domain)...)
	}
	entries, err := os.ReadDir(absDir)
	if err != nil {
		d.Skipped = append(d.Skipped, Skipped{relDir, err.Error()})
		return nil
	}
	matcher := gitignore.NewMatcher(patterns)
	for _, e := range entries { // os.ReadDir sorts by name
		name := e.Name()
		rel := name
		if relDir != "." {
			rel = relDir + "/" + name
		}
		pathParts := append(append([]string{}, domain...), name)
		if e.IsDir() {
			if name == ".git" || matcher.Match(pathParts, true) {
				continue
			}
			if w.Exclude != nil && w.Exclude(rel+"/") {
				continue
			}
			if err := w.walkDir(filepath.Join(absDir, name), rel, patterns, d, add); err != nil {
				return err
			}
			continue
		}
		if e.Type()&fs.ModeSymlink != 0 || matcher.Match(pathParts, false) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if reason := w.check(rel, info); reason != "" {
			if reason != skipNotCandidate {
				d.Skipped = append(d.Skipped, Skipped{rel, reason})
			}
			continue
		}
		add(rel)
	}
	return nil
}

func readIgnore(root string, domain []string) []gitignore.Pattern {
	b, err := os.ReadFile(filepath.Join(root, filepath.Join(domain...), ".gitignore"))
	if err != nil {
		return nil
	}
	return parsePatterns(b, domain)
}

func parsePatterns(b []byte, domain []string) []gitignore.Pattern {
	var ps []gitignore.Pattern
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps
}

// group turns files into units: Terraform files of one directory form one
// unit; every other file is a unit of its own.
func group(files []string) []Unit {
	sort.Strings(files)
	var units []Unit
	tf := map[string]int{} // directory -> index in units
	for _, f := range files {
		if source.IsTerraform(f) {
			dir := path.Dir(f)
			if i, ok := tf[dir]; ok {
				units[i].Files = append(units[i].Files, f)
				continue
			}
			tf[dir] = len(units)
		}
		units = append(units, Unit{Files: []string{f}})
	}
	return units
}

// isBinary reports whether content looks binary (a NUL in the first 8 KB),
// the same test git uses.
func isBinary(b []byte) bool {
	if len(b) > 8000 {
		b = b[:8000]
	}
	return bytes.IndexByte(b, 0) >= 0
}

func isShellScript(rel string) bool {
	_, lang := source.Classify(rel, nil)
	return lang == source.Shell
}

// readRel reads a regular file under the root by its root-relative path,
// within the size limit; symbolic links that leave the root are not followed.
func (w *Walker) readRel(rel string) ([]byte, bool) {
	if w.Tree != nil {
		return w.Tree.Read(rel, w.MaxFileSize)
	}
	p := filepath.Join(w.Root, filepath.FromSlash(rel))
	real, err := filepath.EvalSymlinks(p)
	if err != nil || !strings.HasPrefix(real+string(filepath.Separator), w.Root+string(filepath.Separator)) {
		return nil, false
	}
	st, err := os.Stat(real)
	if err != nil || !st.Mode().IsRegular() || (w.MaxFileSize > 0 && st.Size() > w.MaxFileSize) {
		return nil, false
	}
	b, err := os.ReadFile(real)
	return b, err == nil
}
