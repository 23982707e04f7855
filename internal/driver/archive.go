package driver

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/internal/meta"
)

// ArchiveLimits bound what one archive may cost to read: an archive comes
// from the repository, so it may be a zip bomb or a corrupt file.
type ArchiveLimits struct {
	MaxEntries    int   // entries in the central directory; the rest are not read
	MaxEntryBytes int64 // uncompressed bytes of one entry
	MaxTotalBytes int64 // uncompressed bytes read from one archive
	MaxRatio      int64 // uncompressed/compressed size of an entry of RatioFloor bytes or more
	// RatioFloor: small entries may compress well (a notebook of repeated
	// lines); the ratio limit is for entries large enough to matter.
	RatioFloor int64
	// MaxScanBytes bounds the notebooks of all archives of one scan, which
	// are held in memory until the scan ends; later archives are skipped.
	MaxScanBytes int64
}

// DefaultArchiveLimits are generous for course and workshop archives
// (hundreds of notebooks of a few hundred KB) and stop bombs early.
var DefaultArchiveLimits = ArchiveLimits{MaxEntries: 10000, MaxEntryBytes: 8 << 20, MaxTotalBytes: 64 << 20, MaxRatio: 100, RatioFloor: 1 << 20, MaxScanBytes: 512 << 20}

// maxResultsBytes caps the saved results text kept per command.
const maxResultsBytes = 1 << 20

// nestedExts are archive formats inside an archive: never opened (one level
// of reading keeps the cost of an archive bounded by its own limits).
var nestedExts = map[string]bool{".dbc": true, ".zip": true, ".jar": true, ".whl": true, ".egg": true,
	".tar": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".7z": true}

// dbcExts are the entry extensions of notebooks in a .dbc archive.
var dbcExts = map[string]source.Lang{".python": source.Python, ".scala": source.Scala, ".sql": source.SQL, ".r": source.R}

// archived is a notebook read from an archive, in source format.
type archived struct {
	archive string // root-relative path of the archive
	entry   string // entry name inside it
	content []byte
	spans   []cmdSpan // where each command begins; nil for plain code files
}

// cmdSpan is the first line of a command (or of its saved results) in content.
type cmdSpan struct {
	line    int
	command int // 1-based, in position order
	results bool
}

// place is the command a line of content belongs to.
func (a *archived) place(line int) (cmdSpan, bool) {
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].line > line }) - 1
	if i < 0 {
		return cmdSpan{}, false
	}
	return a.spans[i], true
}

// archiveSep separates an archive from an entry in the internal path of an
// archived notebook; such a path never names a file in the tree, since the
// archive is a file.
const archiveSep = "!/"

// expandArchives replaces each unit that is an archive by one unit per
// notebook inside it and returns the notebooks by their internal path.
func expandArchives(opts Options, units []Unit) ([]Unit, map[string]*archived, []Notification) {
	lim := DefaultArchiveLimits
	if opts.ArchiveLimits != nil {
		lim = *opts.ArchiveLimits
	}
	var out []Unit
	var notes []Notification
	vfs := map[string]*archived{}
	var held int64
	for _, u := range units {
		if len(u.Files) != 1 || len(u.Context) != 0 {
			out = append(out, u)
			continue
		}
		name := u.Files[0]
		if f, _ := source.Classify(name, nil); f != source.Archive {
			out = append(out, u)
			continue
		}
		var b []byte
		var err error
		if opts.ReadFile != nil {
			b, err = opts.ReadFile(name)
		} else {
			b, err = os.ReadFile(filepath.Join(opts.Root, filepath.FromSlash(name)))
		}
		if err != nil {
			notes = append(notes, Notification{Level: meta.Warning, Path: name, Message: "cannot read: " + err.Error()})
			continue
		}
		if lim.MaxScanBytes > 0 && held >= lim.MaxScanBytes {
			notes = append(notes, Notification{Level: meta.Warning, Path: name,
				Message: fmt.Sprintf("skipped: the archives before it hold %d bytes of notebooks, the limit for one scan", lim.MaxScanBytes)})
			continue
		}
		entries, n := readArchive(name, b, lim)
		notes = append(notes, n...)
		for _, a := range entries {
			held += int64(len(a.content))
			p := name + archiveSep + a.vpath
			vfs[p] = a.archived
			out = append(out, Unit{Files: []string{p}})
		}
	}
	return out, vfs, notes
}

// archiveEntry is a notebook or source file read from an archive.
type archiveEntry struct {
	*archived
	vpath string // entry name with the extension its format classifies by
}

// readArchive reads the notebooks of a .dbc archive (NotebookV1 JSON
// entries, turned into source-format notebooks) or the files of a zip of
// source exports, within the limits. Every entry left out is said in a
// notification; nothing here panics or reads more than the limits allow.
func readArchive(name string, b []byte, lim ArchiveLimits) ([]archiveEntry, []Notification) {
	var notes []Notification
	note := func(lvl meta.Severity, format string, args ...any) {
		notes = append(notes, Notification{Level: lvl, Path: name, Message: fmt.Sprintf(format, args...)})
	}
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) { // insecure names are checked below, one by one
		note(meta.Warning, "cannot read the archive (corrupt or not a zip file: %v); skipped", err)
		return nil, notes
	}
	files := r.File
	if lim.MaxEntries > 0 && len(files) > lim.MaxEntries {
		note(meta.Warning, "archive has %d entries, more than the limit of %d; only the first %d are read", len(files), lim.MaxEntries, lim.MaxEntries)
		files = files[:lim.MaxEntries]
	}
	seen := map[string]bool{}
	var total int64
	var out []archiveEntry
	for _, f := range files {
		entry := f.Name
		if strings.HasSuffix(entry, "/") {
			continue // a directory
		}
		if unsafeName(entry) {
			note(meta.Warning, "entry %q has an absolute or parent-relative name; not read", entry)
			continue
		}
		entry = path.Clean(entry)
		if seen[entry] {
			note(meta.Warning, "duplicate entry %q; only the first is read", entry)
			continue
		}
		seen[entry] = true
		ext := strings.ToLower(path.Ext(entry))
		if nestedExts[ext] {
			note(meta.Note, "entry %q is an archive inside the archive; not opened", entry)
			continue
		}
		lang, dbcExt := dbcExts[ext]
		if fm, _ := source.Classify(entry, nil); !dbcExt && (fm == source.Unknown || fm == source.Archive) {
			continue // not a format bricklint reads (a manifest, an image)
		}
		if lim.MaxEntryBytes > 0 && f.UncompressedSize64 > uint64(lim.MaxEntryBytes) {
			note(meta.Warning, "entry %q is %d bytes uncompressed, more than the limit of %d; not read", entry, f.UncompressedSize64, lim.MaxEntryBytes)
			continue
		}
		if bomb(f.UncompressedSize64, f.CompressedSize64, lim) {
			note(meta.Warning, "entry %q compresses %d bytes into %d, more than %d:1 (a zip bomb?); not read", entry, f.UncompressedSize64, f.CompressedSize64, lim.MaxRatio)
			continue
		}
		if lim.MaxTotalBytes > 0 && total+int64(f.UncompressedSize64) > lim.MaxTotalBytes {
			note(meta.Warning, "entries past %q would exceed %d uncompressed bytes in total; the rest of the archive is not read", entry, lim.MaxTotalBytes)
			break
		}
		data, err := readEntry(f, lim)
		if err != nil {
			note(meta.Warning, "entry %q: %v; not read", entry, err)
			continue
		}
		total += int64(len(data))
		a := &archived{archive: name, entry: entry}
		vpath := entry
		// .scala, .sql and .r entries are NotebookV1 JSON in a .dbc and
		// source exports in a zip: the content tells.
		if dbcExt && (ext == ".python" || bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{"))) {
			vpath = strings.TrimSuffix(entry, path.Ext(entry)) + langExt[lang]
			if a.content, a.spans, err = decodeDBC(data, lang); err != nil {
				note(meta.Warning, "entry %q: %v; not read", entry, err)
				continue
			}
		} else {
			a.content = data
			a.spans = sourceSpans(vpath, data)
		}
		out = append(out, archiveEntry{archived: a, vpath: vpath})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].entry < out[j].entry })
	return out, notes
}

var langExt = map[source.Lang]string{source.Python: ".py", source.Scala: ".scala", source.SQL: ".sql", source.R: ".r"}

// unsafeName: an absolute path, a drive letter, a backslash or a ".."
// element would name a file outside the archive's folder if extracted, and
// is never a Databricks export.
func unsafeName(name string) bool {
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, `\`) ||
		len(name) >= 2 && name[1] == ':' {
		return true
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

func bomb(uncompressed, compressed uint64, lim ArchiveLimits) bool {
	if lim.MaxRatio <= 0 || uncompressed < uint64(max(lim.RatioFloor, 0)) {
		return false
	}
	return compressed == 0 || uncompressed/compressed > uint64(lim.MaxRatio)
}

// readEntry decompresses an entry, never past the limits whatever its
// header claims (archive/zip also checks the size and CRC it declares).
func readEntry(f *zip.File, lim ArchiveLimits) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	limit := lim.MaxEntryBytes
	if limit <= 0 {
		limit = 1 << 30
	}
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("more than %d bytes uncompressed", limit)
	}
	if bomb(uint64(len(data)), f.CompressedSize64, lim) {
		return nil, fmt.Errorf("compresses more than %d:1 (a zip bomb?)", lim.MaxRatio)
	}
	return data, nil
}

// dbcNotebook is the part of a .dbc NotebookV1 entry bricklint reads.
type dbcNotebook struct {
	Version  string       `json:"version"`
	Name     string       `json:"name"`
	Language string       `json:"language"`
	Commands []dbcCommand `json:"commands"`
}

type dbcCommand struct {
	Command  string          `json:"command"`
	Position float64         `json:"position"`
	Results  json.RawMessage `json:"results"`
}

// decodeDBC turns a NotebookV1 entry into the source-format notebook
// Databricks would export: commands in position order between COMMAND
// separators, magic commands (%sql, %md ...) as "MAGIC" lines. A command's
// saved results follow it as a markdown cell, so token rules, which read
// every byte, see them, and code rules do not (as .ipynb outputs).
func decodeDBC(data []byte, entryLang source.Lang) ([]byte, []cmdSpan, error) {
	var nb dbcNotebook
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, nil, fmt.Errorf("not a Databricks notebook (%v)", err)
	}
	if nb.Version != "NotebookV1" {
		return nil, nil, fmt.Errorf("not a NotebookV1 notebook (version %q)", nb.Version)
	}
	lang := entryLang
	if l, ok := dbcExts["."+strings.ToLower(nb.Language)]; ok {
		lang = l
	}
	sort.SliceStable(nb.Commands, func(i, j int) bool { return nb.Commands[i].Position < nb.Commands[j].Position })
	prefix := notebook.CommentPrefix(lang)
	var b strings.Builder
	b.WriteString(prefix + " Databricks notebook source\n")
	line := 2
	var spans []cmdSpan
	cell := func(n int, results bool, text string, magic bool) {
		if len(spans) > 0 {
			b.WriteString("\n" + prefix + " COMMAND ----------\n\n")
			line += 3
		}
		spans = append(spans, cmdSpan{line: line, command: n, results: results})
		text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
		for _, l := range strings.Split(text, "\n") {
			if magic {
				l = strings.TrimRight(prefix+" MAGIC "+l, " ")
			}
			b.WriteString(l + "\n")
			line++
		}
	}
	for i, c := range nb.Commands {
		cell(i+1, false, c.Command, strings.HasPrefix(strings.TrimLeft(c.Command, " \t\r\n"), "%"))
		if text := resultsText(c.Results); text != "" {
			cell(i+1, true, "%md\n"+text, true)
		}
	}
	return []byte(b.String()), spans, nil
}

// resultsText collects the strings of a command's saved results (HTML,
// table cells, raw text), one per line, up to maxResultsBytes.
func resultsText(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	var b strings.Builder
	var walk func(v any)
	walk = func(v any) {
		if b.Len() >= maxResultsBytes {
			return
		}
		switch x := v.(type) {
		case string:
			if x != "" {
				b.WriteString(x[:min(len(x), maxResultsBytes-b.Len())] + "\n")
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k])
			}
		}
	}
	walk(v)
	return strings.TrimRight(b.String(), "\n")
}

// sourceSpans numbers the commands of a source-format notebook from a zip
// (plain code files have none).
func sourceSpans(name string, src []byte) []cmdSpan {
	fm, lang := source.Classify(name, src)
	if fm != source.Notebook {
		return nil
	}
	sep := notebook.CommentPrefix(lang) + " COMMAND ----------"
	spans := []cmdSpan{{line: 2, command: 1}}
	for n, l := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(strings.TrimRight(l, "\r")) == sep {
			spans = append(spans, cmdSpan{line: n + 2, command: len(spans) + 1})
		}
	}
	return spans
}

// placeInArchives rewrites what the scan says about archived notebooks so
// that it points at the archive: the entry and command go into the
// location, the message names them, and fixes are dropped (an archive is
// never edited).
func placeInArchives(res *Result, vfs map[string]*archived) {
	if len(vfs) == 0 {
		return
	}
	move := func(l *Location) *archived {
		a := vfs[l.Path]
		if a == nil {
			return nil
		}
		l.Path, l.Entry = a.archive, a.entry
		if s, ok := a.place(l.Line); ok {
			l.Command, l.InResults = s.command, s.results
		}
		return a
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if move(&f.Location) == nil {
			continue
		}
		f.Fixes = nil
		f.Message += " (" + where(f.Location) + ")"
		for j := range f.Related {
			move(&f.Related[j].Location)
		}
	}
	for i := range res.Notifications {
		n := &res.Notifications[i]
		a := vfs[n.Path]
		if a == nil {
			continue
		}
		loc := Location{Path: n.Path, Line: n.Line}
		move(&loc)
		n.Path, n.Line, n.Col = a.archive, 0, 0
		n.Message = where(loc) + ": " + n.Message
	}
}

// where names a location inside an archive for messages.
func where(l Location) string {
	s := "in " + l.Entry
	switch {
	case l.InResults:
		s += fmt.Sprintf(", saved results of command %d", l.Command)
	case l.Command > 0:
		s += fmt.Sprintf(", command %d", l.Command)
	}
	return s
}
