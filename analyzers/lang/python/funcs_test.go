package python

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// kwargOf returns the value of keyword key in the calls of callee whose
// value is known text (the call as evaluated with a literal argument).
func knownKwargs(f *facts.File, callee, key string) []facts.Value {
	var out []facts.Value
	for _, c := range f.Calls {
		if c.Callee != callee {
			continue
		}
		for _, k := range c.Kwargs {
			if k.Key == key && k.Value.IsKnown() {
				out = append(out, k.Value)
			}
		}
	}
	return out
}

func TestFunctionSummaries(t *testing.T) {
	src := `from databricks import sql

def open_conn(host, pw):
    return sql.connect(server_hostname=host, http_path="/sql/1.0/warehouses/abc", password=pw)

def via(pw):
    return open_conn("dbc.example.net", pw)

def connect_default(pw="S3cr3t-default"):
    return sql.connect(server_hostname="h", password=pw)

def get_pw():
    return "Ret-S3cret-99"

def connect_kw(**kw):
    return sql.connect(**kw)

fetch = lambda pw: sql.connect(server_hostname="h", password=pw)

a = open_conn("dbc.example.net", "Lit-S3cret-1")
b = open_conn(host="dbc.example.net", pw="Kw-S3cret-2")
c = via("Hop-S3cret-3")
d = sql.connect(server_hostname="h", password=get_pw())
e = connect_kw(server_hostname="h", password="Star-S3cret-4")
g = fetch("Lam-S3cret-5")
h = open_conn("dbc.example.net", dbutils.secrets.get("kv", "pw"))
`
	f, fset := extract(t, src)
	got := map[string]string{}
	for _, v := range knownKwargs(f, "sql.connect", "password") {
		got[v.Text()] = at(fset, v.Parts[0].Pos) + " used " + at(fset, v.Pos)
	}
	want := map[string]string{
		"Lit-S3cret-1":   "20:35 used 4:92",
		"Kw-S3cret-2":    "21:43 used 4:92",
		"Hop-S3cret-3":   "22:10 used 4:92",
		"S3cr3t-default": "9:25 used 10:54",
		"Ret-S3cret-99":  "13:13 used 23:47",
		"Star-S3cret-4":  "24:47 used 24:46",
		"Lam-S3cret-5":   "25:12 used 18:62",
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("%s: got %q, want %q", text, got[text], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("known passwords %v, want only %v", got, want)
	}
	for _, c := range f.Calls {
		for _, k := range c.Kwargs {
			if k.Key == "password" && k.Value.Kind() == facts.SecretRef {
				return
			}
		}
	}
	t.Errorf("the secret passed to open_conn does not reach sql.connect")
}

func TestClassesAndConfigs(t *testing.T) {
	src := `class Warehouse:
    def __init__(self, host):
        self.host = host
        self.password = "Init-S3cret-1"

    def read(self, spark):
        return spark.read.format("jdbc").option("password", self.password).load()

class DbConf:
    host: str = "pg.example.net"
    password: str = "Field-S3cret-2"
    port: int = 5432

class Plain:
    user: str
    password: str

CONFIG = {"db": {"user": "etl", "password": "Nested-S3cret-3"}}

cfg = DbConf()
spark.read.format("jdbc").option("password", cfg.password).load()
spark.read.format("jdbc").option("password", DbConf.password).load()
other = Plain("etl", "Pos-S3cret-4")
spark.read.format("jdbc").option("password", other.password).load()
spark.read.format("jdbc").option("password", CONFIG["db"]["password"]).load()
kw = DbConf(password="Kw-S3cret-5")
spark.read.format("jdbc").option("password", kw.password).load()
`
	f, fset := extract(t, src)
	var got []string
	for _, p := range pairs(f, facts.OptionCall) {
		if p.Key == "password" && p.Value.IsKnown() {
			got = append(got, p.Value.Text()+"@"+at(fset, p.Value.Parts[0].Pos))
		}
	}
	want := "Init-S3cret-1@4:26 Field-S3cret-2@11:22 Field-S3cret-2@11:22 Pos-S3cret-4@23:23 Nested-S3cret-3@18:46 Kw-S3cret-5@26:23"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

// A parameter without a default and without a call stays unknown; a
// function nobody calls with a literal gives no known value.
func TestUncalledParameterStaysUnknown(t *testing.T) {
	src := `def connect(pw):
    return spark.read.format("jdbc").option("password", pw).load()

connect(dbutils.widgets.get("pw"))
`
	f, _ := extract(t, src)
	for _, p := range pairs(f, facts.OptionCall) {
		if p.Value.IsKnown() {
			t.Errorf("known value %q", show(p.Value))
		}
	}
}

// chain builds f0 -> f1 -> ... -> fn-1 -> sink, defined callee first (so
// every def's own reading evaluates the next call) or caller first.
func chain(n int, calleeFirst bool) string {
	defs := make([]string, n)
	for i := range n {
		next := fmt.Sprintf("f%d(pw)", i+1)
		if i == n-1 {
			next = `spark.read.format("jdbc").option("password", pw).load()`
		}
		defs[i] = fmt.Sprintf("def f%d(pw):\n    return %s\n", i, next)
	}
	if calleeFirst {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			defs[i], defs[j] = defs[j], defs[i]
		}
	}
	return strings.Join(defs, "") + "f0(\"Chain-S3cret\")\nf0(\"Chain-S3cret\")\n"
}

func TestDeepCallChainIsBounded(t *testing.T) {
	for _, calleeFirst := range []bool{false, true} {
		src := chain(10000, calleeFirst)
		start := time.Now()
		f1 := extractAll(src)
		took := time.Since(start)
		f2 := extractAll(src)
		if fmt.Sprint(f1.Pairs, f1.Calls) != fmt.Sprint(f2.Pairs, f2.Calls) {
			t.Errorf("calleeFirst=%v: two readings differ", calleeFirst)
		}
		t.Logf("calleeFirst=%v: %d calls, %d pairs in %v", calleeFirst, len(f1.Calls), len(f1.Pairs), took)
	}
	// Recursion ends too.
	f := extractAll("def f(pw):\n    f(pw)\n    f(pw)\n    return f(pw)\n\nf(\"R3cursive\")\n")
	if len(f.Calls) > 4*maxInlineBudget {
		t.Errorf("%d calls", len(f.Calls))
	}
}

func BenchmarkDeepCallChain(b *testing.B) {
	src := chain(10000, true)
	for b.Loop() {
		extractAll(src)
	}
}

func TestRequestSinksThroughFunctions(t *testing.T) {
	src := `import requests

HOST = "https://adb-1234567890123456.7.azuredatabricks.net"

def api_get(path, token):
    return requests.get(HOST + path, headers={"Authorization": "Bearer " + token}, timeout=30)

def sp_token(secret):
    return requests.post("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
                         data={"grant_type": "client_credentials", "client_id": "app", "client_secret": secret})

api_get("/api/2.0/clusters/list", "Hdr-T0ken-1")
sp_token("Body-S3cret-2")
api_get("/api/2.0/jobs/list", dbutils.secrets.get("ci", "token"))
`
	f, fset := extract(t, src)
	var got []string
	for _, r := range f.Requests {
		for _, p := range append(r.Headers, r.Params...) {
			if (p.Key == "Authorization" || p.Key == "client_secret") && p.Value.IsKnown() {
				got = append(got, p.Key+"="+p.Value.Text()+"@"+at(fset, p.Value.Parts[len(p.Value.Parts)-1].Pos))
			}
		}
	}
	want := "Authorization=Bearer Hdr-T0ken-1@12:36 client_secret=Body-S3cret-2@13:11"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestMethodCalls(t *testing.T) {
	src := `class Warehouse:
    def __init__(self, host, password):
        self.host = host
        self.password = password

    def _reader(self, pw):
        return spark.read.format("jdbc").option("password", pw)

    def read(self, table):
        return self._reader(self.password).option("dbtable", table).load()

wh = Warehouse("pg.internal", "Ctor-S3cret-1")
wh.read("public.orders")
safe = Warehouse("pg.internal", dbutils.secrets.get("db", "pw"))
safe.read("public.orders")
`
	f, fset := extract(t, src)
	var got []string
	for _, p := range pairs(f, facts.OptionCall) {
		if p.Key == "password" && p.Value.IsKnown() {
			got = append(got, p.Value.Text()+"@"+at(fset, p.Value.Parts[0].Pos)+">"+at(fset, p.Value.Pos))
		}
	}
	if want := "Ctor-S3cret-1@12:32>7:61"; strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestReboundNameIsNotTheFunction(t *testing.T) {
	src := `get_pw = lambda: "Lam-S3cret-1"
get_pw = load_password
spark.read.format("jdbc").option("password", get_pw()).load()
`
	f, _ := extract(t, src)
	for _, p := range pairs(f, facts.OptionCall) {
		if p.Value.IsKnown() {
			t.Errorf("rebound get_pw() still reads the lambda: %q", show(p.Value))
		}
	}
}

func TestWidgetDefaults(t *testing.T) {
	src := `dbutils.widgets.text("pw", "W1dget-S3cret")
dbutils.widgets.dropdown("env", "prod", ["dev", "prod"])
dbutils.widgets.text("empty", "")
a = dbutils.widgets.get("pw")
b = getArgument("other", "Arg-Default-2")
c = dbutils.widgets.get("empty")
d = dbutils.widgets.get("unknown")
`
	f, fset := extract(t, src)
	get := func(name string) facts.Value { return findPair(t, pairs(f, facts.Assignment), "", name).Value }
	if a := get("a"); !a.IsKnown() || a.Text() != "W1dget-S3cret" || at(fset, a.Parts[0].Pos) != "1:29" || a.Via != "dbutils.widgets.get(pw)" {
		t.Errorf("a = %q at %s via %q", show(a), at(fset, a.Parts[0].Pos), a.Via)
	}
	if b := get("b"); b.Text() != "Arg-Default-2" {
		t.Errorf("b = %q", show(b))
	}
	for _, name := range []string{"c", "d"} {
		if v := get(name); v.Kind() != facts.VarRef {
			t.Errorf("%s is %v %q, want a parameter", name, v.Kind(), show(v))
		}
	}
}

// An instance that holds itself again and again would double its attributes
// at each assignment (nested instances are copied whole); the bound keeps
// the reading fast and the same every time.
func TestSelfReferencingInstancesAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("class Node:\n    def __init__(self, pw):\n        self.pw = pw\n")
	for i := range 40 {
		fmt.Fprintf(&b, "        self.a%d = self\n", i)
	}
	b.WriteString("\n    def connect(self):\n        return self.helper()\n\n    def helper(self):\n" +
		"        return spark.read.format(\"jdbc\").option(\"password\", self.a39.a38.pw)\n\n" +
		"n = Node(\"N0de-Pw-2024\")\nn.connect()\n")
	src := b.String()
	start := time.Now()
	f1 := extractAll(src)
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %v", took)
	}
	f2 := extractAll(src)
	if fmt.Sprint(f1.Pairs, f1.Calls) != fmt.Sprint(f2.Pairs, f2.Calls) {
		t.Error("two readings differ")
	}
}
