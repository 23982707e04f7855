package driver

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/rules"
)

type zipEntry struct {
	name string
	data []byte
}

// buildZip writes entries into a zip, deflated, in order (duplicates and
// unsafe names included: the writer does not check them, hostile tools don't).
func buildZip(entries ...zipEntry) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			panic(err)
		}
		if _, err := f.Write(e.data); err != nil {
			panic(err)
		}
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// dirEntries reads a fixture folder as archive entries named relative to it.
func dirEntries(t testing.TB, dir string) []zipEntry {
	var out []zipEntry
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out = append(out, zipEntry{filepath.ToSlash(rel), b})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// scanFiles runs every rule over in-memory files, one unit per file.
func scanFiles(files map[string][]byte, lim *ArchiveLimits) *Result {
	var units []Unit
	for name := range files {
		units = append(units, Unit{Files: []string{name}})
	}
	sort.Slice(units, func(i, j int) bool { return units[i].Files[0] < units[j].Files[0] })
	return Run(Options{
		Root: "/nonexistent", Rules: rules.All(), Jobs: 1, ArchiveLimits: lim,
		ReadFile: func(name string) ([]byte, error) {
			if b, ok := files[name]; ok {
				return b, nil
			}
			return nil, os.ErrNotExist
		},
	}, units)
}

var wantRE = regexp.MustCompile("(?:#|//|--) want (DBX[0-9]+) (?:`([^`]*)`|\"([^\"]*)\")")

type archiveWant struct {
	entry   string
	command int
	rule    string
	re      *regexp.Regexp
}

// dbcWants reads the "want" comments of a folder of NotebookV1 entries: each
// expects a finding of its rule, in its entry and command (or that command's
// saved results), whose message matches.
func dbcWants(t *testing.T, entries []zipEntry) []archiveWant {
	var wants []archiveWant
	for _, e := range entries {
		var nb dbcNotebook
		if err := json.Unmarshal(e.data, &nb); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		sort.SliceStable(nb.Commands, func(i, j int) bool { return nb.Commands[i].Position < nb.Commands[j].Position })
		for i, c := range nb.Commands {
			for _, m := range wantRE.FindAllStringSubmatch(c.Command, -1) {
				wants = append(wants, archiveWant{e.name, i + 1, m[1], regexp.MustCompile(m[2] + m[3])})
			}
		}
	}
	return wants
}

func TestDBCFixtures(t *testing.T) {
	for _, dir := range []string{"bad_onboarding_course", "good_onboarding_course"} {
		t.Run(dir, func(t *testing.T) {
			entries := dirEntries(t, filepath.Join("../../testdata/archives", dir))
			name := "courses/" + dir + ".dbc"
			res := scanFiles(map[string][]byte{name: buildZip(entries...)}, nil)
			wants := dbcWants(t, entries)
			if strings.HasPrefix(dir, "bad_") && len(wants) == 0 {
				t.Fatal("a bad_ fixture must expect findings")
			}
			for _, n := range res.Notifications {
				t.Errorf("unexpected notification: %s: %s", n.Path, n.Message)
			}
			met := make([]bool, len(wants))
		findings:
			for _, f := range res.Findings {
				if f.Path != name || f.Entry == "" || f.Line == 0 {
					t.Errorf("finding not placed in the archive: %+v", f.Location)
				}
				if len(f.Fixes) != 0 {
					t.Errorf("%s: an archive finding carries a fix (an archive is never edited)", f.Rule.ID)
				}
				for i, w := range wants {
					if !met[i] && w.entry == f.Entry && w.command == f.Command && w.rule == f.Rule.ID && w.re.MatchString(f.Message) {
						met[i] = true
						continue findings
					}
				}
				t.Errorf("unexpected finding %s in %s command %d: %s", f.Rule.ID, f.Entry, f.Command, f.Message)
			}
			for i, w := range wants {
				if !met[i] {
					t.Errorf("missing %s in %s command %d matching %q", w.rule, w.entry, w.command, w.re)
				}
			}
			// The saved results of a command are read for tokens.
			if strings.HasPrefix(dir, "bad_") && !slices.ContainsFunc(res.Findings, func(f Finding) bool { return f.InResults }) {
				t.Error("no finding in saved results")
			}
		})
	}
}

// sourceToDBC turns a source-format notebook into the NotebookV1 entry
// Databricks would put in a .dbc (commands stored in reverse, positions give
// the order).
func sourceToDBC(name string, src []byte) []byte {
	_, lang := source.Classify(name, src)
	prefix := notebook.CommentPrefix(lang)
	var cells [][]string
	var cur []string
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == prefix+" COMMAND ----------" {
			cells, cur = append(cells, cur), nil
			continue
		}
		if strings.HasPrefix(l, prefix+" DBTITLE") {
			continue
		}
		cur = append(cur, l)
	}
	cells = append(cells, cur)
	type command struct {
		Command  string  `json:"command"`
		Position float64 `json:"position"`
	}
	var cmds []command
	for i, c := range cells {
		text := strings.Trim(strings.Join(c, "\n"), "\n")
		magic := prefix + " MAGIC"
		if strings.HasPrefix(text, magic) {
			var out []string
			for _, l := range strings.Split(text, "\n") {
				l = strings.TrimPrefix(strings.TrimPrefix(l, magic), " ")
				out = append(out, l)
			}
			text = strings.Join(out, "\n")
		}
		cmds = append([]command{{text, float64(i + 1)}}, cmds...)
	}
	b, _ := json.Marshal(map[string]any{"version": "NotebookV1", "name": path.Base(name), "language": string(lang), "commands": cmds})
	return b
}

// TestArchiveFindsWhatSourceFinds is the .dbc target: the rules' notebook
// fixtures, exported as source files, as a .dbc and as a zip of the source
// files, give the same findings (rule, notebook, command) or more.
func TestArchiveFindsWhatSourceFinds(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/DBX*/*")
	srcFiles := map[string][]byte{}
	var dbc, srcZip []zipEntry
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // a folder
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, "../../testdata/"))
		if f, lang := source.Classify(rel, b); f == source.Notebook {
			srcFiles[rel] = b
			srcZip = append(srcZip, zipEntry{rel, b})
			dbcName := strings.TrimSuffix(rel, path.Ext(rel)) + map[source.Lang]string{source.Python: ".python", source.Scala: ".scala", source.SQL: ".sql", source.R: ".r"}[lang]
			dbc = append(dbc, zipEntry{dbcName, sourceToDBC(rel, b)})
		}
	}
	if len(srcFiles) < 20 {
		t.Fatalf("only %d notebook fixtures found", len(srcFiles))
	}
	type key struct {
		rule, notebook string
		command        int
	}
	count := func(res *Result, stem func(Finding) string) map[key]int {
		m := map[key]int{}
		for _, f := range res.Findings {
			if f.Suppression == nil {
				m[key{f.Rule.ID, stem(f), f.Command}]++
			}
		}
		return m
	}
	noExt := func(p string) string { return strings.TrimSuffix(p, path.Ext(p)) }

	src := scanFiles(srcFiles, nil)
	// Source findings get their command number the way zip entries do.
	for i := range src.Findings {
		f := &src.Findings[i]
		a := &archived{spans: sourceSpans(f.Path, srcFiles[f.Path])}
		s, _ := a.place(f.Line)
		f.Command = s.command
	}
	want := count(src, func(f Finding) string { return noExt(f.Path) })
	if !slices.ContainsFunc(src.Findings, func(f Finding) bool { return len(f.Fixes) > 0 }) {
		t.Fatal("no source finding has a fix: the no-fix check below proves nothing")
	}
	if len(want) < 20 {
		t.Fatalf("only %d findings in the source notebooks", len(want))
	}
	for name, entries := range map[string][]zipEntry{"fixtures.dbc": dbc, "fixtures.zip": srcZip} {
		res := scanFiles(map[string][]byte{name: buildZip(entries...)}, nil)
		got := count(res, func(f Finding) string { return noExt(f.Entry) })
		if slices.ContainsFunc(res.Findings, func(f Finding) bool { return len(f.Fixes) > 0 }) {
			t.Errorf("%s: a finding in the archive carries a fix; --fix never edits an archive", name)
		}
		total := 0
		for k, n := range want {
			total += n
			if got[k] < n {
				t.Errorf("%s: %s in %s command %d: %d findings, the source export has %d", name, k.rule, k.notebook, k.command, got[k], n)
			}
		}
		t.Logf("%s: %d findings in %d notebooks; the source export has %d", name, len(res.Findings), len(entries), total)
		for _, n := range res.Notifications {
			if strings.Contains(n.Message, "not read") {
				t.Errorf("%s: %s", name, n.Message)
			}
		}
	}
}

// rawEntry writes an entry whose header declares sizes it does not have.
func rawEntry(w *zip.Writer, name string, data []byte, declared uint64) {
	var c bytes.Buffer
	fw, _ := flate.NewWriter(&c, flate.BestCompression)
	fw.Write(data)
	fw.Close()
	f, err := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(c.Len()), UncompressedSize64: declared})
	if err != nil {
		panic(err)
	}
	f.Write(c.Bytes())
}

const goodNotebook = "# Databricks notebook source\nPG_PASSWORD = \"Onb0arding-2024\"\n\n# COMMAND ----------\n\ndf = spark.read.format(\"jdbc\").option(\"password\", PG_PASSWORD).load()\n"

// hostileArchives are the archives the limits are tested (and the fuzzer
// seeded) with, each next to a good notebook that must still be read.
func hostileArchives() map[string]struct {
	data []byte
	note string // what the notification says
} {
	good := zipEntry{"etl/orders.py", []byte(goodNotebook)}
	valid := buildZip(good)
	corrupt := append([]byte(nil), valid...)
	copy(corrupt[len(corrupt)-22:], "garbage central dir!!") // the end-of-central-directory record
	truncated := valid[:len(valid)/2]

	var lying bytes.Buffer
	w := zip.NewWriter(&lying)
	rawEntry(w, "etl/lying.py", bytes.Repeat([]byte("# padding\n"), 20_000), 100)
	f, _ := w.Create(good.name)
	f.Write(good.data)
	w.Close()

	var huge bytes.Buffer
	w = zip.NewWriter(&huge)
	f, _ = w.Create(good.name)
	f.Write(good.data)
	rawEntry(w, "etl/huge.py", []byte("x = 1\n"), 12<<20)
	w.Close()

	// Lines of hex that barely compress: the total limit, not the ratio.
	var big bytes.Buffer
	for i := 0; big.Len() < 200<<10; i++ {
		fmt.Fprintf(&big, "row_%d = \"%x\"\n", i, crc32.ChecksumIEEE([]byte(fmt.Sprint(i)))*2654435761)
	}

	many := []zipEntry{good}
	for i := 0; i < 20; i++ {
		many = append(many, zipEntry{fmt.Sprintf("etl/n%02d.py", i), []byte("x = 1\n")})
	}
	type hostile = struct {
		data []byte
		note string
	}
	return map[string]hostile{
		"bomb.zip":      {buildZip(good, zipEntry{"etl/bomb.py", bytes.Repeat([]byte("# "), 64<<10)}), "a zip bomb"},
		"huge.zip":      {huge.Bytes(), "more than the limit"},
		"lying.zip":     {lying.Bytes(), `"etl/lying.py": zip: not a valid zip file`},
		"corrupt.dbc":   {corrupt, "cannot read the archive"},
		"truncated.zip": {truncated, "cannot read the archive"},
		"many.zip":      {buildZip(many...), "more than the limit of 10"},
		"total.zip":     {buildZip(good, zipEntry{"etl/big.py", big.Bytes()}), "in total"},
		"dup.zip":       {buildZip(good, zipEntry{good.name, []byte("x = 1\n")}), "duplicate entry"},
		"abs.zip":       {buildZip(good, zipEntry{"/etc/cron.py", []byte("x = 1\n")}), "absolute or parent-relative"},
		"dotdot.zip":    {buildZip(good, zipEntry{"etl/../../outside.py", []byte("x = 1\n")}), "absolute or parent-relative"},
		"drive.zip":     {buildZip(good, zipEntry{`C:\jobs\x.py`, []byte("x = 1\n")}), "absolute or parent-relative"},
		"nested.zip":    {buildZip(good, zipEntry{"etl/inner.dbc", valid}), "archive inside the archive"},
		"notjson.dbc":   {buildZip(good, zipEntry{"etl/broken.python", []byte("{\"version\": \"NotebookV1\", \"commands\": [")}), "not a Databricks notebook"},
	}
}

// testLimits are small enough for the hostile archives to reach each one
// (and for instrumented fuzzing to stay fast); the code paths are those of
// DefaultArchiveLimits.
var testLimits = ArchiveLimits{MaxEntries: 10, MaxEntryBytes: 256 << 10, MaxTotalBytes: 160 << 10, MaxRatio: 100, RatioFloor: 32 << 10}

func TestHostileArchives(t *testing.T) {
	for name, h := range hostileArchives() {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			res := scanFiles(map[string][]byte{name: h.data, "jobs/plain.py": []byte(goodNotebook)}, &testLimits)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			if elapsed > 5*time.Second {
				t.Errorf("took %v", elapsed)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d MB", alloc>>20)
			}
			noted := false
			for _, n := range res.Notifications {
				if n.Path == name && strings.Contains(n.Message, h.note) {
					noted = true
				}
			}
			if !noted {
				t.Errorf("no notification %q; got %+v", h.note, res.Notifications)
			}
			// The rest of the scan goes on: the plain file, and the good
			// notebook of every archive that can be read at all.
			var plain, inArchive bool
			for _, f := range res.Findings {
				plain = plain || f.Path == "jobs/plain.py"
				inArchive = inArchive || f.Path == name && f.Entry == "etl/orders.py" && f.Command == 1
			}
			if !plain {
				t.Error("the file next to the archive was not scanned")
			}
			if readable := !strings.Contains(h.note, "cannot read the archive"); readable != inArchive {
				t.Errorf("good notebook in the archive found: %v, want %v", inArchive, readable)
			}
		})
	}
}

func TestArchivesOfOneScanAreBounded(t *testing.T) {
	lim := testLimits
	lim.MaxScanBytes = 1
	a := buildZip(zipEntry{"etl/orders.py", []byte(goodNotebook)})
	res := scanFiles(map[string][]byte{"a.zip": a, "b.zip": a}, &lim)
	var paths []string
	for _, f := range res.Findings {
		paths = append(paths, f.Path)
	}
	if !reflect.DeepEqual(paths, []string{"a.zip"}) {
		t.Errorf("findings in %v, want only in a.zip", paths)
	}
	if len(res.Notifications) != 1 || res.Notifications[0].Path != "b.zip" || !strings.Contains(res.Notifications[0].Message, "limit for one scan") {
		t.Errorf("notifications %+v", res.Notifications)
	}
}

// FuzzArchive reads arbitrary bytes as an archive: no panic, bounded output,
// the same result twice, and no entry with an unsafe or duplicate name.
// Seeds are the archives the tests build.
func FuzzArchive(f *testing.F) {
	for _, h := range hostileArchives() {
		f.Add(h.data)
	}
	for _, dir := range []string{"bad_onboarding_course", "good_onboarding_course"} {
		f.Add(buildZip(dirEntries(f, filepath.Join("../../testdata/archives", dir))...))
	}
	lim := testLimits
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, notes := readArchive("a.dbc", data, lim)
		entries2, notes2 := readArchive("a.dbc", data, lim)
		if !reflect.DeepEqual(entries, entries2) || !reflect.DeepEqual(notes, notes2) {
			t.Fatal("two reads differ")
		}
		seen := map[string]bool{}
		var total int
		for _, e := range entries {
			if unsafeName(e.entry) || seen[e.entry] {
				t.Fatalf("entry %q read", e.entry)
			}
			seen[e.entry] = true
			total += len(e.content)
		}
		// A .dbc's source form adds separators and MAGIC prefixes per line.
		if total > 16*int(lim.MaxTotalBytes)+len(entries)*maxResultsBytes*16 {
			t.Fatalf("%d bytes of notebooks from %d bytes", total, len(data))
		}
		for _, n := range notes {
			if n.Path != "a.dbc" {
				t.Fatalf("notification for %q", n.Path)
			}
		}
		if len(entries) == 0 {
			return
		}
		// The whole pipeline over what the archive holds: every finding in
		// the archive, with its notebook, no fix, the same twice.
		res, res2 := scanFiles(map[string][]byte{"a.dbc": data}, &lim), scanFiles(map[string][]byte{"a.dbc": data}, &lim)
		if !reflect.DeepEqual(res, res2) {
			t.Fatal("two scans differ")
		}
		for _, f := range res.Findings {
			if f.Path != "a.dbc" || !seen[f.Entry] || len(f.Fixes) != 0 {
				t.Fatalf("finding %s at %+v with %d fixes", f.Rule.ID, f.Location, len(f.Fixes))
			}
		}
	})
}
