package terraform

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// factsAt returns the facts of the file at a unit path.
func factsAt(t *testing.T, u *facts.Unit, name string) *facts.File {
	t.Helper()
	for _, f := range u.Files {
		if f.Source.Path == name {
			return f
		}
	}
	t.Fatalf("no file %s", name)
	return nil
}

// blocksAt returns every block with this path in a file's facts.
func blocksAt(f *facts.File, path string) []*facts.Block {
	var out []*facts.Block
	for _, b := range f.Blocks {
		b.Walk(func(c *facts.Block) {
			if c.Path == path {
				out = append(out, c)
			}
		})
	}
	return out
}

func TestChildModuleInputsAndOutputs(t *testing.T) {
	fset, u := analyze(t,
		file{"infra/main.tf", `module "db" {
  source   = "./modules/db"
  password = "Child-Lit-1"
  host     = var.host
}

module "remote" {
  source   = "git::https://example.com/modules/db.git"
  password = "Remote-Lit"
}

output "url" {
  value = module.db.url
}

variable "host" {
  default = "pg.internal"
}
`},
		file{"infra/modules/db/main.tf", `variable "password" {}
variable "host" {}
variable "port" {
  default = "5432"
}

resource "databricks_connection" "pg" {
  options = {
    host     = var.host
    port     = var.port
    password = var.password
  }
}

output "url" {
  value = "jdbc:postgresql://${var.host}:${var.port}/db?password=${var.password}"
}
`})
	child := factsAt(t, u, "infra/modules/db/main.tf")
	opts := blocksAt(child, "resource.databricks_connection.pg.options")
	if len(opts) != 1 {
		t.Fatalf("%d instances of the child's connection, want 1 (one module block calls it)", len(opts))
	}
	pw := pair(t, opts[0], "password").Value
	if pw.Text() != "Child-Lit-1" || pw.Via != "var.password" {
		t.Errorf("password = %q via %q, want the caller's literal via var.password", pw.Text(), pw.Via)
	}
	if got := span(t, fset, pw, "Child-Lit-1"); got != "main.tf:3:15" {
		t.Errorf("password written at %s, want the caller's main.tf:3:15", got)
	}
	if got := at(fset, pw.Pos); !strings.HasPrefix(got, "main.tf:11:") {
		t.Errorf("password used at %s, want the child's main.tf:11", got)
	}
	if h := pair(t, opts[0], "host").Value; h.Text() != "pg.internal" {
		t.Errorf("host = %q: the caller's var.host must be folded in the caller", h.Text())
	}
	if p := pair(t, opts[0], "port").Value; p.Text() != "5432" {
		t.Errorf("port = %q: an input the caller leaves out keeps the child's default", p.Text())
	}
	out := blocksAt(factsAt(t, u, "infra/main.tf"), "output.url")
	if v := pair(t, out[0], "value").Value; !strings.HasSuffix(v.Text(), "password=Child-Lit-1") {
		t.Errorf("module.db.url = %q, want the child's output with the caller's password", v.Text())
	}
}

func TestModuleCyclesAndDepthAreBounded(t *testing.T) {
	// a calls b, b calls a and itself; and a chain deeper than the bound.
	files := []file{
		{"root/main.tf", "module \"a\" {\n  source = \"./a\"\n  pw = \"Cycle-Lit\"\n}\n"},
		{"root/a/main.tf", "variable \"pw\" {}\nmodule \"b\" {\n  source = \"../b\"\n  pw = var.pw\n}\nresource \"x\" \"a\" {\n  password = var.pw\n}\n"},
		{"root/b/main.tf", "variable \"pw\" {}\nmodule \"a\" {\n  source = \"../a\"\n  pw = var.pw\n}\nmodule \"self\" {\n  source = \"./\"\n  pw = var.pw\n}\nresource \"x\" \"b\" {\n  password = var.pw\n}\n"},
	}
	const deep = 40
	files[0].src += "module \"c0\" {\n  source = \"./c0\"\n  pw = \"Deep-Lit\"\n}\n"
	dir := "root"
	for i := range deep {
		dir += fmt.Sprintf("/c%d", i)
		files = append(files, file{dir + "/main.tf", fmt.Sprintf("variable \"pw\" {}\nmodule \"c%d\" {\n  source = \"./c%d\"\n  pw = var.pw\n}\nresource \"x\" \"c\" {\n  password = var.pw\n}\n", i+1, i+1)})
	}
	start := time.Now()
	_, u := analyze(t, files...)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	for _, name := range []string{"root/a/main.tf", "root/b/main.tf"} {
		for _, b := range blocksAt(factsAt(t, u, name), "resource.x."+name[5:6]) {
			if v := pair(t, b, "password").Value; v.IsKnown() && v.Text() != "Cycle-Lit" {
				t.Errorf("%s: password %q", name, v.Text())
			}
		}
	}
	a := blocksAt(factsAt(t, u, "root/a/main.tf"), "resource.x.a")
	if len(a) != 1 || pair(t, a[0], "password").Value.Text() != "Cycle-Lit" {
		t.Errorf("module a: %d instances, want 1 with the root's literal (b calling a back is a cycle)", len(a))
	}
	reached := 0
	dir = "root"
	for i := range deep {
		dir += fmt.Sprintf("/c%d", i)
		for _, b := range blocksAt(factsAt(t, u, dir+"/main.tf"), "resource.x.c") {
			if pair(t, b, "password").Value.Text() == "Deep-Lit" {
				reached = i + 1
			}
		}
	}
	if reached != maxModuleDepth {
		t.Errorf("the literal reached %d levels of modules, want the bound %d", reached, maxModuleDepth)
	}
}

func TestCountAndForEachOverListsAndSets(t *testing.T) {
	fset, u := analyze(t,
		file{"main.tf", `locals {
  admins = ["platform-admins", "users"]
}

resource "databricks_secret_acl" "admins" {
  count     = length(local.admins)
  principal = local.admins[count.index]
  key       = "acl-${count.index}"
}

resource "databricks_secret_acl" "readers" {
  for_each  = toset(["analysts", "auditors"])
  principal = each.value
  key       = each.key
}

resource "databricks_secret_acl" "fixed" {
  count     = 2
  principal = "ops-${count.index}"
}

resource "databricks_secret_acl" "unknown" {
  count     = var.n
  principal = "ops-${count.index}"
}

module "teams" {
  source   = "./team"
  for_each = { finance = "fin-admins", hr = "users" }
  manager  = each.value
}
`},
		file{"team/main.tf", `variable "manager" {}
resource "databricks_secret_acl" "manager" {
  principal = var.manager
}
`})
	f := factsOf(t, u, "main.tf")
	var got []string
	for _, b := range f.Blocks {
		if b.Type != "resource" {
			continue
		}
		p := pair(t, b, "principal").Value
		got = append(got, b.Path+"="+p.Text())
	}
	want := []string{
		`resource.databricks_secret_acl.admins[0]=platform-admins`,
		`resource.databricks_secret_acl.admins[1]=users`,
		`resource.databricks_secret_acl.readers["analysts"]=analysts`,
		`resource.databricks_secret_acl.readers["auditors"]=auditors`,
		`resource.databricks_secret_acl.fixed[0]=ops-0`,
		`resource.databricks_secret_acl.fixed[1]=ops-1`,
		"resource.databricks_secret_acl.unknown=ops-\x00unknown:count.index\x00",
	}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Errorf("instances\n got %q\nwant %q", got, want)
	}
	admins := blocksAt(f, "resource.databricks_secret_acl.admins[1]")
	if got := span(t, fset, pair(t, admins[0], "principal").Value, "users"); got != "main.tf:2:33" {
		t.Errorf("users written at %s, want main.tf:2:33", got)
	}
	var managers []string
	for _, b := range blocksAt(factsAt(t, u, "team/main.tf"), "resource.databricks_secret_acl.manager") {
		managers = append(managers, pair(t, b, "principal").Value.Text())
	}
	if fmt.Sprint(managers) != "[fin-admins users]" {
		t.Errorf("module for_each instances: %q", managers)
	}
}

func TestVarFilesAreAlternatives(t *testing.T) {
	_, u := analyze(t,
		file{"svc/env/prod.tfvars", `db_password = "Prod-Pw"` + "\n"},
		file{"svc/main.tf", `variable "db_password" {
  default = "Default-Pw"
}
resource "databricks_connection" "c" {
  options = {
    password = var.db_password
  }
}
`},
		file{"svc/terraform.tfvars", `db_password = "Auto-Pw"` + "\n"},
		file{"svc/staging.tfvars", `db_password = "Staging-Pw"` + "\n"},
		file{"svc/env/dev.tfvars", `other = "x"` + "\n"},
	)
	var got []string
	for _, b := range blocksAt(factsAt(t, u, "svc/main.tf"), "resource.databricks_connection.c.options") {
		got = append(got, pair(t, b, "password").Value.Text())
	}
	// The auto-loaded terraform.tfvars, then each -var-file over it.
	if want := "[Auto-Pw Auto-Pw Prod-Pw Staging-Pw]"; fmt.Sprint(got) != want {
		t.Errorf("instances %v, want %v", got, want)
	}
}

func TestLookupMergeAndTemplates(t *testing.T) {
	fset, u := analyze(t,
		file{"main.tf", `variable "pw" {
  default = { etl = "Etl-Pw" }
}
locals {
  base = { user = "etl", password = "Base-Pw" }
  conn = merge(local.base, { password = "Merged-Pw" })
  headers = { Authorization = "Bearer ${var.token}" }
}
resource "x" "y" {
  a = lookup(var.pw, "etl")
  b = lookup(var.pw, "bi", "Default-Pw")
  c = lookup(var.pw, "bi")
  d = local.conn.password
  e = local.conn.user
  f = templatefile("${path.module}/conn.tpl", { password = var.pw["etl"], user = "etl" })
  g = templatefile("${path.module}/missing.tpl", { password = "x" })
  h = coalesce(var.unset, "Fallback-Pw")
  i = try(local.base.missing, local.base.password)
  j = coalesce(var.unset, data.x.y.z)
  opts = merge(local.base, { host = "h" })
}
data "http" "h" {
  url             = "https://example.com/api"
  request_headers = local.headers
}
`},
		file{"conn.tpl", "jdbc:postgresql://pg:5432/db?user=${user}&password=${password}\n"})
	f := factsOf(t, u, "main.tf")
	y := blocksAt(f, "resource.x.y")[0]
	for key, want := range map[string]string{"a": "Etl-Pw", "b": "Default-Pw", "d": "Merged-Pw", "e": "etl",
		"f": "jdbc:postgresql://pg:5432/db?user=etl&password=Etl-Pw\n", "h": "Fallback-Pw", "i": "Base-Pw"} {
		if v := pair(t, y, key).Value; v.Text() != want {
			t.Errorf("%s = %q, want %q", key, v.Text(), want)
		}
	}
	for _, key := range []string{"c", "g", "j"} {
		if v := pair(t, y, key).Value; v.IsKnown() {
			t.Errorf("%s = %q, want unknown", key, v.Text())
		}
	}
	if got := span(t, fset, pair(t, y, "f").Value, "Etl-Pw"); got != "main.tf:2:22" {
		t.Errorf("the template's password is written at %s, want main.tf:2:22", got)
	}
	if got := span(t, fset, pair(t, y, "f").Value, "jdbc:"); got != "conn.tpl:1:1" {
		t.Errorf("the template's text is at %s, want conn.tpl:1:1", got)
	}
	opts := y.Child("opts")
	if opts == nil || pair(t, opts, "password").Value.Text() != "Base-Pw" || pair(t, opts, "host").Value.Text() != "h" {
		t.Errorf("merged attribute %+v", opts)
	}
	if r := f.Requests; len(r) != 1 || len(r[0].Headers) != 1 || r[0].Headers[0].Key != "Authorization" {
		t.Errorf("headers from a local: %+v", r)
	}
	// templatefile()'s variables are a nested block, also for a missing template.
	var tvars []*facts.Block
	for _, c := range y.Blocks {
		if c.Type == "templatefile" {
			tvars = append(tvars, c)
		}
	}
	if len(tvars) != 2 || tvars[0].Path != "resource.x.y.f.templatefile" || pair(t, tvars[0], "user").Value.Text() != "etl" ||
		pair(t, tvars[1], "password").Value.Text() != "x" {
		t.Errorf("templatefile variables %+v", tvars)
	}
}

func TestForEachOverAForExpression(t *testing.T) {
	fset, u := analyze(t, file{"main.tf", `variable "databases" {
  default = [
    { name = "orders", password = "Ord-For-Pw" },
    { name = "returns", password = var.returns_pw },
  ]
}

resource "databricks_connection" "db" {
  for_each = { for db in var.databases : db.name => db }
  name     = each.key
  options = {
    password = each.value.password
  }
}

resource "databricks_secret_acl" "readers" {
  for_each  = toset([for g in ["analysts", "auditors"] : "${g}-readers"])
  principal = each.value
}

resource "databricks_secret_acl" "unknown" {
  for_each  = { for g in data.external.groups.result : g => g }
  principal = each.value
}
`})
	f := factsOf(t, u, "main.tf")
	var got []string
	for _, b := range f.Blocks {
		if b.Type != "resource" {
			continue
		}
		if o := b.Child("options"); o != nil {
			got = append(got, b.Path+"="+pair(t, b, "name").Value.Text()+":"+pair(t, o, "password").Value.Text())
			continue
		}
		got = append(got, b.Path+"="+pair(t, b, "principal").Value.Text())
	}
	want := []string{
		`resource.databricks_connection.db["orders"]=orders:Ord-For-Pw`,
		"resource.databricks_connection.db[\"returns\"]=returns:\x00var-ref:var.returns_pw\x00",
		`resource.databricks_secret_acl.readers["analysts-readers"]=analysts-readers`,
		`resource.databricks_secret_acl.readers["auditors-readers"]=auditors-readers`,
		"resource.databricks_secret_acl.unknown=\x00unknown:each.value\x00",
	}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Errorf("instances\n got %q\nwant %q", got, want)
	}
	orders := blocksAt(f, `resource.databricks_connection.db["orders"].options`)
	if got := span(t, fset, pair(t, orders[0], "password").Value, "Ord-For-Pw"); got != "main.tf:3:36" {
		t.Errorf("password written at %s, want main.tf:3:36", got)
	}
}

func TestModuleFanOutIsBounded(t *testing.T) {
	// Every level calls the next ten times: 10^8 instances unbounded.
	var files []file
	dir := "root"
	for range maxModuleDepth + 2 {
		var src strings.Builder
		src.WriteString("variable \"pw\" {\n  default = \"Fan-Lit\"\n}\n")
		for i := range 10 {
			fmt.Fprintf(&src, "module \"m%d\" {\n  source = \"./next\"\n  pw = var.pw\n}\n", i)
		}
		src.WriteString("resource \"x\" \"y\" {\n  password = var.pw\n}\n")
		files = append(files, file{dir + "/main.tf", src.String()})
		dir += "/next"
	}
	start := time.Now()
	_, u := analyze(t, files...)
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	for _, f := range u.Files {
		if n := len(blocksAt(f, "resource.x.y")); n > 2*maxInstances {
			t.Errorf("%s: %d instances", f.Source.Path, n)
		}
	}
}

func TestHTTPJSONBody(t *testing.T) {
	_, u := analyze(t, file{"pat.tf", `data "http" "pat" {
  url    = "https://${var.host}/api/2.0/token/create"
  method = "POST"
  request_body = jsonencode({
    comment          = "ci"
    lifetime_seconds = local.lifetime
  })
}
locals {
  lifetime = 90 * 86400
}
`})
	f := factsOf(t, u, "pat.tf")
	if len(f.Requests) != 1 {
		t.Fatalf("requests %+v", f.Requests)
	}
	var got []string
	for _, p := range f.Requests[0].Params {
		got = append(got, fmt.Sprintf("%s:%s=%s", p.Origin, p.Key, p.Value.Text()))
	}
	if want := "[request-json:comment=ci request-json:lifetime_seconds=7776000]"; fmt.Sprint(got) != want {
		t.Errorf("params %v, want %v", got, want)
	}
}

func TestDynamicBlocksOverKnownCollections(t *testing.T) {
	_, u := analyze(t, file{"main.tf", `locals {
  partners = {
    acme = { params = { token = "Acme-Tok", region = "eu" } }
  }
  tags = ["etl", "pii"]
}

resource "databricks_job" "export" {
  for_each = local.partners
  name     = each.key
  dynamic "parameter" {
    for_each = each.value.params
    content {
      name    = "${each.key}_${parameter.key}"
      default = parameter.value
    }
  }
  dynamic "tag" {
    for_each = local.tags
    iterator = t
    content {
      key   = t.key
      value = t.value
    }
  }
  dynamic "unknown" {
    for_each = data.x.y
    content {
      v = unknown.value
    }
  }
}
`})
	var got []string
	for _, b := range factsOf(t, u, "main.tf").Blocks {
		if b.Type != "resource" {
			continue
		}
		for _, c := range b.Blocks {
			var kv []string
			for _, p := range c.Pairs {
				kv = append(kv, p.Key+"="+strings.ReplaceAll(p.Value.Text(), "\x00", "|"))
			}
			got = append(got, c.Type+"{"+strings.Join(kv, ",")+"}")
		}
	}
	want := "[parameter{name=acme_token,default=Acme-Tok} parameter{name=acme_region,default=eu} " +
		"tag{key=0,value=etl} tag{key=1,value=pii} unknown{v=|unknown:unknown.value|}]"
	if fmt.Sprint(got) != want {
		t.Errorf("dynamic blocks\n got %v\nwant %v", got, want)
	}
}

func TestSelfReferentialCollectionsEnd(t *testing.T) {
	_, u := analyze(t, file{"main.tf", `locals {
  a = merge(local.a, { password = "x" })
  b = { for k, v in local.b : k => v }
  c = [for v in local.d : v]
  d = toset(local.c)
}
resource "x" "a" {
  for_each = local.a
  options  = local.a
}
resource "x" "b" {
  for_each = local.b
  count    = length(local.c)
  v        = lookup(local.a, "password")
}
resource "x" "d" {
  for_each = local.d
  v        = templatefile("${path.module}/main.tf", { x = local.a })
}
`})
	if len(factsOf(t, u, "main.tf").Blocks) == 0 {
		t.Error("no blocks")
	}
}

func TestJSONForEachAndCount(t *testing.T) {
	fset, u := analyze(t,
		file{"acl.tf.json", `{
  "variable": {
    "owners": {"default": {"finance": "fin-admins", "hr": "users"}}
  },
  "resource": {
    "databricks_secret_acl": {
      "owner": {
        "for_each": "${var.owners}",
        "scope": "${each.key}",
        "principal": "${each.value}",
        "permission": "MANAGE"
      },
      "inline": {
        "for_each": {"ops": "ops-admins"},
        "principal": "${each.value}"
      },
      "counted": {
        "count": 2,
        "principal": "group-${count.index}"
      },
      "mixed": {
        "for_each": "${merge(var.owners, {})}x",
        "principal": "${each.value}"
      }
    }
  }
}
`})
	f := factsOf(t, u, "acl.tf.json")
	var got []string
	for _, b := range f.Blocks {
		if b.Type == "resource" {
			got = append(got, b.Path+"="+strings.ReplaceAll(pair(t, b, "principal").Value.Text(), "\x00", "|"))
		}
	}
	want := "[resource.databricks_secret_acl.owner[\"finance\"]=fin-admins resource.databricks_secret_acl.owner[\"hr\"]=users " +
		"resource.databricks_secret_acl.inline[\"ops\"]=ops-admins " +
		"resource.databricks_secret_acl.counted[0]=group-0 resource.databricks_secret_acl.counted[1]=group-1 " +
		"resource.databricks_secret_acl.mixed=|unknown:each.value|]"
	if fmt.Sprint(got) != want {
		t.Errorf("instances\n got %v\nwant %v", got, want)
	}
	hr := blocksAt(f, `resource.databricks_secret_acl.owner["hr"]`)
	if got := span(t, fset, pair(t, hr[0], "principal").Value, "users"); got != "acl.tf.json:3:60" {
		t.Errorf("users written at %s, want acl.tf.json:3:60", got)
	}
}
