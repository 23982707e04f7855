package sql

import (
	"fmt"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil/lextest"
	"github.com/bricklint/bricklint/analyzers/source"
)

func newFile(name string, src []byte) (*token.FileSet, *source.File) {
	return lextest.NewFile(name, src, source.SQL)
}

func extractFile(t *testing.T, path string) (*token.FileSet, *facts.File) {
	t.Helper()
	return lextest.ExtractFile(t, path, source.SQL, Extract)
}

// at is pos as line:column.
var at = lextest.At

func option(t *testing.T, f *facts.File, path, key string) facts.Pair {
	t.Helper()
	for _, p := range f.Pairs {
		if p.Origin == facts.SQLOption && p.Path == path && p.Key == key {
			return p
		}
	}
	t.Fatalf("no option %q in %q", key, path)
	return facts.Pair{}
}

func TestOptions(t *testing.T) {
	fset, f := extractFile(t, "testdata/federation.sql")
	if len(f.Problems) != 0 {
		t.Fatalf("problems: %+v", f.Problems)
	}
	pw := option(t, f, "CREATE TABLE orders USING JDBC", "password")
	if pw.Value.Text() != "Sup3r'S3cret!" || pw.Value.Kind() != facts.Literal || at(fset, pw.KeyPos) != "10:3" {
		t.Errorf("password option %q %v at %s", pw.Value.Text(), pw.Value.Kind(), at(fset, pw.KeyPos))
	}
	// '' makes the text inexact, but the part still starts after the quote.
	if p := pw.Value.Parts[0]; p.Exact || at(fset, p.Pos) != "10:13" {
		t.Errorf("password part exact=%v at %s", p.Exact, at(fset, p.Pos))
	}
	url := option(t, f, "CREATE TABLE orders USING JDBC", "url")
	i := len("jdbc:sqlserver://sql-prod.database.windows.net:1433;")
	if pos, _ := url.Value.Span(i, i+8); at(fset, pos) != "7:60" || url.Value.Kind() != facts.Literal {
		t.Errorf("database= at %s, kind %v", at(fset, pos), url.Value.Kind())
	}
	if u := option(t, f, "CREATE TABLE orders USING JDBC", "user"); u.Value.Text() != "etl_user" { // key = 'value'
		t.Errorf("user = %q", u.Value.Text())
	}

	sec := option(t, f, "CREATE CONNECTION pg_crm TYPE postgresql", "password")
	if sec.Value.Kind() != facts.SecretRef || at(fset, sec.KeyPos) != "16:75" ||
		sec.Value.Text() != facts.Placeholder(facts.SecretRef, "secret(jdbc,pg-password)") {
		t.Errorf("secret option %q at %s", sec.Value.Text(), at(fset, sec.KeyPos))
	}
	if db := option(t, f, "CREATE FOREIGN CATALOG crm USING CONNECTION pg_crm", "database"); db.Value.Text() != "crm" {
		t.Errorf("foreign catalog database %q", db.Value.Text())
	}
	view := "CREATE VIEW sf_orders USING net.snowflake.spark.snowflake"
	if p := option(t, f, view, "sfPassword"); p.Value.Kind() != facts.VarRef || at(fset, p.KeyPos) != "22:50" {
		t.Errorf("quoted key / widget value: %v at %s", p.Value.Kind(), at(fset, p.KeyPos))
	}
	if p := option(t, f, view, "sfUser"); p.Value.Kind() != facts.VarRef {
		t.Errorf("{{param}} value kind %v", p.Value.Kind())
	}
}

func TestSetAndCalls(t *testing.T) {
	fset, f := extractFile(t, "testdata/federation.sql")
	var conf []facts.Pair
	for _, p := range f.Pairs {
		if p.Origin == facts.ConfSet {
			conf = append(conf, p)
		}
	}
	if len(conf) != 2 {
		t.Fatalf("SET pairs: %+v", conf)
	}
	if k := conf[0]; k.Key != "fs.azure.account.key.acct.dfs.core.windows.net" || k.Value.Text() != "c2VjcmV0a2V5==" ||
		!k.Value.Parts[0].Exact || at(fset, k.Value.Parts[0].Pos) != "24:54" || at(fset, k.KeyPos) != "24:5" {
		t.Errorf("SET account key: %+v", k)
	}
	if conf[1].Key != "spark.sql.shuffle.partitions" || conf[1].Value.Text() != "200" {
		t.Errorf("SET k=v: %+v", conf[1])
	}

	var kw []string
	for _, p := range f.Pairs {
		if p.Origin == facts.KeywordArg && p.Path == "http_request" {
			kw = append(kw, p.Key+"@"+at(fset, p.KeyPos))
		}
	}
	if fmt.Sprint(kw) != "[conn@27:21 method@27:42 path@27:60 json@27:83]" {
		t.Errorf("http_request kwargs %v", kw)
	}
	var callees []string
	for _, c := range f.Calls {
		callees = append(callees, c.Callee)
	}
	// Column lists (orders (...)), OPTIONS ( and VALUES ( are not calls.
	if fmt.Sprint(callees) != "[secret secret named_struct to_json http_request]" {
		t.Errorf("calls %v", callees)
	}
}

func TestCommentsAndValues(t *testing.T) {
	fset, f := extractFile(t, "testdata/federation.sql")
	seen := map[string]bool{}
	for _, v := range f.Values {
		if seen[at(fset, v.Pos)] {
			t.Errorf("two values at %s", at(fset, v.Pos))
		}
		seen[at(fset, v.Pos)] = true
		for _, bad := range []string{"hunter2", "Winter2023", "DATA-1234"} {
			if v.Text() == bad || v.Text() == bad+"!" {
				t.Errorf("comment text became a value: %q", v.Text())
			}
		}
	}
	for pos, want := range map[string]string{"28:37": "OPEN", "28:55": "TRUE", "16:35": "5432"} {
		if !seen[pos] {
			t.Errorf("no value %q at %s", want, pos)
		}
	}
}

func TestParametersAndVariablesAcrossCells(t *testing.T) {
	src := []byte("-- Databricks notebook source\nDECLARE VARIABLE client_secret STRING DEFAULT 'cell1-secret';\n\n-- COMMAND ----------\n\n" +
		"SELECT http_request(conn => 'idp', method => 'POST', path => '/token', json => concat('{\"s\":\"', client_secret, '\"}')),\n" +
		"  'jdbc:sqlserver://h:1433;password=${pw}', :env;\n")
	fset, file := newFile("nb.sql", src)
	cut := len("-- Databricks notebook source\nDECLARE VARIABLE client_secret STRING DEFAULT 'cell1-secret';\n\n")
	env := facts.NewEnv()
	cell1 := facts.NewCode(file, source.SQL)
	cell1.Add(0, src[:cut])
	cell2 := facts.NewCode(file, source.SQL)
	cell2.Add(cut, src[cut:])
	Extract(cell1, env)
	f := Extract(cell2, env)
	var js facts.Pair
	for _, p := range f.Pairs {
		if p.Key == "json" {
			js = p
		}
	}
	if js.Value.Text() != `{"s":"cell1-secret"}` || js.Value.Kind() != facts.Folded {
		t.Fatalf("concat folded to %q (%v)", js.Value.Text(), js.Value.Kind())
	}
	if pos, _ := js.Value.Span(6, 18); at(fset, pos) != "2:48" {
		t.Errorf("folded secret at %s", at(fset, pos))
	}
	// ${pw} inside a string is a parameter; ":1433" in a URL is not.
	var url facts.Value
	for _, v := range f.Values {
		if at(fset, v.Pos) == "7:3" {
			url = v
		}
	}
	if len(url.Parts) != 2 || url.Parts[0].Text != "jdbc:sqlserver://h:1433;password=" || url.Parts[1].Kind != facts.VarRef {
		t.Errorf("url parts %+v", url.Parts)
	}
}

func TestUnterminated(t *testing.T) {
	_, file := newFile("bad.sql", []byte("SET a = 'x';\nSELECT 'open\n/* never"))
	f := Extract(facts.WholeFile(file, source.SQL), facts.NewEnv())
	if len(f.Problems) != 1 || len(f.Values) != 2 {
		t.Errorf("problems %+v values %d", f.Problems, len(f.Values))
	}
}

func TestPrefixesDoNotPanic(t *testing.T) {
	src, err := os.ReadFile("testdata/federation.sql")
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]byte{
		[]byte(strings.Repeat("f(", 5000) + strings.Repeat("(", 5000) + "\xff\x00`"),
		[]byte("OPTIONS (" + strings.Repeat("a secret(", 3000)),
		[]byte("SET = ;SET VAR ;DECLARE ;SET VAR x = ;OPTIONS ("),
	}
	for n := range src {
		inputs = append(inputs, src[:n])
	}
	for _, in := range inputs {
		_, file := newFile("p.sql", in)
		Extract(facts.WholeFile(file, source.SQL), facts.NewEnv())
	}
}

func TestJinjaTemplatedSQL(t *testing.T) {
	src := []byte(`{#- Credentials come from the runner's environment -#}
{% macro pg() %}
  {% set sql %}
    create table {{ target.schema }}.t using postgresql
    options (host '{{ var("pg_host") }}', user '{{ env_var("PG_USER") }}', password 'Dbt-Pw-1')
  {% endset %}
{% endmacro %}
`)
	fset, f := newFile("m.sql", src)
	out := Extract(facts.WholeFile(f, source.SQL), facts.NewEnv())
	if len(out.Problems) > 0 {
		t.Errorf("problems: %+v", out.Problems)
	}
	var got []string
	for _, p := range out.Pairs {
		if p.Origin == facts.SQLOption {
			got = append(got, fmt.Sprintf("%s=%s(%s)@%s", p.Key, p.Value.Kind(), strings.Trim(p.Value.Text(), "\x00"), at(fset, p.Value.Pos)))
		}
	}
	want := `[host=var-ref(var-ref:{{ var("pg_host") }})@5:19 user=var-ref(var-ref:{{ env_var("PG_USER") }})@5:48 password=literal(Dbt-Pw-1)@5:85]`
	if fmt.Sprint(got) != want {
		t.Errorf("options\n got %v\nwant %s", got, want)
	}
}
