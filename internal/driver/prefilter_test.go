package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/benchcorpus"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/secret"
	"github.com/bricklint/bricklint/rules"
)

// findingsJSON is the findings of a result as bytes: what the reporters see.
func findingsJSON(t *testing.T, res *Result) []byte {
	t.Helper()
	b, err := json.MarshalIndent(res.Findings, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPrefilterDifferentialCorpora scans every corpus in testdata with the
// keyword prefilter and without it (every rule on every unit): the findings
// must be byte-identical. eval-d is a blind corpus and is not read.
func TestPrefilterDifferentialCorpora(t *testing.T) {
	dirs, err := filepath.Glob("../../testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, dir := range append(dirs, "../../examples") {
		if filepath.Base(dir) == "eval-d" {
			continue
		}
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			root, err := filepath.Abs(dir)
			if err != nil {
				t.Fatal(err)
			}
			root, _ = filepath.EvalSymlinks(root)
			w := &Walker{Root: root, MaxFileSize: 4 << 20}
			d, err := w.Discover([]string{root})
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{Root: root, Rules: rules.All(), Jobs: 2}
			fast := Run(opts, d.Units)
			opts.NoPrefilter = true
			full := Run(opts, d.Units)
			total += len(full.Findings)
			if a, b := findingsJSON(t, fast), findingsJSON(t, full); string(a) != string(b) {
				t.Errorf("%s: %d findings with the prefilter, %d without\n%s", dir, len(fast.Findings), len(full.Findings), firstDiff(a, b))
			}
			if fast.UnitsAnalysed > full.UnitsAnalysed {
				t.Errorf("prefilter analysed %d units, the full path %d", fast.UnitsAnalysed, full.UnitsAnalysed)
			}
		})
	}
	if total < 100 {
		t.Errorf("%d findings in all corpora: the test compares almost nothing", total)
	}
}

// TestPrefilterDifferentialFuzzSeeds does the same for every seed of
// FuzzPipeline, each as the kind of file its name says.
func TestPrefilterDifferentialFuzzSeeds(t *testing.T) {
	var seeds []string
	for _, pattern := range []string{"../../examples/*/*", "../../testdata/DBX*/*", "../../testdata/DBX*/*/*"} {
		paths, _ := filepath.Glob(pattern)
		seeds = append(seeds, paths...)
	}
	n := 0
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			continue // a directory
		}
		n++
		name := fuzzNames[int(seedKind(p))%len(fuzzNames)]
		opts := Options{Root: "/nonexistent", Rules: rules.All(), Jobs: 1,
			ReadFile: func(string) ([]byte, error) { return data, nil }}
		fast := Run(opts, []Unit{{Files: []string{name}}})
		opts.NoPrefilter = true
		full := Run(opts, []Unit{{Files: []string{name}}})
		if a, b := findingsJSON(t, fast), findingsJSON(t, full); string(a) != string(b) {
			t.Errorf("%s as %s: %d findings with the prefilter, %d without\n%s", p, name, len(fast.Findings), len(full.Findings), firstDiff(a, b))
		}
	}
	if n < 50 {
		t.Fatalf("only %d seeds", n)
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "prefilter: …" + string(a[from:min(len(a), i+200)]) + "\nfull: …" + string(b[from:min(len(b), i+200)])
}

// TestPrefilterSelectsRulesByKeyword checks the one-pass scan against the
// per-keyword search it replaced: a rule is active exactly when one of its
// keywords occurs in some file of the unit, in any letter case, including
// keywords that overlap (pass, password) or end a file.
func TestPrefilterSelectsRulesByKeyword(t *testing.T) {
	all := rules.All()
	pf := newPrefilter(all, false)
	texts := []string{
		"",
		"x = 1\n",
		"PASSWORD",
		"my_PassWord = 1",
		"url = 'jdbc:postgresql://h/db'",
		"token: dapi",
		"Authorization: Bearer ...",
		"resource \"azurerm_databricks_workspace\" \"w\" {}",
		"fs.azure.account.key.x.dfs.core.windows.net",
		"CAN_MANAGE",
		"sig=abc",
	}
	for _, r := range all {
		for _, k := range r.Meta.Keywords {
			texts = append(texts, "prefix "+strings.ToUpper(k), k)
			if k != strings.ToLower(k) {
				t.Errorf("%s keyword %q is not lower case", r.Meta.ID, k)
			}
		}
	}
	for _, text := range texts {
		contents := map[string][]byte{"a.py": []byte(text), "b.py": []byte("x = 2\n")}
		got := pf.active(contents)
		for _, r := range all {
			_, on := got[r.Analyzer]
			if want := wantActive(r, contents); on != want {
				t.Errorf("%q: %s active = %v, want %v", text, r.Meta.ID, on, want)
			}
		}
	}
}

// wantActive is the search the one-pass scan replaced: secret.ContainsFold
// for each keyword of the rule over each file.
func wantActive(r meta.Rule, contents map[string][]byte) bool {
	if len(r.Meta.Keywords) == 0 {
		return true
	}
	for _, k := range r.Meta.Keywords {
		for _, b := range contents {
			if secret.ContainsFold(b, k) {
				return true
			}
		}
	}
	return false
}

// BenchmarkPrefilter compares the one-pass scan with the per-keyword
// search over the files of the benchmark corpus (docs/performance.md).
func BenchmarkPrefilter(b *testing.B) {
	dir := b.TempDir()
	size, err := benchcorpus.Generate(dir, 2000)
	if err != nil {
		b.Fatal(err)
	}
	var files []map[string][]byte
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			content, _ := os.ReadFile(p)
			files = append(files, map[string][]byte{p: content})
		}
		return nil
	})
	all := rules.All()
	b.Run("one-pass", func(b *testing.B) {
		pf := newPrefilter(all, false)
		b.SetBytes(size)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, f := range files {
				pf.active(f)
			}
		}
	})
	b.Run("per-keyword", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, f := range files {
				for _, r := range all {
					wantActive(r, f)
				}
			}
		}
	})
}

// TestLargestUnitsStartFirst: discovery records each unit's size, and Run
// starts the largest first (a 2 MB notebook must not be the last unit a
// worker picks up) while the findings keep discovery order.
func TestLargestUnitsStartFirst(t *testing.T) {
	jdbc := "spark.read.format(\"jdbc\").option(\"password\", \"Summer2024!\").load()\n"
	big := "# Databricks notebook source\n" + strings.Repeat("df = spark.table(\"bronze.orders\")\n", 2000) + jdbc
	tf := "variable \"x\" {}\n"
	root := writeTree(t, map[string]string{
		"a_small.py":      jdbc,
		"b_big.py":        big,
		"infra/main.tf":   tf,
		"infra/vars.tf":   tf,
		"z_medium.sh":     strings.Repeat("echo hello\n", 100),
		"not_scanned.txt": strings.Repeat("x", 10000),
	})
	w := &Walker{Root: root, MaxFileSize: 1 << 20}
	d, err := w.Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int64{}
	for _, u := range d.Units {
		sizes[u.Files[0]] = u.Size
	}
	want := map[string]int64{"a_small.py": int64(len(jdbc)), "b_big.py": int64(len(big)), "infra/main.tf": int64(2 * len(tf)), "z_medium.sh": 1100}
	if !reflect.DeepEqual(sizes, want) {
		t.Errorf("unit sizes %v, want %v", sizes, want)
	}
	var order []string
	for _, i := range largestFirst(d.Units) {
		order = append(order, d.Units[i].Files[0])
	}
	if wantOrder := []string{"b_big.py", "z_medium.sh", "a_small.py", "infra/main.tf"}; !reflect.DeepEqual(order, wantOrder) {
		t.Errorf("start order %v, want %v", order, wantOrder)
	}
	res := Run(Options{Root: root, Rules: rules.All(), Jobs: 2}, d.Units)
	var paths []string
	for _, f := range res.Findings {
		paths = append(paths, f.Path)
	}
	if !reflect.DeepEqual(paths, []string{"a_small.py", "b_big.py"}) {
		t.Errorf("findings in %v, want a_small.py then b_big.py", paths)
	}
}
