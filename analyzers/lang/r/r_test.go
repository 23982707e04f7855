package r

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
	return lextest.NewFile(name, src, source.R)
}

func extractFile(t *testing.T, path string) (*token.FileSet, *facts.File) {
	t.Helper()
	return lextest.ExtractFile(t, path, source.R, Extract)
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
	t.Fatalf("no %s pair %q", origin, key)
	return facts.Pair{}
}

func pairAt(t *testing.T, f *facts.File, path, key string) facts.Pair {
	t.Helper()
	for _, p := range f.Pairs {
		if p.Path == path && p.Key == key {
			return p
		}
	}
	t.Fatalf("no pair %q in %q", key, path)
	return facts.Pair{}
}

func TestJDBCCallsFoldConstants(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.r")
	if len(f.Problems) != 0 {
		t.Fatalf("problems: %+v", f.Problems)
	}
	pw := pairAt(t, f, "read.jdbc", "password")
	if pw.Origin != facts.KeywordArg || at(fset, pw.KeyPos) != "11:63" || pw.Value.Text() != "Sup3rS3cret!" ||
		pw.Value.Kind() != facts.Folded || pw.Value.Via != "jdbc_password" {
		t.Errorf("read.jdbc password: %+v at %s", pw, at(fset, pw.KeyPos))
	}
	// "v -> x" binds too; the part points at the literal's first character.
	if p := pw.Value.Parts[0]; !p.Exact || at(fset, p.Pos) != "6:2" {
		t.Errorf("password part exact=%v at %s", p.Exact, at(fset, p.Pos))
	}
	url := pair(t, f, facts.Assignment, "jdbc_url")
	if url.Value.Text() != "jdbc:sqlserver://sql-prod.database.windows.net:1433;database=sales" || url.Value.Kind() != facts.Folded {
		t.Errorf("paste0 folded to %q (%v)", url.Value.Text(), url.Value.Kind())
	}
	if pos, _ := url.Value.Span(17, 25); at(fset, pos) != "4:15" { // "sql-prod" comes from jdbc_host
		t.Errorf("sql-prod at %s", at(fset, pos))
	}

	sec := pairAt(t, f, "SparkR::read.df", "password")
	if sec.Value.Kind() != facts.SecretRef || at(fset, sec.KeyPos) != "14:80" {
		t.Errorf("read.df password %v at %s", sec.Value.Kind(), at(fset, sec.KeyPos))
	}

	sf := pairAt(t, f, "sparklyr::spark_read_jdbc(options)", "password")
	if sf.Origin != facts.DictEntry || sf.Value.Text() != "Sn0w'fl@ke" || sf.Value.Kind() != facts.Literal {
		t.Errorf("sparklyr password: %+v", sf)
	}
	if p := sf.Value.Parts[0]; p.Exact || at(fset, p.Pos) != "18:60" {
		t.Errorf("escaped password part exact=%v at %s", p.Exact, at(fset, p.Pos))
	}
	if u := pairAt(t, f, "sparklyr::spark_read_jdbc(options)", "user"); u.Value.Kind() != facts.EnvRef {
		t.Errorf("Sys.getenv kind %v", u.Value.Kind())
	}
	sfURL := pairAt(t, f, "sparklyr::spark_read_jdbc(options)", "url")
	if sfURL.Value.Text() != "jdbc:snowflake://acme.snowflakecomputing.com" {
		t.Errorf("sprintf folded to %q", sfURL.Value.Text())
	}
	if pos, _ := sfURL.Value.Span(17, 21); at(fset, pos) != "17:79" {
		t.Errorf("acme at %s", at(fset, pos))
	}

	pwd := pairAt(t, f, "DBI::dbConnect", "PWD")
	if at(fset, pwd.KeyPos) != "19:79" || at(fset, pwd.Value.Parts[0].Pos) != "19:86" {
		t.Errorf("PWD at %s / %s", at(fset, pwd.KeyPos), at(fset, pwd.Value.Parts[0].Pos))
	}
	if g := pair(t, f, facts.Assignment, "greeting"); g.Value.Text() != "user=etl_user;env="+facts.Placeholder(facts.VarRef, "dbutils.widgets.get(env)") {
		t.Errorf("glue folded to %q", g.Value.Text())
	}
}

func TestHTTPRequests(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.r")
	if len(f.Requests) != 2 {
		t.Fatalf("requests: %+v", f.Requests)
	}
	httr, httr2 := f.Requests[0], f.Requests[1]
	if httr.Tool != "httr::POST" || httr.Method != "POST" || len(httr.Params) != 2 {
		t.Fatalf("httr request %+v", httr)
	}
	if p := httr.Params[1]; p.Key != "client_secret" || p.Origin != facts.FormParam || at(fset, p.KeyPos) != "24:34" || at(fset, p.Value.Parts[0].Pos) != "24:51" {
		t.Errorf("httr client_secret %+v", p)
	}
	if httr2.Tool != "httr2::request" || httr2.Method != "POST" || httr2.URL.Text() != "https://adb-1.azuredatabricks.net/oidc/v1/token" || len(httr2.Params) != 2 {
		t.Fatalf("httr2 request %+v", httr2)
	}
	if p := httr2.Params[1]; p.Key != "client_secret" || at(fset, p.Value.Parts[0].Pos) != "26:76" {
		t.Errorf("httr2 client_secret %+v", p)
	}
}

func TestValuesAndComments(t *testing.T) {
	fset, f := extractFile(t, "testdata/ingest.r")
	want := map[string]string{
		"22:10":  `SELECT * FROM t WHERE note = "a\b"`, // raw string
		"19:104": "1433",
		"28:10":  "FALSE",
	}
	seen := map[string]bool{}
	for _, v := range f.Values {
		if seen[at(fset, v.Pos)] {
			t.Errorf("two values at %s", at(fset, v.Pos))
		}
		seen[at(fset, v.Pos)] = true
		if w, ok := want[at(fset, v.Pos)]; ok && v.Text() != w {
			t.Errorf("value at %s = %q, want %q", at(fset, v.Pos), v.Text(), w)
		}
		if v.Text() == "Winter2023!" {
			t.Errorf("comment text became a value at %s", at(fset, v.Pos))
		}
		if at(fset, v.Pos) == "22:10" && at(fset, v.Parts[0].Pos) != "22:13" {
			t.Errorf("raw string content at %s", at(fset, v.Parts[0].Pos))
		}
	}
	for pos := range want {
		if !seen[pos] {
			t.Errorf("no value at %s", pos)
		}
	}
}

func TestEnvAcrossCells(t *testing.T) {
	src := []byte("# Databricks notebook source\npw <- 'cell1-pass'\n\n# COMMAND ----------\n\ndf <- read.jdbc(url, 't', password = pw)\n")
	fset, file := newFile("nb.r", src)
	env := facts.NewEnv()
	cut := len("# Databricks notebook source\npw <- 'cell1-pass'\n\n")
	cell1 := facts.NewCode(file, source.R)
	cell1.Add(0, src[:cut])
	cell2 := facts.NewCode(file, source.R)
	cell2.Add(cut, src[cut:])
	Extract(cell1, env)
	f := Extract(cell2, env)
	p := pairAt(t, f, "read.jdbc", "password")
	if p.Value.Text() != "cell1-pass" || p.Value.Kind() != facts.Folded || at(fset, p.Value.Parts[0].Pos) != "2:8" || at(fset, p.KeyPos) != "6:27" {
		t.Errorf("folded across cells: %+v", p)
	}
}

func TestUnterminated(t *testing.T) {
	for _, src := range []string{"a <- 'ok'\nb <- r\"(never\"", "a <- 'ok'\nb <- \"open\n"} {
		_, file := newFile("bad.r", []byte(src))
		f := Extract(facts.WholeFile(file, source.R), facts.NewEnv())
		if len(f.Problems) != 1 || len(f.Values) != 2 || f.Values[0].Text() != "ok" {
			t.Errorf("%q: problems %+v values %d", src, f.Problems, len(f.Values))
		}
	}
}

func TestPrefixesDoNotPanic(t *testing.T) {
	src, err := os.ReadFile("testdata/ingest.r")
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]byte{
		[]byte(strings.Repeat("(", 5000) + strings.Repeat("{", 3000) + "\xff\x00`"),
		[]byte(strings.Repeat("f(a = ", 3000) + strings.Repeat("x |> ", 3000)),
		[]byte("r\"--(x)-\" <- -> = ::"),
	}
	for n := range src {
		inputs = append(inputs, src[:n])
	}
	for _, in := range inputs {
		_, file := newFile("p.r", in)
		Extract(facts.WholeFile(file, source.R), facts.NewEnv())
	}
}

func TestFolding(t *testing.T) {
	for src, want := range map[string]string{
		`host <- "h"; x <- paste("jdbc:postgresql://", host, "/db", sep = "")`: "jdbc:postgresql://h/db",
		`x <<- paste("Bearer", "t0k")`:                                         "Bearer t0k",
		`x <- sprintf("%s:%d%%", "h", 5432L)`:                                  "h:5432%",
		`x <- sprintf("%05d", 7)`:                                              "\x00unknown:sprintf %05d\x00",
		`x <- glue::glue("{{literal}} {p}", p = 'pw')`:                         "{literal} pw",
		`x <- 'a' |> paste0('b')`:                                              "ab",
	} {
		_, file := newFile("f.r", []byte(src))
		f := Extract(facts.WholeFile(file, source.R), facts.NewEnv())
		if got := pair(t, f, facts.Assignment, "x").Value.Text(); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

func TestEnvDefaultIsTheCommittedLiteral(t *testing.T) {
	src := []byte("pw <- Sys.getenv(\"PG_PASSWORD\", unset = \"Local-Dev-1\")\nother <- Sys.getenv(\"PG_PASSWORD\")\n")
	fset, f := newFile("a.r", src)
	out := Extract(facts.WholeFile(f, source.R), facts.NewEnv())
	got := map[string]string{}
	for _, p := range out.Pairs {
		if p.Origin == facts.Assignment {
			got[p.Key] = p.Value.Kind().String() + ":" + strings.Trim(p.Value.Text(), "\x00") + "@" + at(fset, p.Value.Parts[0].Pos)
		}
	}
	if got["pw"] != "folded:Local-Dev-1@1:42" || !strings.HasPrefix(got["other"], "env-ref:") {
		t.Errorf("assignments %v", got)
	}
}
