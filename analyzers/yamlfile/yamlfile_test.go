package yamlfile

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// The shared front-end test helpers, under this package's names.
var (
	yamlFile  = factstest.File
	lineCol   = factstest.LineCol
	findPair  = factstest.FindPair
	findBlock = factstest.FindBlock
	partsOf   = factstest.Parts
)

func runPass(t *testing.T, files ...*source.File) (*token.FileSet, *facts.Unit) {
	return factstest.Run(t, Analyzer, files...)
}

func extract(t *testing.T, name string) (*token.FileSet, *facts.File) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	fset, u := runPass(t, yamlFile(name, string(src)))
	if len(u.Files) != 1 {
		t.Fatalf("%d files", len(u.Files))
	}
	return fset, u.Files[0]
}

// spanOf is the line:col where sub starts inside v's text.
func spanOf(t *testing.T, fset *token.FileSet, v facts.Value, sub string) string {
	t.Helper()
	i := strings.Index(v.Text(), sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, v.Text())
	}
	p, e := v.Span(i, i+len(sub))
	if e-p != token.Pos(len(sub)) {
		return "inexact " + lineCol(fset, p)
	}
	return lineCol(fset, p)
}

func TestOnlyYAMLFiles(t *testing.T) {
	_, u := runPass(t, yamlFile("job.json", `{}`), yamlFile("conf/app.yaml", "a: 1\n"), yamlFile(".databrickscfg", "[DEFAULT]\n"))
	if len(u.Files) != 1 || u.Files[0].Source.Path != "conf/app.yaml" || u.Files[0].Kinds != nil {
		t.Errorf("files %+v", u.Files)
	}
}

func TestBundle(t *testing.T) {
	fset, f := extract(t, "databricks.yml")
	if !reflect.DeepEqual(f.Kinds, []string{"bundle"}) || len(f.Problems) != 0 {
		t.Fatalf("kinds %q problems %v", f.Kinds, f.Problems)
	}
	const cluster = "resources.jobs.nightly.job_clusters[0].new_cluster"
	nc := findBlock(f, cluster)
	if nc == nil || nc.Type != "new_cluster" || lineCol(fset, nc.Pos) != "34:13" {
		t.Fatalf("new_cluster block %+v", nc)
	}
	if b := findBlock(f, "resources.jobs.nightly.tasks[0].notebook_task.base_parameters"); b == nil || b.Type != "base_parameters" {
		t.Errorf("base_parameters block %+v", b)
	}
	if b := findBlock(f, "resources.jobs.nightly.tasks[0]"); b == nil || b.Type != "tasks" {
		t.Errorf("task block %+v", b)
	}
	if p, ok := nc.Get("num_workers"); !ok || p.Value.Type != facts.Number || p.Value.Text() != "2" {
		t.Errorf("num_workers %+v", p)
	}

	pw := findPair(t, f, cluster+".spark_conf", "spark.hadoop.javax.jdo.option.ConnectionPassword")
	if pw.Value.Kind() != facts.Literal || !pw.Value.Parts[0].Exact || lineCol(fset, pw.Value.Parts[0].Pos) != "38:66" ||
		lineCol(fset, pw.KeyPos) != "38:15" || pw.Origin != facts.YAMLEntry || pw.Value.Text() != "Hunter2-metastore" {
		t.Errorf("metastore password %v %q at %s key %s", pw.Value.Kind(), pw.Value.Text(), lineCol(fset, pw.Value.Parts[0].Pos), lineCol(fset, pw.KeyPos))
	}
	key := findPair(t, f, cluster+".spark_conf", "fs.azure.account.key.salesdl.dfs.core.windows.net")
	if got := partsOf(fset, key.Value); !reflect.DeepEqual(got, []string{`secret-ref:"secret-ref:secrets/storage/salesdl-key"@40:67`}) {
		t.Errorf("storage key parts %q", got)
	}

	wp := findPair(t, f, cluster+".spark_env_vars", "WAREHOUSE_PASSWORD")
	if wp.Value.Kind() != facts.Folded || wp.Value.Via != "var.warehouse_password" || wp.Value.Text() != "Spring2024!" ||
		lineCol(fset, wp.Value.Parts[0].Pos) != "11:15" || lineCol(fset, wp.Value.Pos) != "42:35" {
		t.Errorf("WAREHOUSE_PASSWORD = %v via %q %q parts %q at %s", wp.Value.Kind(), wp.Value.Via, wp.Value.Text(),
			partsOf(fset, wp.Value), lineCol(fset, wp.Value.Pos))
	}
	if v := findPair(t, f, cluster+".spark_env_vars", "SP_SECRET").Value; v.Kind() != facts.VarRef { // a lookup
		t.Errorf("SP_SECRET is %v %q", v.Kind(), v.Text())
	}
	// Overridden by the prod target: one pair per target's value, dev's the default.
	var envs []string
	for _, p := range f.Pairs {
		if p.Path == cluster+".spark_env_vars" && p.Key == "ENV_NAME" {
			envs = append(envs, fmt.Sprintf("%v:%s@%s", p.Value.Kind(), p.Value.Text(), lineCol(fset, p.Value.Parts[0].Pos)))
		}
	}
	if want := []string{"folded:dev@22:14", "folded:prod@61:17"}; !reflect.DeepEqual(envs, want) {
		t.Errorf("ENV_NAME pairs %q, want %q", envs, want)
	}

	url := findPair(t, f, "resources.jobs.nightly.tasks[0].notebook_task.base_parameters", "jdbc_url").Value
	want := []string{
		`literal:"jdbc:sqlserver://"@51:26`,
		`literal:"sales-db.database.windows.net"@16:14`,
		`literal:":1433;database=sales;user=etl;password=Autumn2024!"@51:59`,
	}
	if got := partsOf(fset, url); !reflect.DeepEqual(got, want) || url.Kind() != facts.Folded || url.Via != "var.jdbc_host" {
		t.Errorf("jdbc_url parts\n got %q\nwant %q (%v via %q)", got, want, url.Kind(), url.Via)
	}
	if got := spanOf(t, fset, url, "Autumn2024!"); got != "51:98" {
		t.Errorf("password at %s", got)
	}
	name := findPair(t, f, "resources.jobs.nightly", "name").Value
	if got := partsOf(fset, name); !reflect.DeepEqual(got, []string{`literal:"sales-nightly-"@30:13`, `var-ref:"var-ref:bundle.target"@30:27`}) {
		t.Errorf("name parts %q", got)
	}
	if v := findPair(t, f, "resources.jobs.nightly.tasks[0].notebook_task.base_parameters", "catalog").Value; v.Text() != "main" || lineCol(fset, v.Parts[0].Pos) != "14:14" {
		t.Errorf("catalog = %q at %s", v.Text(), lineCol(fset, v.Parts[0].Pos))
	}
	if p := findPair(t, f, "targets.dev", "default"); p.Value.Type != facts.Bool {
		t.Errorf("targets.dev.default is %v", p.Value.Type)
	}
	// Values are recorded where they are written: the default once, and the
	// env var that folds it once more at its place of use.
	n := 0
	for _, v := range f.Values {
		if v.Text() == "Spring2024!" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("Spring2024! in %d values", n)
	}
}

func TestBundleDetection(t *testing.T) {
	cases := []struct {
		name, src string
		bundle    bool
	}{
		{"databricks.yaml", "{}\n", true},
		{"conf/bundle.yml", "bundle:\n  name: x\n", true},
		{"resources/etl.yml", "resources:\n  pipelines:\n    p: {name: p}\n", true},
		{"targets.yml", "targets:\n  prod:\n    mode: production\n", true},
		{"k8s/deploy.yaml", "resources:\n  limits: {cpu: 1}\n", false},
		{".github/workflows/ci.yml", "jobs:\n  build: {runs-on: ubuntu-latest}\n", false},
	}
	for _, c := range cases {
		_, u := runPass(t, yamlFile(c.name, c.src))
		if got := u.Files[0].HasKind("bundle"); got != c.bundle {
			t.Errorf("%s: bundle %v, want %v", c.name, got, c.bundle)
		}
	}
	// In an included file without variables, ${var.x} stays a reference.
	fset, u := runPass(t, yamlFile("resources/etl.yml", "resources:\n  jobs:\n    j:\n      parameters:\n        - {name: pw, default: \"${var.pw}\"}\n"))
	v := findPair(t, u.Files[0], "resources.jobs.j.parameters[0]", "default").Value
	if got := partsOf(fset, v); !reflect.DeepEqual(got, []string{`var-ref:"var-ref:var.pw"@5:32`}) {
		t.Errorf("included ${var.pw}: %q", got)
	}
}

func TestMultiDocumentAndBlockScalars(t *testing.T) {
	fset, f := extract(t, "deploy.yml")
	if len(f.Blocks) != 2 || f.Kinds != nil || len(f.Problems) != 0 {
		t.Fatalf("%d blocks, kinds %q, problems %v", len(f.Blocks), f.Kinds, f.Problems)
	}
	tok := findPair(t, f, "stringData", "DATABRICKS_TOKEN")
	if tok.Value.Kind() != facts.Literal || lineCol(fset, tok.Value.Parts[0].Pos) != "8:21" {
		t.Errorf("token literal at %s", lineCol(fset, tok.Value.Parts[0].Pos))
	}
	env := "jobs.deploy.env"
	gh := findPair(t, f, env, "DATABRICKS_TOKEN")
	if gh.Value.Kind() != facts.SecretRef || lineCol(fset, gh.KeyPos) != "17:7" || lineCol(fset, gh.Value.Pos) != "17:25" {
		t.Errorf("secrets.DATABRICKS_TOKEN: %v key %s value %s", gh.Value.Kind(), lineCol(fset, gh.KeyPos), lineCol(fset, gh.Value.Pos))
	}
	if v := findPair(t, f, env, "CLIENT_ID").Value; v.Kind() != facts.VarRef {
		t.Errorf("vars.CLIENT_ID is %v", v.Kind())
	}
	if v := findPair(t, f, env, "WAREHOUSE").Value; v.Kind() != facts.EnvRef || v.Text() != facts.Placeholder(facts.EnvRef, "WAREHOUSE_ID") {
		t.Errorf("${WAREHOUSE_ID} is %v %q", v.Kind(), v.Text())
	}

	run := findPair(t, f, "jobs.deploy.steps[1]", "run").Value
	if !strings.HasPrefix(run.Text(), "curl -sS -X POST") || !strings.HasSuffix(run.Text(), "all-apis\"\n") {
		t.Fatalf("run = %q", run.Text())
	}
	if got := spanOf(t, fset, run, "scope=all-apis"); got != "25:47" {
		t.Errorf("scope=all-apis at %s", got)
	}
	if got := spanOf(t, fset, run, "curl"); got != "24:11" || lineCol(fset, run.Pos) != "23:14" {
		t.Errorf("curl at %s, value at %s", got, lineCol(fset, run.Pos))
	}
	folded := findPair(t, f, "jobs.deploy.steps[2]", "run").Value
	if folded.Text() != "databricks jobs run-now --job-id 42\n" || spanOf(t, fset, folded, "--job-id") != "29:11" {
		t.Errorf("folded = %q, --job-id at %s", folded.Text(), spanOf(t, fset, folded, "--job-id"))
	}
}

func TestAnchorsAndMergeKeys(t *testing.T) {
	fset, f := extract(t, "anchors.yml")
	const base = "resources.jobs.a.job_clusters"
	nc := findBlock(f, base+"[0].new_cluster")
	var keys []string
	for _, p := range nc.Pairs {
		keys = append(keys, p.Key+"="+p.Value.Text()+"@"+lineCol(fset, p.Value.Pos))
	}
	want := []string{"num_workers=1@12:26", "spark_version=15.4.x-scala2.12@13:28"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("merged pairs %q, want %q (explicit keys win)", keys, want)
	}
	for _, path := range []string{base + "[0].new_cluster.spark_conf", base + "[1].new_cluster.spark_conf"} {
		p := findPair(t, f, path, "spark.hadoop.javax.jdo.option.ConnectionPassword")
		if p.Value.Text() != "Pl41nText!" || lineCol(fset, p.Value.Parts[0].Pos) != "4:56" || lineCol(fset, p.KeyPos) != "4:5" {
			t.Errorf("%s: %q at %s", path, p.Value.Text(), lineCol(fset, p.Value.Parts[0].Pos))
		}
	}
	n := 0
	for _, v := range f.Values {
		if v.Text() == "Pl41nText!" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("an anchored literal is one Value, got %d", n)
	}
}

func TestUnicodeColumns(t *testing.T) {
	fset, f := extract(t, "unicode.yml")
	if v := findPair(t, f, "", "beschreibung").Value; lineCol(fset, v.Parts[0].Pos) != "1:16" || !v.Parts[0].Exact {
		t.Errorf("beschreibung at %s", lineCol(fset, v.Parts[0].Pos))
	}
	pw := findPair(t, f, "verbindung", "kennwort")
	if lineCol(fset, pw.KeyPos) != "2:28" || lineCol(fset, pw.Value.Parts[0].Pos) != "2:39" {
		t.Errorf("kennwort key %s value %s", lineCol(fset, pw.KeyPos), lineCol(fset, pw.Value.Parts[0].Pos))
	}
	if v := findPair(t, f, "verbindung", "ü€😀").Value; lineCol(fset, v.Pos) != "2:25" {
		t.Errorf("x at %s", lineCol(fset, v.Pos))
	}
	// Anchors and tags come before a node's content.
	a := findPair(t, f, "verbindung", "anker")
	if lineCol(fset, a.KeyPos) != "2:52" || lineCol(fset, a.Value.Pos) != "2:65" || !a.Value.Parts[0].Exact {
		t.Errorf("anker key %s value %s", lineCol(fset, a.KeyPos), lineCol(fset, a.Value.Pos))
	}
	var found bool
	for _, v := range f.Values {
		if strings.Contains(v.Text(), "Oktober1!") {
			found = spanOf(t, fset, v, "Oktober1!") == "3:24"
		}
	}
	if !found {
		t.Errorf("sequence scalar Oktober1! missing or misplaced")
	}
}

func TestBrokenYAML(t *testing.T) {
	// yaml.v3 names the line where the mapping that went wrong starts (its
	// "context mark"), not the line of the bad indentation.
	fset, f := extract(t, "broken.yml")
	if len(f.Problems) != 1 || !f.Problems[0].Fatal || lineCol(fset, f.Problems[0].Pos) != "2:3" ||
		f.Problems[0].Message != "invalid YAML: did not find expected key" ||
		!strings.HasPrefix(f.Problems[0].Message, "invalid YAML: ") {
		t.Fatalf("problems %+v at %s", f.Problems, lineCol(fset, f.Problems[0].Pos))
	}

	// The documents before a broken one keep their facts.
	_, u := runPass(t, yamlFile("two.yml", "a: b\n---\nc: [d\n"))
	g := u.Files[0]
	if len(g.Problems) != 1 || len(g.Pairs) != 1 || g.Pairs[0].Key != "a" {
		t.Errorf("pairs %+v problems %+v", g.Pairs, g.Problems)
	}
}

func TestHostileInput(t *testing.T) {
	laughs := "a: &a [x, x, x, x, x, x, x, x, x]\n"
	for c := 'b'; c <= 'k'; c++ {
		prev := string(c - 1)
		laughs += fmt.Sprintf("%c: &%c [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", c, c, prev, prev, prev, prev, prev, prev, prev, prev, prev)
	}
	cases := map[string]string{
		"laughs.yml":     laughs,
		"self.yml":       "a: &a [*a, {b: *a}]\n",
		"merge-self.yml": "a: &a {<<: *a, b: 1}\n",
		"deep.yml":       strings.Repeat("[", 5000) + strings.Repeat("]", 5000),
		"binary.yml":     "\x00\xff\xfe: \x01\n",
		"tabs.yml":       "a:\n\tb: 1\n",
	}
	for name, src := range cases {
		_, u := runPass(t, yamlFile(name, src))
		f := u.Files[0]
		if name == "laughs.yml" && len(f.Problems) == 0 {
			t.Errorf("%s: expansion not limited", name)
		}
	}
}

// TestEveryPrefix feeds every prefix of every fixture: no panic, and every
// position stays inside the file.
func TestEveryPrefix(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() { // testdata/fuzz
			continue
		}
		src, _ := os.ReadFile(filepath.Join("testdata", e.Name()))
		for i := 0; i <= len(src); i++ {
			fset, u := runPass(t, yamlFile(e.Name(), string(src[:i])))
			f := u.Files[0]
			check := func(p token.Pos) {
				if p != token.NoPos && fset.File(p) != f.Source.Tok {
					t.Fatalf("%s[:%d]: position outside the file", e.Name(), i)
				}
			}
			for _, p := range f.Pairs {
				check(p.KeyPos)
				check(p.Value.Pos)
				for _, part := range p.Value.Parts {
					check(part.Pos)
					check(part.End)
				}
			}
			for _, p := range f.Problems {
				check(p.Pos)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"databricks.yml", "deploy.yml", "anchors.yml", "unicode.yml"} {
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("a: |2-\n    x\n\n  y\nb: >+\n z\n\n"))
	f.Add([]byte("a: \"x\\\n  y\"\nb: 'it''s'\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fset, u := runPass(t, yamlFile("databricks.yml", string(src)))
		file := u.Files[0]
		for _, v := range file.Values {
			for _, p := range v.Parts {
				if fset.File(p.Pos) != file.Source.Tok {
					t.Fatalf("part outside the file")
				}
				// An exact part is the source text at its position.
				if off := file.Source.Tok.Offset(p.Pos); p.Exact && (off+len(p.Text) > len(src) || string(src[off:off+len(p.Text)]) != p.Text) {
					t.Fatalf("exact part %q is not the source at %d", p.Text, off)
				}
			}
		}
	})
}

func TestScalarSequencesArePairsOfTheirKey(t *testing.T) {
	fset, u := runPass(t, yamlFile("app.yml", "integration:\n  name: bi\n  scopes: [all-apis, sql]\n  redirect_urls:\n    - https://bi.example.com/cb\n"))
	var got []string
	for _, p := range u.Files[0].Pairs {
		if p.Key == "scopes" || p.Key == "redirect_urls" {
			got = append(got, fmt.Sprintf("%s=%s@%s path=%s", p.Key, p.Value.Text(), lineCol(fset, p.Value.Pos), p.Path))
		}
	}
	want := []string{"scopes=all-apis@3:12 path=integration", "scopes=sql@3:22 path=integration", "redirect_urls=https://bi.example.com/cb@5:7 path=integration"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairs %v\nwant  %v", got, want)
	}
}

func TestPipelineScriptsAreShell(t *testing.T) {
	src := "jobs:\n  token:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -s https://$HOST/oidc/v1/token \\\n            -d 'grant_type=client_credentials&scope=all-apis'\n"
	fset, u := runPass(t, yamlFile(".github/workflows/token.yml", src))
	f := u.Files[0]
	if len(f.Requests) != 1 || f.Requests[0].Tool != "curl" {
		t.Fatalf("requests %+v", f.Requests)
	}
	for _, p := range f.Requests[0].Params {
		if p.Key == "scope" {
			if got := spanOf(t, fset, p.Value, "all-apis"); got != "7:53" {
				t.Errorf("scope at %s, want 7:53", got)
			}
			return
		}
	}
	t.Error("no scope parameter")
}

// A file of a bundle resolves ${var.x} against the unit's other bundle
// files, once per target: the top-level resources see every target's value,
// a target's resources only that target's; folded parts keep the positions
// of the file they are written in.
func TestBundleAcrossFiles(t *testing.T) {
	root := yamlFile("databricks.yml", `bundle:
  name: feeds
include:
  - resources/*.yml
variables:
  login:
    default: Def4ult-L0gin
targets:
  staging:
    variables:
      login: Stag1ng-L0gin
  prod: {}
`)
	inc := yamlFile("resources/feeds.yml", `resources:
  jobs:
    feed:
      name: feed
      tags:
        owner: ${var.login}
targets:
  prod:
    resources:
      jobs:
        feed:
          tags:
            owner: ${var.login}
`)
	fset, u := runPass(t, root, inc)
	if len(u.Files) != 2 || !reflect.DeepEqual(u.Files[1].Kinds, []string{"bundle"}) {
		t.Fatalf("files %+v", u.Files)
	}
	got := map[string][]string{}
	for _, p := range u.Files[1].Pairs {
		if p.Key == "owner" {
			for _, part := range p.Value.Parts {
				got[p.Path] = append(got[p.Path], fmt.Sprintf("%s@%s:%s", part.Text, fset.Position(part.Pos).Filename, lineCol(fset, part.Pos)))
			}
		}
	}
	want := map[string][]string{
		// prod is declared first in the file being read, then staging.
		"resources.jobs.feed.tags":              {"Def4ult-L0gin@databricks.yml:7:14", "Stag1ng-L0gin@databricks.yml:11:14"},
		"targets.prod.resources.jobs.feed.tags": {"Def4ult-L0gin@databricks.yml:7:14"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("owner values\n got %q\nwant %q", got, want)
	}
	// Alone, the included file knows no variable.
	_, alone := runPass(t, yamlFile("resources/feeds.yml", string(inc.Src)))
	for _, p := range alone.Files[0].Pairs {
		if p.Key == "owner" && p.Value.Kind() != facts.VarRef {
			t.Errorf("alone, owner is %v %q", p.Value.Kind(), p.Value.Text())
		}
	}
}

// Variables whose defaults reference the next one twice, 64 targets and
// aliases that repeat the references: the folding is bounded, ends quickly
// and gives the same facts every time.
func TestBundleFoldBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString("bundle:\n  name: x\nvariables:\n")
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&b, "  v%d:\n    default: val%d-${var.v%d}-${var.v%d}\n", i, i, i+1, i+1)
	}
	b.WriteString("targets:\n")
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&b, "  t%d:\n    variables:\n      v24: tv%d\n", i, i)
	}
	b.WriteString("resources:\n  jobs:\n    j:\n      a: &a [\"${var.v0}\", \"${var.v0}\", \"${var.v0}\"]\n")
	prev := "a"
	for k := 0; k < 8; k++ {
		fmt.Fprintf(&b, "      b%d: &b%d [*%s, *%s, *%s, *%s]\n", k, k, prev, prev, prev, prev)
		prev = fmt.Sprintf("b%d", k)
	}
	src := b.String()
	start := time.Now()
	_, u1 := runPass(t, yamlFile("databricks.yml", src))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	_, u2 := runPass(t, yamlFile("databricks.yml", src))
	if n1, n2 := len(u1.Files[0].Values), len(u2.Files[0].Values); n1 != n2 || n1 == 0 {
		t.Errorf("values %d then %d", n1, n2)
	}
}
