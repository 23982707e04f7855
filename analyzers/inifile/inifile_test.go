package inifile

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

const databrickscfg = `; Databricks CLI profiles of the data platform team
[DEFAULT]
host  = https://adb-1234567890123456.7.azuredatabricks.net
token = dapi0123456789abcdef0123456789abcdef

[prod-sp]
host          = https://adb-6543210987654321.11.azuredatabricks.net/
client_id     = 6f1b0c5e-2d7a-4c9b-8e3f-1a2b3c4d5e6f
client_secret = "dose0123456789abcdef0123456789abcd"  ; rotated 2024-05

[ azure-sp ]
host: https://adb-1111111111111111.1.azuredatabricks.net
azure_tenant_id     = 72f988bf-86f1-41af-91ab-2d7cd011db47
azure_client_secret = Xy8Q~abc#def;ghi ; comment after blanks
# azure_client_secret = old-one-commented-out

[ci]
host  = ${DATABRICKS_HOST}
token = ${DATABRICKS_TOKEN}
this line is not understood
[broken
`

const dotenv = `# Local development settings, loaded by python-dotenv
DATABRICKS_HOST=https://adb-1234567890123456.7.azuredatabricks.net
export DATABRICKS_TOKEN="dapi0123456789abcdef0123456789abcdef"
DATABRICKS_CLIENT_SECRET='dose0123456789abcdef${NOT_EXPANDED}'
JDBC_URL="jdbc:databricks://${DATABRICKS_HOST}:443;PWD=${DATABRICKS_TOKEN}"
SP_SECRET=${ARM_CLIENT_SECRET}  # from the pipeline
LOG_LEVEL = info # spaces around = are fine
WAREHOUSE=${WAREHOUSE_ID:-4b9b953939869799}
MULTI="line1\nline2 \"quoted\""
PEM="-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBg
-----END PRIVATE KEY-----"
NOT A VALID LINE
EMPTY=
`

func file(fset *token.FileSet, name, src string, format source.Format) *source.File {
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent([]byte(src))
	return &source.File{Path: name, Src: []byte(src), Tok: tf, Format: format}
}

var at = factstest.LineCol

func pair(t *testing.T, pairs []facts.Pair, path, key string) facts.Pair {
	t.Helper()
	for _, p := range pairs {
		if p.Key == key && p.Path == path {
			return p
		}
	}
	t.Fatalf("no pair %s %s", path, key)
	return facts.Pair{}
}

// check checks where a pair's key and value text are written, the value's
// decoded text and kind.
func check(t *testing.T, fset *token.FileSet, p facts.Pair, keyAt, valAt, text string, kind facts.Kind) {
	t.Helper()
	if got := at(fset, p.KeyPos); got != keyAt {
		t.Errorf("%s: key at %s, want %s", p.Key, got, keyAt)
	}
	if got := at(fset, p.Value.Parts[0].Pos); got != valAt {
		t.Errorf("%s: value at %s, want %s", p.Key, got, valAt)
	}
	if got := p.Value.Text(); got != text {
		t.Errorf("%s: value %q, want %q", p.Key, got, text)
	}
	if got := p.Value.Kind(); got != kind {
		t.Errorf("%s: kind %s, want %s", p.Key, got, kind)
	}
}

func TestDatabricksCfg(t *testing.T) {
	fset := token.NewFileSet()
	out := readConfig(file(fset, "ci/.databrickscfg", databrickscfg, source.INI))

	check(t, fset, pair(t, out.Pairs, "[DEFAULT]", "token"), "4:1", "4:9", "dapi0123456789abcdef0123456789abcdef", facts.Literal)
	secret := pair(t, out.Pairs, "[prod-sp]", "client_secret")
	check(t, fset, secret, "9:1", "9:18", "dose0123456789abcdef0123456789abcd", facts.Literal)
	if !secret.Value.Parts[0].Exact || secret.Origin != facts.INIKey {
		t.Errorf("client_secret exact %v origin %s", secret.Value.Parts[0].Exact, secret.Origin)
	}
	if got := at(fset, secret.Value.Pos); got != "9:17" {
		t.Errorf("quoted value starts at %s, want its quote 9:17", got)
	}
	check(t, fset, pair(t, out.Pairs, "[azure-sp]", "host"), "12:1", "12:7", "https://adb-1111111111111111.1.azuredatabricks.net", facts.Literal)
	// '#' and ';' inside a value are text; after blanks they start a comment.
	check(t, fset, pair(t, out.Pairs, "[azure-sp]", "azure_client_secret"), "14:1", "14:23", "Xy8Q~abc#def;ghi", facts.Literal)
	check(t, fset, pair(t, out.Pairs, "[ci]", "token"), "19:1", "19:9", facts.Placeholder(facts.EnvRef, "DATABRICKS_TOKEN"), facts.EnvRef)

	var names []string
	for _, b := range out.Blocks {
		names = append(names, fmt.Sprintf("%s%v:%d", b.Path, b.Labels, len(b.Pairs)))
	}
	if got, want := strings.Join(names, " "), "[DEFAULT][DEFAULT]:2 [prod-sp][prod-sp]:3 [azure-sp][azure-sp]:3 [ci][ci]:2"; got != want {
		t.Errorf("blocks %s, want %s", got, want)
	}
	prod := out.Blocks[1]
	if _, ok := prod.Get("token"); ok || prod.Type != "profile" {
		t.Errorf("prod-sp block %s has a token", prod.Type)
	}
	if at(fset, prod.Pos) != "6:1" || at(fset, prod.End) != "9:72" {
		t.Errorf("prod-sp spans %s-%s", at(fset, prod.Pos), at(fset, prod.End))
	}

	var values []string
	for _, v := range out.Values {
		values = append(values, v.Text())
	}
	if len(values) != 8 || strings.Contains(strings.Join(values, " "), "old-one") {
		t.Errorf("values %q: want the 8 literal values and no comment", values)
	}
	var problems []string
	for _, p := range out.Problems {
		problems = append(problems, at(fset, p.Pos))
		if p.Fatal {
			t.Error("a line not understood is not fatal")
		}
	}
	if got := strings.Join(problems, " "); got != "20:1 21:1" {
		t.Errorf("problems at %s, want 20:1 21:1", got)
	}
}

func TestKeysBeforeAnyProfile(t *testing.T) {
	fset := token.NewFileSet()
	out := readConfig(file(fset, ".databrickscfg", "\xef\xbb\xbfhost=https://h\r\ntoken='dapi1'\r\n", source.INI))
	check(t, fset, pair(t, out.Pairs, "[DEFAULT]", "host"), "1:4", "1:9", "https://h", facts.Literal)
	check(t, fset, pair(t, out.Pairs, "[DEFAULT]", "token"), "2:1", "2:8", "dapi1", facts.Literal)
	if len(out.Blocks) != 1 || out.Blocks[0].Labels[0] != "DEFAULT" {
		t.Errorf("blocks %+v", out.Blocks)
	}
}

func TestDotenv(t *testing.T) {
	fset := token.NewFileSet()
	out := readDotenv(file(fset, ".env", dotenv, source.Dotenv))

	host := pair(t, out.Pairs, "", "DATABRICKS_HOST")
	check(t, fset, host, "2:1", "2:17", "https://adb-1234567890123456.7.azuredatabricks.net", facts.Literal)
	if host.Origin != facts.EnvAssign {
		t.Errorf("origin %s", host.Origin)
	}
	check(t, fset, pair(t, out.Pairs, "", "DATABRICKS_TOKEN"), "3:8", "3:26", "dapi0123456789abcdef0123456789abcdef", facts.Literal)
	// Single quotes: no expansion.
	check(t, fset, pair(t, out.Pairs, "", "DATABRICKS_CLIENT_SECRET"), "4:1", "4:27",
		"dose0123456789abcdef${NOT_EXPANDED}", facts.Literal)

	jdbc := pair(t, out.Pairs, "", "JDBC_URL").Value
	if got, want := jdbc.Text(), "jdbc:databricks://https://adb-1234567890123456.7.azuredatabricks.net:443;PWD=dapi0123456789abcdef0123456789abcdef"; got != want {
		t.Errorf("JDBC_URL %q, want %q", got, want)
	}
	if jdbc.Kind() != facts.Folded {
		t.Errorf("JDBC_URL kind %s", jdbc.Kind())
	}
	i := strings.Index(jdbc.Text(), "dapi")
	if pos, _ := jdbc.Span(i, i+4); at(fset, pos) != "3:26" {
		t.Errorf("the folded token points at %s, want 3:26", at(fset, pos))
	}

	check(t, fset, pair(t, out.Pairs, "", "SP_SECRET"), "6:1", "6:11", facts.Placeholder(facts.EnvRef, "ARM_CLIENT_SECRET"), facts.EnvRef)
	check(t, fset, pair(t, out.Pairs, "", "LOG_LEVEL"), "7:1", "7:13", "info", facts.Literal)
	check(t, fset, pair(t, out.Pairs, "", "WAREHOUSE"), "8:1", "8:11", facts.Placeholder(facts.EnvRef, "WAREHOUSE_ID"), facts.EnvRef)
	multi := pair(t, out.Pairs, "", "MULTI").Value
	if multi.Text() != "line1\nline2 \"quoted\"" || multi.Kind() != facts.Literal {
		t.Errorf("MULTI %q %s", multi.Text(), multi.Kind())
	}
	pem := pair(t, out.Pairs, "", "PEM")
	check(t, fset, pem, "10:1", "10:6", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----", facts.Literal)
	check(t, fset, pair(t, out.Pairs, "", "EMPTY"), "14:1", "14:7", "", facts.Literal)

	// The default of ${WAREHOUSE_ID:-...} is written in the file.
	found := false
	for _, v := range out.Values {
		if v.Text() == "4b9b953939869799" && at(fset, v.Pos) == "8:27" {
			found = true
		}
		if v.Text() == "" {
			t.Error("an empty value is in Values")
		}
	}
	if !found {
		t.Error("the ${WAREHOUSE_ID:-...} default is not a value")
	}
	if len(out.Problems) != 1 || at(fset, out.Problems[0].Pos) != "13:1" {
		t.Errorf("problems %+v", out.Problems)
	}
}

func TestAnalyzer(t *testing.T) {
	_, got := factstest.Run(t, Analyzer,
		factstest.File("job.py", "print('hi')\n"),
		factstest.File(".databrickscfg", databrickscfg),
		factstest.File("deploy/.env", dotenv))
	if len(got.Files) != 2 || got.Files[0].Source.Path != ".databrickscfg" || got.Files[1].Source.Path != "deploy/.env" {
		t.Fatalf("files %+v", got.Files)
	}
	if !got.Files[0].HasKind("databrickscfg") || !got.Files[1].HasKind("dotenv") {
		t.Error("kinds not set")
	}
	if err := analysis.Validate([]*analysis.Analyzer{Analyzer}); err != nil {
		t.Error(err)
	}
}

// TestTruncated reads every prefix of the fixtures: no panic, no position
// outside the file.
func TestTruncated(t *testing.T) {
	for _, src := range []string{databrickscfg, dotenv} {
		for i := range len(src) {
			fset := token.NewFileSet()
			f := file(fset, "f", src[:i], source.INI)
			for _, out := range []*facts.File{readConfig(f), readDotenv(f)} {
				for _, p := range out.Pairs {
					if p.Value.End > f.Tok.Pos(i) || p.KeyPos < f.Tok.Pos(0) {
						t.Fatalf("prefix %d: pair %s out of the file", i, p.Key)
					}
				}
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(databrickscfg)
	f.Add(dotenv)
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file := file(fset, "f", src, source.INI)
		readConfig(file)
		readDotenv(file)
	})
}
