package scala

import (
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil/lextest"
	"github.com/bricklint/bricklint/analyzers/source"
)

func newFile(name string, src []byte) (*token.FileSet, *source.File) {
	return lextest.NewFile(name, src, source.Scala)
}

func extractFile(t *testing.T, path string) (*token.FileSet, *facts.File) {
	t.Helper()
	return lextest.ExtractFile(t, path, source.Scala, Extract)
}

// at is pos as line:column.
var at = lextest.At

func pair(t *testing.T, f *facts.File, origin facts.Origin, key string) facts.Pair {
	t.Helper()
	for _, p := range f.Pairs {
		if p.Origin == origin && p.Key == key {
			return p
		}
	}
	t.Fatalf("no %s pair %q in %+v", origin, key, f.Pairs)
	return facts.Pair{}
}

func TestJDBCOptionsFoldConstants(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.scala")
	if len(f.Problems) != 0 {
		t.Fatalf("problems: %+v", f.Problems)
	}
	pw := pair(t, f, facts.OptionCall, "password")
	if pw.Path != "spark.read.format().option" || at(fset, pw.KeyPos) != "17:12" {
		t.Errorf("password option: path %q at %s", pw.Path, at(fset, pw.KeyPos))
	}
	if pw.Value.Text() != "Sup3rS3cret!" || pw.Value.Kind() != facts.Folded || pw.Value.Via != "jdbcPassword" {
		t.Errorf("password value %q kind %v via %q", pw.Value.Text(), pw.Value.Kind(), pw.Value.Via)
	}
	// The folded value points where the literal is written, exactly.
	if p := pw.Value.Parts[0]; !p.Exact || at(fset, p.Pos) != "6:21" || at(fset, pw.Value.Pos) != "17:23" {
		t.Errorf("password part exact=%v at %s, use at %s", p.Exact, at(fset, p.Pos), at(fset, pw.Value.Pos))
	}

	url := pair(t, f, facts.OptionCall, "url")
	if got := url.Value.Text(); got != "jdbc:sqlserver://sql-prod.database.windows.net:1433;database=sales" {
		t.Errorf("url folded to %q", got)
	}
	if url.Value.Kind() != facts.Folded {
		t.Errorf("url kind %v", url.Value.Kind())
	}
	// "database=sales" sits in the interpolation's last literal part.
	text := url.Value.Text()
	i := strings.Index(text, "sales")
	if pos, _ := url.Value.Span(i, i+5); at(fset, pos) != "7:69" {
		t.Errorf("sales at %s", at(fset, pos))
	}
	if a := pair(t, f, facts.Assignment, "jdbcPort"); a.Value.Type != facts.Number || a.Value.Text() != "1433" {
		t.Errorf("jdbcPort = %q (type %v)", a.Value.Text(), a.Value.Type)
	}
}

func TestCommentsProduceNothing(t *testing.T) {
	_, f := extractFile(t, "testdata/ingest.scala")
	for _, v := range f.Values {
		if strings.Contains(v.Text(), "Winter2023") || strings.Contains(v.Text(), "hunter2") {
			t.Errorf("comment text became a value: %q", v.Text())
		}
	}
	for _, p := range f.Pairs {
		if strings.Contains(p.Value.Text(), "hunter2") {
			t.Errorf("comment text became a pair: %+v", p)
		}
	}
}

func TestSecretsPropertiesAndMaps(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.scala")

	prop := pair(t, f, facts.PropertyPut, "password")
	if prop.Path != "pgProps.setProperty" || prop.Value.Kind() != facts.SecretRef {
		t.Errorf("setProperty: path %q kind %v", prop.Path, prop.Value.Kind())
	}
	if !strings.Contains(prop.Value.Text(), "dbutils.secrets.get(jdbc,pg-password)") {
		t.Errorf("secret placeholder %q", prop.Value.Text())
	}
	if user := pair(t, f, facts.PropertyPut, "user"); user.Value.Kind() != facts.Literal || at(fset, user.Value.Parts[0].Pos) != "26:22" {
		t.Errorf("put user: %v at %s", user.Value.Kind(), at(fset, user.Value.Parts[0].Pos))
	}
	if scope := pair(t, f, facts.KeywordArg, "scope"); scope.Path != "dbutils.secrets.get" || at(fset, scope.KeyPos) != "24:38" {
		t.Errorf("scope kwarg: path %q at %s", scope.Path, at(fset, scope.KeyPos))
	}

	sf := pair(t, f, facts.DictEntry, "sfPassword")
	if sf.Path != "sfOptions" || sf.Value.Text() != "Sn0wfl@ke!" || sf.Value.Kind() != facts.Literal {
		t.Errorf("sfPassword: path %q value %q kind %v", sf.Path, sf.Value.Text(), sf.Value.Kind())
	}
	// An escape makes the text inexact, but it still starts after the quote.
	if p := sf.Value.Parts[0]; p.Exact || at(fset, p.Pos) != "33:20" || at(fset, sf.KeyPos) != "33:4" {
		t.Errorf("sfPassword part exact=%v at %s key at %s", p.Exact, at(fset, p.Pos), at(fset, sf.KeyPos))
	}
	if u := pair(t, f, facts.DictEntry, "sfUser"); u.Value.Kind() != facts.EnvRef {
		t.Errorf("sfUser kind %v", u.Value.Kind())
	}
	inline := pair(t, f, facts.OptionCall, "sfPassword")
	if inline.Path != "spark.read.format().options" || inline.Value.Text() != "inline" {
		t.Errorf(".options(Map): path %q value %q", inline.Path, inline.Value.Text())
	}
	if c := pair(t, f, facts.ConfSet, "fs.azure.account.key.acct.dfs.core.windows.net"); c.Path != "spark.conf.set" || at(fset, c.Value.Parts[0].Pos) != "36:67" {
		t.Errorf("conf.set: path %q at %s", c.Path, at(fset, c.Value.Parts[0].Pos))
	}
	if r := pair(t, f, facts.DictEntry, "sfRole"); r.Path != "tupled" || at(fset, r.KeyPos) != "46:46" || r.Value.Text() != "SYSADMIN" {
		t.Errorf("Map((k, v)) after lazy val with a type: path %q at %s", r.Path, at(fset, r.KeyPos))
	}
	if tok := pair(t, f, facts.Assignment, "token"); tok.Value.Kind() != facts.EnvRef {
		t.Errorf("System.getenv kind %v", tok.Value.Kind())
	}
	if env := pair(t, f, facts.Assignment, "env"); env.Value.Kind() != facts.VarRef {
		t.Errorf("widgets.get kind %v", env.Value.Kind())
	}
}

func TestDriverManagerAndHTTP(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.scala")
	var call *facts.Call
	for k := range f.Calls {
		if f.Calls[k].Callee == "DriverManager.getConnection" {
			call = &f.Calls[k]
		}
	}
	if call == nil || len(call.Args) != 3 || call.Args[2].Text() != "P@ssw0rd" {
		t.Fatalf("getConnection call: %+v", call)
	}
	pw := pair(t, f, facts.KeywordArg, "password")
	if pw.Path != "DriverManager.getConnection" || at(fset, pw.Value.Parts[0].Pos) != "37:56" {
		t.Errorf("getConnection password: path %q at %s", pw.Path, at(fset, pw.Value.Parts[0].Pos))
	}
	if url := pair(t, f, facts.KeywordArg, "url"); !strings.HasPrefix(url.Value.Text(), "jdbc:sqlserver://") {
		t.Errorf("getConnection url %q", url.Value.Text())
	}

	if len(f.Requests) != 1 {
		t.Fatalf("requests: %+v", f.Requests)
	}
	r := f.Requests[0]
	if r.Tool != "scalaj.http.Http" || r.Method != "POST" || !strings.HasSuffix(r.URL.Text(), "/oauth2/v2.0/token") || len(r.Params) != 2 {
		t.Fatalf("request: %+v", r)
	}
	if p := r.Params[1]; p.Key != "client_secret" || p.Origin != facts.FormParam || at(fset, p.KeyPos) != "41:40" || at(fset, p.Value.Parts[0].Pos) != "41:59" {
		t.Errorf("client_secret param %+v at %s / %s", p, at(fset, p.KeyPos), at(fset, p.Value.Parts[0].Pos))
	}
}

func TestValuesOncePerLiteral(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.scala")
	seen := map[string]int{}
	for _, v := range f.Values {
		seen[at(fset, v.Pos)]++
	}
	for pos, n := range seen {
		if n != 1 {
			t.Errorf("%d values at %s", n, pos)
		}
	}
	want := map[string]string{
		"6:20":  "Sup3rS3cret!",
		"4:21":  "1433",
		"43:13": `SELECT * FROM t WHERE note = "a\b"`, // triple quotes are raw; the extra quote is content
		"44:10": "x",
		"45:13": "false",
	}
	for _, v := range f.Values {
		if w, ok := want[at(fset, v.Pos)]; ok {
			if v.Text() != w {
				t.Errorf("value at %s = %q, want %q", at(fset, v.Pos), v.Text(), w)
			}
			delete(want, at(fset, v.Pos))
		}
	}
	if len(want) != 0 {
		t.Errorf("missing values %v", want)
	}
	// The interpolated URL is listed as written: its holes are placeholders.
	for _, v := range f.Values {
		if at(fset, v.Pos) == "7:15" && (v.Kind() != facts.Unknown || !strings.HasPrefix(v.Text(), "jdbc:sqlserver://\x00")) {
			t.Errorf("interpolated value %q kind %v", v.Text(), v.Kind())
		}
	}
}

// Cells share one Env: a constant bound in one cell folds in a later one,
// and positions map back through the cell's offsets.
func TestEnvAcrossCells(t *testing.T) {
	src := []byte("// Databricks notebook source\nval pw = \"cell1-pass\"\n\n// COMMAND ----------\n\nval props = Map(\"password\" -> pw, \"user\" -> f\"svc_$pw%s\")\n")
	fset, file := newFile("nb.scala", src)
	env := facts.NewEnv()
	cut := strings.Index(string(src), "// COMMAND")
	cell1 := facts.NewCode(file, source.Scala)
	cell1.Add(0, src[:cut])
	cell2 := facts.NewCode(file, source.Scala)
	cell2.Add(cut, src[cut:])
	Extract(cell1, env)
	f := Extract(cell2, env)
	p := pair(t, f, facts.DictEntry, "password")
	if p.Path != "props" || p.Value.Text() != "cell1-pass" || p.Value.Kind() != facts.Folded || at(fset, p.Value.Parts[0].Pos) != "2:11" {
		t.Errorf("folded across cells: %+v at %s", p, at(fset, p.Value.Parts[0].Pos))
	}
	if u := pair(t, f, facts.DictEntry, "user"); u.Value.Text() != "svc_cell1-pass" {
		t.Errorf("f-interpolation %q", u.Value.Text())
	}
}

func TestUnterminatedAndGarbage(t *testing.T) {
	_, file := newFile("bad.scala", []byte("val a = \"open\nval b = s\"x ${y\n/* never closed"))
	f := Extract(facts.WholeFile(file, source.Scala), facts.NewEnv())
	if len(f.Problems) < 2 {
		t.Errorf("want problems for the unterminated string and comment, got %+v", f.Problems)
	}
	if a := pair(t, f, facts.Assignment, "a"); a.Value.Text() != "open" {
		t.Errorf("a = %q", a.Value.Text())
	}
}

// Every prefix of the fixture, and hostile nesting, must lex without panic.
func TestPrefixesDoNotPanic(t *testing.T) {
	src, err := os.ReadFile("testdata/ingest.scala")
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]byte{
		[]byte(strings.Repeat("(", 5000) + strings.Repeat("s\"${", 200) + "\xff\x00'"),
		[]byte(strings.Repeat("f(", 3000) + strings.Repeat("{", 3000)),
	}
	for n := range src {
		inputs = append(inputs, src[:n])
	}
	for _, in := range inputs {
		_, file := newFile("p.scala", in)
		Extract(facts.WholeFile(file, source.Scala), facts.NewEnv())
	}
}

func TestPostDataAndParams(t *testing.T) {
	src := []byte("import scalaj.http.Http\n" +
		"val tokenUrl = \"https://login.microsoftonline.com/t/oauth2/v2.0/token\"\n" +
		"val r = Http(tokenUrl).postData(\"grant_type=client_credentials&client_secret=abc%21\")\n" +
		"  .header(\"Content-Type\", \"application/x-www-form-urlencoded\").param(\"api-version\", \"2.0\").asString\n")
	fset, file := newFile("http.scala", src)
	f := Extract(facts.WholeFile(file, source.Scala), facts.NewEnv())
	if len(f.Requests) != 1 {
		t.Fatalf("requests %+v", f.Requests)
	}
	r := f.Requests[0]
	if r.Tool != "Http" || r.Method != "POST" || r.URL.Via != "tokenUrl" || len(r.Params) != 3 || len(r.Headers) != 1 {
		t.Fatalf("request %+v", r)
	}
	grant, secret, version := r.Params[0], r.Params[1], r.Params[2]
	if grant.Key != "grant_type" || at(fset, grant.KeyPos) != "3:34" || grant.Value.Text() != "client_credentials" {
		t.Errorf("grant_type %+v at %s", grant, at(fset, grant.KeyPos))
	}
	// %21 is decoded, so the value is no longer exact but still placed.
	if secret.Value.Text() != "abc!" || at(fset, secret.Value.Parts[0].Pos) != "3:78" {
		t.Errorf("client_secret %q at %s", secret.Value.Text(), at(fset, secret.Value.Parts[0].Pos))
	}
	if version.Origin != facts.QueryParam || version.Key != "api-version" || r.Headers[0].Key != "Content-Type" {
		t.Errorf("param %+v header %+v", version, r.Headers[0])
	}
}

func TestEnvDefaultIsTheCommittedLiteral(t *testing.T) {
	src := []byte("val pw = sys.env.getOrElse(\"PG_PASSWORD\", \"Local-Dev-1\")\nval other = sys.env.getOrElse(\"PG_PASSWORD\", \"\")\n")
	fset, f := newFile("a.scala", src)
	out := Extract(facts.WholeFile(f, source.Scala), facts.NewEnv())
	got := map[string]string{}
	for _, p := range out.Pairs {
		if p.Origin == facts.Assignment {
			got[p.Key] = p.Value.Kind().String() + ":" + strings.Trim(p.Value.Text(), "\x00") + "@" + at(fset, p.Value.Parts[0].Pos)
		}
	}
	if got["pw"] != "folded:Local-Dev-1@1:44" || !strings.HasPrefix(got["other"], "env-ref:") {
		t.Errorf("assignments %v", got)
	}
}

func TestJavaNetHTTPRequest(t *testing.T) {
	src := []byte(`val host = "https://adb-1.1.azuredatabricks.net"
val id = dbutils.secrets.get("sp", "id")
val form = s"grant_type=client_credentials&scope=sql&client_id=$id"
val req = HttpRequest.newBuilder(URI.create(s"$host/oidc/v1/token"))
  .header("Content-Type", "application/x-www-form-urlencoded")
  .POST(HttpRequest.BodyPublishers.ofString(form))
  .build()
`)
	fset, f := newFile("a.scala", src)
	out := Extract(facts.WholeFile(f, source.Scala), facts.NewEnv())
	if len(out.Requests) != 1 {
		t.Fatalf("requests %+v", out.Requests)
	}
	r := out.Requests[0]
	if r.Method != "POST" || r.URL.Text() != "https://adb-1.1.azuredatabricks.net/oidc/v1/token" || len(r.Headers) != 1 {
		t.Errorf("request %s %q headers %d", r.Method, r.URL.Text(), len(r.Headers))
	}
	for _, p := range r.Params {
		if p.Key == "scope" {
			if p.Value.Text() != "sql" || at(fset, p.Value.Parts[0].Pos) != "3:50" {
				t.Errorf("scope %q at %s", p.Value.Text(), at(fset, p.Value.Parts[0].Pos))
			}
			return
		}
	}
	t.Errorf("no scope in %+v", r.Params)
}
