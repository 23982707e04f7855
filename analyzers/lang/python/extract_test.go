package python

import (
	"slices"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

func TestFStringFolding(t *testing.T) {
	src := `host = "sql.contoso.net"
port = 1433
user = dbutils.widgets.get("user")
a = f"jdbc:sqlserver://{host}:{port};user={user}"
b = f"{host!r} [{host:>18}] {{raw}} {port=}"
c = f"{"nested"} {host.upper()}"
`
	f, fset := extract(t, src)
	get := func(name string) facts.Value { return findPair(t, pairs(f, facts.Assignment), "", name).Value }

	a := get("a")
	if want := "jdbc:sqlserver://sql.contoso.net:1433;user=~var-ref:dbutils.widgets.get(user)~"; show(a) != want {
		t.Errorf("a = %q, want %q", show(a), want)
	}
	if a.Kind() != facts.VarRef {
		t.Errorf("a kind %v", a.Kind())
	}
	if got := span(t, fset, a, "sql.contoso.net"); got != "1:9-1:24" {
		t.Errorf("host folded from %s, want the literal at 1:9-1:24", got)
	}
	if got := span(t, fset, a, ";user="); got != "4:37-4:43" {
		t.Errorf(";user= at %s", got)
	}
	b := get("b")
	if want := "'sql.contoso.net' [   sql.contoso.net] {raw} port=1433"; show(b) != want {
		t.Errorf("b = %q, want %q", show(b), want)
	}
	if b.Kind() != facts.Folded || b.Via != "host" {
		t.Errorf("b kind %v via %q", b.Kind(), b.Via)
	}
	c := get("c")
	if want := "nested ~unknown:host.upper()~"; show(c) != want {
		t.Errorf("c = %q, want %q", show(c), want)
	}
}

func TestFormatAndPercent(t *testing.T) {
	src := `pw = "Tr0ub4dor"
u1 = "jdbc:postgresql://db/{}?user={u}&password={}".format("analytics", pw, u="etl")
u2 = "user=%s;password=%s;port=%d" % ("etl", pw, 5432)
u3 = "%(user)s:%(pw)s@host" % {"user": "etl", "pw": pw}
u4 = "{0}-{0}-{missing}".format("x")
u5 = "%5s|%x" % (pw, 255)
u6 = "  Tr0ub4dor \n".strip()
u7 = (" " + pw).lstrip()
u8 = "db:" + str(5432)
`
	f, fset := extract(t, src)
	tests := []struct{ name, text, pwAt string }{
		{"u1", "jdbc:postgresql://db/analytics?user=etl&password=Tr0ub4dor", "1:7-1:16"},
		{"u2", "user=etl;password=Tr0ub4dor;port=5432", "1:7-1:16"},
		{"u3", "etl:Tr0ub4dor@host", "1:7-1:16"},
		{"u4", "x-x-~unknown:format field missing~", ""},
		{"u5", "~unknown:formatted value~|~unknown:formatted value~", ""},
		{"u6", "Tr0ub4dor", "7:9-7:18"},
		{"u7", "Tr0ub4dor", "1:7-1:16"},
		{"u8", "db:5432", ""},
	}
	for _, tt := range tests {
		v := findPair(t, pairs(f, facts.Assignment), "", tt.name).Value
		if show(v) != tt.text {
			t.Errorf("%s = %q, want %q", tt.name, show(v), tt.text)
		}
		if tt.pwAt != "" {
			if got := span(t, fset, v, "Tr0ub4dor"); got != tt.pwAt {
				t.Errorf("%s: password at %s, want %s", tt.name, got, tt.pwAt)
			}
		}
	}
}

func TestJDBCURLPasswordSpan(t *testing.T) {
	src := `jdbc_password = "S3cr3t!2024"
jdbc_url = f"jdbc:sqlserver://sql01.contoso.net:1433;database=sales;user=etl;password={jdbc_password};encrypt=true"
df = spark.read.format("jdbc").option("url", jdbc_url).option("dbtable", "dbo.orders").load()
`
	f, fset := extract(t, src)
	opt := findPair(t, pairs(f, facts.OptionCall), "spark.read.format().option", "url")
	if got := at(fset, opt.KeyPos); got != "3:40" {
		t.Errorf("key at %s", got)
	}
	// Via keeps the first name the text was read through (facts.Env.Use).
	if opt.Value.Via != "jdbc_password" || opt.Value.Kind() != facts.Folded {
		t.Errorf("via %q kind %v", opt.Value.Via, opt.Value.Kind())
	}
	if got := span(t, fset, opt.Value, "S3cr3t!2024"); got != "1:18-1:29" {
		t.Errorf("password span %s, want the literal at 1:18-1:29", got)
	}
	if got := span(t, fset, opt.Value, "password="); got != "2:78-2:87" {
		t.Errorf("password= span %s", got)
	}
	if got := at(fset, opt.Value.Pos); got != "3:46" {
		t.Errorf("use at %s", got)
	}
}

func TestCrossCellFolding(t *testing.T) {
	// Two cells of one notebook: the second reads a name bound in the first.
	src := "# Databricks notebook source\n" +
		"storage_key = \"Zm9vYmFyYmF6cXV4\"\n" +
		"\n# COMMAND ----------\n\n" +
		"spark.conf.set(\"fs.azure.account.key.lake.dfs.core.windows.net\", storage_key)\n"
	fset, file := newFile("nb.py", src)
	env := facts.NewEnv()
	cell := func(text string) *facts.Code {
		c := facts.NewCode(file, source.Python)
		i := strings.Index(src, text)
		c.Add(i, []byte(text))
		return c
	}
	first := Extract(cell("storage_key = \"Zm9vYmFyYmF6cXV4\"\n"), env)
	second := Extract(cell(src[strings.Index(src, "spark.conf"):]), env)
	if len(first.Values) != 1 || len(second.Values) != 1 {
		t.Errorf("values: %d in the first cell, %d in the second", len(first.Values), len(second.Values))
	}
	p := findPair(t, pairs(second, facts.ConfSet), "spark.conf.set", "fs.azure.account.key.lake.dfs.core.windows.net")
	if p.Value.Via != "storage_key" || show(p.Value) != "Zm9vYmFyYmF6cXV4" {
		t.Errorf("value %q via %q", show(p.Value), p.Value.Via)
	}
	if got := span(t, fset, p.Value, "Zm9v"); got != "2:16-2:20" {
		t.Errorf("key folded from %s, want 2:16-2:20 in the first cell", got)
	}
	if got := at(fset, p.Value.Pos); got != "6:66" {
		t.Errorf("use at %s", got)
	}
	if got := at(fset, p.KeyPos); got != "6:17" {
		t.Errorf("key at %s", got)
	}
}

func TestNotebookCellFromTwoRegions(t *testing.T) {
	// A %python cell of a SQL notebook: the code is the text after each
	// "-- MAGIC " prefix, so the Code is built from separate file regions.
	src := "-- Databricks notebook source\n" +
		"-- MAGIC %python\n" +
		"-- MAGIC pw = \"hunter2\"\n" +
		"-- MAGIC q = '''SELECT 1\n" +
		"-- MAGIC FROM t'''\n" +
		"-- MAGIC url = f\"jdbc:mysql://db:3306/x?password={pw}\"\n"
	fset, file := newFile("nb.sql", src)
	c := facts.NewCode(file, source.Python)
	const prefix = "-- MAGIC "
	lines := strings.SplitAfter(src, "\n")
	off := 0
	for i, l := range lines {
		if i >= 2 && strings.HasPrefix(l, prefix) {
			c.Add(off+len(prefix), []byte(l[len(prefix):]))
		}
		off += len(l)
	}
	f := Extract(c, facts.NewEnv())
	get := func(name string) facts.Value { return findPair(t, pairs(f, facts.Assignment), "", name).Value }

	pw := get("pw")
	if got := at(fset, pw.Parts[0].Pos); got != "3:16" || !pw.Parts[0].Exact {
		t.Errorf("pw at %s exact %v", got, pw.Parts[0].Exact)
	}
	q := get("q")
	if show(q) != "SELECT 1\nFROM t" {
		t.Errorf("q = %q", show(q))
	}
	// The triple-quoted string spans the cut: each piece is exact where it is.
	if len(q.Parts) != 2 || at(fset, q.Parts[0].Pos) != "4:17" || at(fset, q.Parts[1].Pos) != "5:10" || !q.Parts[0].Exact || !q.Parts[1].Exact {
		t.Errorf("q parts %+v", q.Parts)
	}
	if got := span(t, fset, q, "FROM"); got != "5:10-5:14" {
		t.Errorf("FROM at %s", got)
	}
	url := get("url")
	if got := span(t, fset, url, "hunter2"); got != "3:16-3:23" {
		t.Errorf("password at %s", got)
	}
	if got := span(t, fset, url, "3306"); got != "6:34-6:38" {
		t.Errorf("port at %s", got)
	}
}

func TestSparkPairs(t *testing.T) {
	src := `jdbc_props = {"user": "etl", "password": "pw-in-dict", "driver": "org.postgresql.Driver"}
opts = dict(user="etl", password="pw-in-dict-call")
df = (spark.read.format("jdbc")
      .option("url", "jdbc:postgresql://pg:5432/sales")
      .options(**opts)
      .options(dbtable="public.orders", fetchsize=1000)
      .load())
conn_props = {}
conn_props["password"] = "pw-subscript"
jp = spark._jvm.java.util.Properties()
jp.setProperty("password", "pw-set-property")
jp.put("user", "etl")
spark.conf.set("fs.azure.account.key.lake.dfs.core.windows.net", "acct-key")
sc._jsc.hadoopConfiguration().set("fs.s3a.secret.key", "s3-secret")
os.environ["DATABRICKS_TOKEN"] = "dapi-env"
load(path="/mnt/x", **{"header": "true"})
`
	f, fset := extract(t, src)
	tests := []struct {
		origin      facts.Origin
		path, key   string
		value, want string // decoded value, key position
	}{
		{facts.DictEntry, "jdbc_props", "password", "pw-in-dict", "1:31"},
		{facts.DictEntry, "opts", "password", "pw-in-dict-call", "2:25"},
		{facts.OptionCall, "spark.read.format().option", "url", "jdbc:postgresql://pg:5432/sales", "4:16"},
		{facts.OptionCall, "spark.read.format().option().options", "password", "pw-in-dict-call", "2:25"},
		{facts.OptionCall, "spark.read.format().option().options().options", "dbtable", "public.orders", "6:16"},
		{facts.OptionCall, "spark.read.format().option().options().options", "fetchsize", "1000", "6:41"},
		{facts.PropertyPut, "conn_props", "password", "pw-subscript", "9:13"},
		{facts.PropertyPut, "jp", "password", "pw-set-property", "11:17"},
		{facts.PropertyPut, "jp", "user", "etl", "12:9"},
		{facts.ConfSet, "spark.conf.set", "fs.azure.account.key.lake.dfs.core.windows.net", "acct-key", "13:17"},
		{facts.ConfSet, "sc._jsc.hadoopConfiguration().set", "fs.s3a.secret.key", "s3-secret", "14:36"},
		{facts.EnvAssign, "os.environ", "DATABRICKS_TOKEN", "dapi-env", "15:13"},
		{facts.DictEntry, "load", "header", "true", "16:25"},
	}
	for _, tt := range tests {
		p := findPair(t, pairs(f, tt.origin), tt.path, tt.key)
		if show(p.Value) != tt.value || at(fset, p.KeyPos) != tt.want {
			t.Errorf("%s %s %s = %q at %s, want %q at %s", tt.origin, tt.path, tt.key, show(p.Value), at(fset, p.KeyPos), tt.value, tt.want)
		}
	}
	// The ** expansion is a keyword argument of the call, too.
	for _, c := range f.Calls {
		if c.Callee == "load" && (len(c.Kwargs) != 2 || c.Kwargs[1].Key != "header" || c.Kwargs[1].Path != "load") {
			t.Errorf("load kwargs %+v", c.Kwargs)
		}
	}
}

func TestReadJDBCProperties(t *testing.T) {
	src := `url = "jdbc:postgresql://pg.internal:5432/sales"
props = {"user": "etl", "password": "Pg-Pass-1"}
props["sslmode"] = "require"
orders = spark.read.jdbc(url, "public.orders", properties=props)
df.write.jdbc(url=url, table="t", mode="append", properties={"password": "inline-pw"})
`
	f, fset := extract(t, src)
	p := findPair(t, pairs(f, facts.DictEntry), "spark.read.jdbc", "password")
	if show(p.Value) != "Pg-Pass-1" || at(fset, p.KeyPos) != "2:26" || at(fset, p.Value.Parts[0].Pos) != "2:38" {
		t.Errorf("password %q key %s value %s", show(p.Value), at(fset, p.KeyPos), at(fset, p.Value.Parts[0].Pos))
	}
	if p := findPair(t, pairs(f, facts.DictEntry), "spark.read.jdbc", "sslmode"); show(p.Value) != "require" {
		t.Errorf("sslmode %q", show(p.Value))
	}
	findPair(t, pairs(f, facts.DictEntry), "props", "password")
	if p := findPair(t, pairs(f, facts.DictEntry), "df.write.jdbc", "password"); at(fset, p.KeyPos) != "5:63" {
		t.Errorf("inline password key at %s", at(fset, p.KeyPos))
	}
	// The inline dict is reported once, under the call.
	n := 0
	for _, p := range f.Pairs {
		if p.Key == "password" && at(fset, p.KeyPos) == "5:63" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("inline password pairs: %d", n)
	}
	var call facts.Call
	for _, c := range f.Calls {
		if c.Callee == "spark.read.jdbc" {
			call = c
		}
	}
	if len(call.Args) != 2 || show(call.Args[0]) != "jdbc:postgresql://pg.internal:5432/sales" || call.Args[0].Via != "url" ||
		len(call.Kwargs) != 1 || call.Kwargs[0].Key != "properties" || call.Kwargs[0].Origin != facts.KeywordArg {
		t.Errorf("call %+v", call)
	}
}

func TestReferences(t *testing.T) {
	src := `import os, sys
pw = dbutils.secrets.get(scope="jdbc", key="password")
raw = dbutils.secrets.getBytes("kv", "cert")
t1 = os.environ["DATABRICKS_TOKEN"]
t2 = os.environ.get("DATABRICKS_TOKEN", "fallback")
t3 = os.getenv("ARM_CLIENT_SECRET")
w = dbutils.widgets.get("env")
a = getArgument("run_date")
c = spark.conf.get("spark.databricks.clusterUsageTags.clusterName")
v = sys.argv[1]
u = some_module.compute()
url = "jdbc:postgresql://h/db?user=etl&password=" + pw
df = spark.read.format("jdbc").option("password", pw).load()
`
	f, _ := extract(t, src)
	tests := []struct {
		name string
		kind facts.Kind
		text string
	}{
		{"pw", facts.SecretRef, "~secret-ref:jdbc/password~"},
		{"raw", facts.SecretRef, "~secret-ref:kv/cert~"},
		{"t1", facts.EnvRef, "~env-ref:DATABRICKS_TOKEN~"},
		{"t2", facts.Folded, "fallback"}, // the committed default runs wherever the variable is unset
		{"t3", facts.EnvRef, "~env-ref:ARM_CLIENT_SECRET~"},
		{"w", facts.VarRef, "~var-ref:dbutils.widgets.get(env)~"},
		{"a", facts.VarRef, "~var-ref:getArgument(run_date)~"},
		{"c", facts.VarRef, "~var-ref:spark.conf.get(spark.databricks.clusterUsageTags.clusterName)~"},
		{"v", facts.VarRef, "~var-ref:sys.argv~"},
		{"u", facts.Unknown, "~unknown:some_module.compute()~"},
		{"url", facts.SecretRef, "jdbc:postgresql://h/db?user=etl&password=~secret-ref:jdbc/password~"},
	}
	for _, tt := range tests {
		p := findPair(t, pairs(f, facts.Assignment), "", tt.name)
		if p.Value.Kind() != tt.kind || show(p.Value) != tt.text {
			t.Errorf("%s = %q (%v), want %q (%v)", tt.name, show(p.Value), p.Value.Kind(), tt.text, tt.kind)
		}
	}
	// A secret read into a variable stays a secret where it is used.
	if p := findPair(t, pairs(f, facts.OptionCall), "spark.read.format().option", "password"); p.Value.Kind() != facts.SecretRef || p.Value.Via != "pw" {
		t.Errorf("option password %q kind %v via %q", show(p.Value), p.Value.Kind(), p.Value.Via)
	}
}

func TestRebindingAndScopes(t *testing.T) {
	src := `pw = "first"
pw = get_password()
user = "etl"
token = "outer"

def connect(user, timeout=30):
    token = "inner"
    return jdbc(user, token)

class Settings:
    retries = "5"

x = token
y = user
z = retries
a, b = "x", "y"
n: str = "annotated"
s = "abc"
s += "def"
for user in users:
    pass
w = user
`
	f, _ := extract(t, src)
	var got []string
	for _, p := range pairs(f, facts.Assignment) {
		got = append(got, p.Path+"."+p.Key+"="+show(p.Value))
	}
	want := []string{
		".pw=first", ".pw=~unknown:get_password()~", ".user=etl", ".token=outer",
		"connect.timeout=30", ".token=inner", ".retries=5",
		".x=outer", ".y=etl", ".z=~var-ref:retries~",
		".a=x", ".b=y", ".n=annotated", ".s=abc", ".s=abcdef", ".w=~var-ref:user~",
	}
	if !slices.Equal(got, want) {
		t.Errorf("assignments\n got %q\nwant %q", got, want)
	}
	// Inside the function, the parameter hides the outer user.
	for _, c := range f.Calls {
		if c.Callee == "jdbc" && (show(c.Args[0]) != "~var-ref:user~" || show(c.Args[1]) != "inner") {
			t.Errorf("jdbc args %q %q", show(c.Args[0]), show(c.Args[1]))
		}
	}
}

func TestCallees(t *testing.T) {
	src := `df = spark.read.format("jdbc").option("url", u).load()
(df.write
   .mode("overwrite")
   .saveAsTable("main.sales.orders"))
print(len(rows), "{}".format(1))
`
	f, fset := extract(t, src)
	want := []string{
		"spark.read.format", "spark.read.format().option", "spark.read.format().option().load",
		"df.write.mode", "df.write.mode().saveAsTable", "len", "str.format", "print",
	}
	if got := callees(f); !slices.Equal(got, want) {
		t.Errorf("callees\n got %q\nwant %q", got, want)
	}
	load := f.Calls[2]
	if at(fset, load.Pos) != "1:6" || at(fset, load.End) != "1:55" {
		t.Errorf("load at %s-%s", at(fset, load.Pos), at(fset, load.End))
	}
	if opt := f.Calls[1]; len(opt.Args) != 2 || show(opt.Args[0]) != "url" || opt.Args[1].Kind() != facts.VarRef {
		t.Errorf("option args %+v", opt.Args)
	}
}

func TestRequests(t *testing.T) {
	src := `import requests, urllib.parse, urllib.request
tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"
token_url = f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
resp = requests.post(token_url, data={"grant_type": "client_credentials", "client_id": cid,
    "client_secret": "sp-secret", "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"})
host = "https://adb-1234567890123456.7.azuredatabricks.net"
r = requests.post(f"{host}/api/2.0/token/create", headers={"Authorization": f"Bearer {pat}"},
    json={"lifetime_seconds": 7776000, "comment": "ci"})
r2 = httpx.get(host + "/api/2.0/clusters/list?limit=10", params={"can_use_client": "NOTEBOOKS"})
sess = requests.Session()
r3 = sess.post(host + "/oidc/v1/token", data="grant_type=client_credentials&scope=all-apis", auth=(cid, sec))
body = urllib.parse.urlencode({"grant_type": "client_credentials", "resource": "https://management.core.windows.net/"}).encode()
req = urllib.request.Request("https://login.microsoftonline.com/common/oauth2/token", data=body)
r4 = requests.request("PATCH", host + "/api/2.0/workspace-conf", json={"maxTokenLifetimeDays": "0"})
d = config.get("password")
`
	f, fset := extract(t, src)
	type param struct{ origin, key, value, at string }
	tests := []struct {
		tool, method, url string
		params            []param
	}{
		{"requests.post", "POST", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", []param{
			{"form", "grant_type", "client_credentials", "4:40"},
			{"form", "client_id", "~var-ref:cid~", "4:76"},
			{"form", "client_secret", "sp-secret", "5:6"},
			{"form", "scope", "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default", "5:36"},
		}},
		{"requests.post", "POST", "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/token/create", []param{
			{"request-json", "lifetime_seconds", "7776000", "8:12"},
			{"request-json", "comment", "ci", "8:41"},
		}},
		{"httpx.get", "GET", "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list?limit=10", []param{
			{"query", "can_use_client", "NOTEBOOKS", "9:67"},
			{"query", "limit", "10", "9:47"},
		}},
		{"sess.post", "POST", "https://adb-1234567890123456.7.azuredatabricks.net/oidc/v1/token", []param{
			{"form", "grant_type", "client_credentials", "11:47"},
			{"form", "scope", "all-apis", "11:77"},
		}},
		{"urllib.request.Request", "POST", "https://login.microsoftonline.com/common/oauth2/token", []param{
			{"form", "grant_type", "client_credentials", "12:33"},
			{"form", "resource", "https://management.core.windows.net/", "12:69"},
		}},
		{"requests.request", "PATCH", "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/workspace-conf", []param{
			{"request-json", "maxTokenLifetimeDays", "0", "14:73"},
		}},
	}
	if len(f.Requests) != len(tests) {
		var tools []string
		for _, r := range f.Requests {
			tools = append(tools, r.Tool)
		}
		t.Fatalf("requests %q", tools)
	}
	for i, tt := range tests {
		r := f.Requests[i]
		if r.Tool != tt.tool || r.Method != tt.method || show(r.URL) != tt.url {
			t.Errorf("request %d: %s %s %q", i, r.Tool, r.Method, show(r.URL))
		}
		var got []param
		for _, p := range r.Params {
			got = append(got, param{string(p.Origin), p.Key, show(p.Value), at(fset, p.KeyPos)})
		}
		if !slices.Equal(got, tt.params) {
			t.Errorf("request %d params\n got %v\nwant %v", i, got, tt.params)
		}
	}
	h := f.Requests[1].Headers
	if len(h) != 1 || h[0].Key != "Authorization" || h[0].Origin != facts.Header || show(h[0].Value) != "Bearer ~var-ref:pat~" {
		t.Errorf("headers %+v", h)
	}
	// The tenant in the token URL points at its literal.
	if got := span(t, fset, f.Requests[0].URL, "72f988bf"); got != "2:11-2:19" {
		t.Errorf("tenant at %s", got)
	}
}

func TestAuthScopes(t *testing.T) {
	src := `import msal
from azure.identity import ClientSecretCredential
from databricks.sdk import WorkspaceClient
app = msal.ConfidentialClientApplication(
    client_id, authority="https://login.microsoftonline.com/contoso.onmicrosoft.com",
    client_credential=dbutils.secrets.get("sp", "secret"))
result = app.acquire_token_for_client(scopes=["2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"])
cred = ClientSecretCredential(tenant_id, client_id, client_secret)
mgmt = cred.get_token("https://management.core.windows.net/.default", "https://graph.microsoft.com/.default")
w = WorkspaceClient(host="https://adb-1.1.azuredatabricks.net", client_id=cid, client_secret=sec, scopes=["all-apis", "sql"])
cfg = Config(host=h, scopes="all-apis offline_access")
plain = WorkspaceClient()
`
	f, fset := extract(t, src)
	type req struct{ tool, url, scopes string }
	var got []req
	for _, r := range f.Requests {
		var s []string
		for _, p := range r.Params {
			if p.Key != "scope" && p.Key != "grant_type" || p.Origin != facts.FormParam {
				t.Errorf("param %+v", p)
			}
			s = append(s, show(p.Value)+"@"+at(fset, p.Value.Pos))
		}
		got = append(got, req{r.Tool, show(r.URL), strings.Join(s, " ")})
	}
	want := []req{
		// acquire_token_for_client is the client-credentials grant.
		{"msal", "https://login.microsoftonline.com/contoso.onmicrosoft.com", "client_credentials@7:10 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default@7:47"},
		{"azure.identity", "", "https://management.core.windows.net/.default@9:23 https://graph.microsoft.com/.default@9:71"},
		{"databricks-sdk", "https://adb-1.1.azuredatabricks.net", "all-apis@10:107 sql@10:119"},
		{"databricks-sdk", "~var-ref:h~", "all-apis@11:30 offline_access@11:39"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("requests\n got %v\nwant %v", got, want)
	}
}

func TestProseHasNoValues(t *testing.T) {
	src := `"""Nightly load.

Connects with password="not-a-value" (docs only).
"""
# token = "dapi0123456789abcdef0123456789abcdef"
def load():
    '''Docstring: password=hunter2'''
    return 1  # trailing comment "quoted"
`
	f, _ := extract(t, src)
	var got []string
	for _, v := range f.Values {
		got = append(got, show(v))
	}
	if !slices.Equal(got, []string{"1"}) {
		t.Errorf("values %q", got)
	}
	if len(f.Pairs) != 0 || len(f.Problems) != 0 {
		t.Errorf("pairs %v problems %v", f.Pairs, f.Problems)
	}
}

func TestValuesOnceEach(t *testing.T) {
	src := `x = ["a", 'b' "c", 1, 2.5, True, None, f"{y}-d"]
`
	f, fset := extract(t, src)
	var got []string
	for _, v := range f.Values {
		got = append(got, show(v)+"@"+at(fset, v.Pos))
	}
	want := []string{"a@1:6", "bc@1:11", "1@1:20", "2.5@1:23", "True@1:28", "~var-ref:y~-d@1:40"}
	if !slices.Equal(got, want) {
		t.Errorf("values\n got %q\nwant %q", got, want)
	}
	if f.Values[2].Type != facts.Number || f.Values[4].Type != facts.Bool {
		t.Errorf("types %v %v", f.Values[2].Type, f.Values[4].Type)
	}
}
