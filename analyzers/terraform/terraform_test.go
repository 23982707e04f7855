package terraform

import (
	"fmt"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// file is one file of a test unit.
type file struct {
	name, src string
}

// analyze runs the Analyzer on a unit made of files, as the driver would.
func analyze(t testing.TB, files ...file) (*token.FileSet, *facts.Unit) {
	t.Helper()
	var sfs []*source.File
	for _, f := range files {
		sfs = append(sfs, factstest.File(f.name, f.src))
	}
	return factstest.Run(t, Analyzer, sfs...)
}

// fixture reads a module directory under testdata.
func fixture(t *testing.T, dir string) []file {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	var files []file
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join("testdata", dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, file{path.Join(dir, e.Name()), string(src)})
	}
	return files
}

func at(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", path.Base(p.Filename), p.Line, p.Column)
}

func factsOf(t *testing.T, u *facts.Unit, name string) *facts.File {
	t.Helper()
	for _, f := range u.Files {
		if path.Base(f.Source.Path) == name {
			return f
		}
	}
	t.Fatalf("no facts for %s", name)
	return nil
}

// block finds a block by path among a file's blocks and their children.
func block(t *testing.T, f *facts.File, p string) *facts.Block {
	t.Helper()
	var found *facts.Block
	for _, b := range f.Blocks {
		b.Walk(func(c *facts.Block) {
			if c.Path == p && found == nil {
				found = c
			}
		})
	}
	if found == nil {
		t.Fatalf("%s: no block %s", f.Source.Path, p)
	}
	return found
}

func pair(t *testing.T, b *facts.Block, key string) facts.Pair {
	t.Helper()
	p, ok := b.Get(key)
	if !ok {
		t.Fatalf("%s: no pair %s", b.Path, key)
	}
	return p
}

// span returns where the decoded text sub is written, for the first sub in v.
func span(t *testing.T, fset *token.FileSet, v facts.Value, sub string) string {
	t.Helper()
	i := strings.Index(v.Text(), sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, v.Text())
	}
	pos, _ := v.Span(i, i+len(sub))
	return at(fset, pos)
}

func TestNativeModule(t *testing.T) {
	fset, u := analyze(t, fixture(t, "native")...)

	var names []string
	for _, f := range u.Files {
		names = append(names, path.Base(f.Source.Path))
		if !slices.Equal(f.Kinds, []string{"terraform"}) {
			t.Errorf("%s: Kinds = %q", f.Source.Path, f.Kinds)
		}
	}
	want := []string{"broken.tf", "locals.tf", "main.tf", "secrets.tf", "terraform.tfvars", "variables.tf"}
	if !slices.Equal(names, want) {
		t.Fatalf("files = %q, want %q (README.md left out)", names, want)
	}

	main := factsOf(t, u, "main.tf")
	ws := block(t, main, "resource.azurerm_databricks_workspace.this")
	if ws.Type != "resource" || !slices.Equal(ws.Labels, []string{"azurerm_databricks_workspace", "this"}) || at(fset, ws.Pos) != "main.tf:13:1" {
		t.Errorf("workspace block = %s %q at %s", ws.Type, ws.Labels, at(fset, ws.Pos))
	}
	cp := block(t, main, "resource.azurerm_databricks_workspace.this.custom_parameters")
	npi := pair(t, cp, "no_public_ip")
	if npi.Value.Type != facts.Bool || npi.Value.Text() != "false" || npi.Value.Kind() != facts.Literal ||
		npi.Origin != facts.HCLAttr || npi.Path != cp.Path {
		t.Errorf("no_public_ip = %+v", npi)
	}
	if got := at(fset, npi.KeyPos) + " " + span(t, fset, npi.Value, "false"); got != "main.tf:20:5 main.tf:20:20" {
		t.Errorf("no_public_ip at %s", got)
	}
	if rg := pair(t, ws, "resource_group_name").Value; rg.Kind() != facts.VarRef || rg.Text() != facts.Placeholder(facts.VarRef, "var.resource_group") {
		t.Errorf("resource_group_name = %q (%v)", rg.Text(), rg.Kind())
	}
	if name := pair(t, ws, "name").Value; name.Text() != "dbw-analytics-prod" || name.Kind() != facts.Folded || name.Via != "local.prefix" {
		t.Errorf("name = %q (%v) via %q", name.Text(), name.Kind(), name.Via)
	}

	azurerm := block(t, main, "terraform.required_providers.azurerm")
	if v := pair(t, azurerm, "version").Value; v.Text() != "~> 3.100" || span(t, fset, v, "~>") != "main.tf:5:18" {
		t.Errorf("azurerm version = %q at %s", v.Text(), span(t, fset, v, "~>"))
	}
	if src := pair(t, block(t, main, "terraform.required_providers.databricks"), "source").Value; src.Text() != "databricks/databricks" {
		t.Errorf("databricks source = %q", src.Text())
	}

	if _, ok := block(t, main, "resource.databricks_token.ci").Get("lifetime_seconds"); ok {
		t.Error("databricks_token.ci has a lifetime_seconds")
	}
	life := pair(t, block(t, main, "resource.databricks_token.rotating"), "lifetime_seconds").Value
	if life.Type != facts.Number || life.Text() != "5184000" || life.Kind() != facts.Folded || at(fset, life.Pos) != "main.tf:30:22" {
		t.Errorf("lifetime_seconds = %q type %v kind %v at %s", life.Text(), life.Type, life.Kind(), at(fset, life.Pos))
	}

	secrets := factsOf(t, u, "secrets.tf")
	// terraform.tfvars overrides the default: the value is the tfvars literal.
	sv := pair(t, block(t, secrets, "resource.databricks_secret.sql"), "string_value")
	if sv.Value.Text() != "Spring2025!" || sv.Value.Kind() != facts.Folded || sv.Value.Via != "var.sql_password" {
		t.Errorf("string_value = %q (%v) via %q", sv.Value.Text(), sv.Value.Kind(), sv.Value.Via)
	}
	if got := at(fset, sv.Value.Pos) + " " + span(t, fset, sv.Value, "Spring2025!"); got != "secrets.tf:14:18 terraform.tfvars:2:17" {
		t.Errorf("string_value at %s", got)
	}
	kv := pair(t, block(t, secrets, "resource.databricks_secret.from_kv"), "string_value").Value
	if kv.Kind() != facts.SecretRef || kv.Via != "local.kv_password" ||
		kv.Text() != facts.Placeholder(facts.SecretRef, "data.azurerm_key_vault_secret.sql.value") || at(fset, kv.Parts[0].Pos) != "locals.tf:5:17" {
		t.Errorf("from_kv string_value = %q (%v) via %q at %s", kv.Text(), kv.Kind(), kv.Via, at(fset, kv.Parts[0].Pos))
	}
	if kvid := pair(t, block(t, secrets, "data.azurerm_key_vault_secret.sql"), "key_vault_id").Value; kvid.Kind() != facts.VarRef {
		t.Errorf("key_vault_id (null default) = %q (%v)", kvid.Text(), kvid.Kind())
	}
	if scope := pair(t, block(t, secrets, "resource.databricks_secret.sql"), "scope").Value; scope.Kind() != facts.Unknown {
		t.Errorf("scope = %q (%v)", scope.Text(), scope.Kind())
	}
	imp := pair(t, block(t, secrets, "resource.databricks_secret_scope.app"), "initial_manage_principal")
	if imp.Value.Text() != "users" || imp.Value.Kind() != facts.Literal || span(t, fset, imp.Value, "users") != "secrets.tf:8:31" {
		t.Errorf("initial_manage_principal = %q (%v)", imp.Value.Text(), imp.Value.Kind())
	}

	opts := block(t, secrets, "resource.databricks_connection.sqlserver.options")
	if opts.Type != "options" || at(fset, opts.Pos) != "secrets.tf:26:3" {
		t.Errorf("options block %s at %s", opts.Type, at(fset, opts.Pos))
	}
	if pw := pair(t, opts, "password").Value; pw.Text() != "Spring2025!" || pw.Via != "var.sql_password" {
		t.Errorf("options.password = %q via %q", pw.Text(), pw.Via)
	}
	jdbc := pair(t, opts, "jdbc_url").Value
	const wantURL = "jdbc:sqlserver://sql-prod.database.windows.net:1433;user=etl_svc;password=Spring2025!"
	if jdbc.Text() != wantURL || jdbc.Kind() != facts.Folded || jdbc.Type != facts.String {
		t.Errorf("jdbc_url = %q (%v)", jdbc.Text(), jdbc.Kind())
	}
	for sub, want := range map[string]string{
		"jdbc:sqlserver://":             "secrets.tf:31:17",
		"sql-prod.database.windows.net": "variables.tf:10:14",
		";user=":                        "secrets.tf:31:54",
		"etl_":                          "locals.tf:3:18",
		"svc":                           "locals.tf:4:18",
		"Spring2025!":                   "terraform.tfvars:2:17",
	} {
		if got := span(t, fset, jdbc, sub); got != want {
			t.Errorf("jdbc_url %q at %s, want %s", sub, got, want)
		}
	}

	conf := block(t, secrets, "resource.databricks_workspace_conf.this.custom_config")
	mtl := pair(t, conf, "maxTokenLifetimeDays")
	if mtl.Value.Type != facts.String || mtl.Value.Text() != "90" || at(fset, mtl.KeyPos) != "secrets.tf:38:6" || span(t, fset, mtl.Value, "90") != "secrets.tf:38:31" {
		t.Errorf("maxTokenLifetimeDays = %q at %s", mtl.Value.Text(), at(fset, mtl.KeyPos))
	}
	if etc := pair(t, conf, "enableTokensConfig").Value; etc.Type != facts.Bool || etc.Text() != "true" {
		t.Errorf("enableTokensConfig = %q type %v", etc.Text(), etc.Type)
	}

	vars := factsOf(t, u, "variables.tf")
	pwVar := block(t, vars, "variable.sql_password")
	def := pair(t, pwVar, "default").Value
	if def.Text() != "Winter2024!" || def.Kind() != facts.Literal || span(t, fset, def, "Winter2024!") != "variables.tf:5:18" {
		t.Errorf("default = %q (%v)", def.Text(), def.Kind())
	}
	if s := pair(t, pwVar, "sensitive").Value; s.Type != facts.Bool || s.Text() != "true" {
		t.Errorf("sensitive = %q type %v", s.Text(), s.Type)
	}
	if typ := pair(t, pwVar, "type").Value; typ.Text() != "string" {
		t.Errorf("type = %q", typ.Text())
	}

	// Values: each literal once, where written; folded copies are not values.
	for _, f := range u.Files {
		for _, v := range f.Values {
			if !v.IsKnown() {
				t.Errorf("%s: value %q is not a literal", f.Source.Path, v.Text())
			}
			if name := path.Base(f.Source.Path); name != "variables.tf" && v.Text() == "Winter2024!" ||
				name != "terraform.tfvars" && v.Text() == "Spring2025!" {
				t.Errorf("%s: folded copy %q listed as a value at %s", f.Source.Path, v.Text(), at(fset, v.Pos))
			}
		}
	}
	var got []string
	for _, v := range factsOf(t, u, "locals.tf").Values {
		got = append(got, fmt.Sprintf("%q@%s", v.Text(), span(t, fset, v, v.Text())))
	}
	if want := []string{`"analytics-"@locals.tf:2:18`, `"etl_"@locals.tf:3:18`, `"svc"@locals.tf:4:18`}; !slices.Equal(got, want) {
		t.Errorf("locals.tf values = %q, want %q", got, want)
	}
	if tv := factsOf(t, u, "terraform.tfvars"); len(tv.Values) != 1 || len(tv.Pairs) != 1 || tv.Pairs[0].Key != "sql_password" || tv.Pairs[0].Path != "" {
		t.Errorf("terraform.tfvars: values %d pairs %+v", len(tv.Values), tv.Pairs)
	}

	// Every pair is also in the file's flat list, in source order.
	if n := len(factsOf(t, u, "secrets.tf").Pairs); n != 19 {
		t.Errorf("secrets.tf has %d pairs, want 19", n)
	}
}

func TestSyntaxErrorKeepsOtherFiles(t *testing.T) {
	fset, u := analyze(t, fixture(t, "native")...)
	broken := factsOf(t, u, "broken.tf")
	if len(broken.Problems) == 0 {
		t.Fatal("broken.tf: no problem reported")
	}
	// The object is cut off after its last item: hcl reports the missing
	// expression at the end of the file.
	p := broken.Problems[0]
	if at(fset, p.Pos) != "broken.tf:4:51" || p.Fatal || !strings.HasPrefix(p.Message, "Missing expression") {
		t.Errorf("problem %q at %s (fatal %v)", p.Message, at(fset, p.Pos), p.Fatal)
	}
	// What parsed before the error is still extracted.
	if name := pair(t, block(t, broken, "resource.databricks_cluster.shared"), "cluster_name").Value; name.Text() != "shared" {
		t.Errorf("broken.tf cluster_name = %q", name.Text())
	}
	for _, f := range u.Files {
		if f != broken && len(f.Problems) > 0 {
			t.Errorf("%s: unexpected problems %v", f.Source.Path, f.Problems)
		}
	}
	if len(factsOf(t, u, "secrets.tf").Blocks) != 6 {
		t.Error("secrets.tf lost blocks next to a broken file")
	}
}

func TestJSONModule(t *testing.T) {
	fset, u := analyze(t, fixture(t, "json")...)
	main := factsOf(t, u, "main.tf.json")
	if len(main.Problems) > 0 {
		t.Fatalf("problems: %v", main.Problems)
	}

	ws := block(t, main, "resource.azurerm_databricks_workspace.this")
	if !slices.Equal(ws.Labels, []string{"azurerm_databricks_workspace", "this"}) || at(fset, ws.Pos) != "main.tf.json:14:8" {
		t.Errorf("workspace %q at %s", ws.Labels, at(fset, ws.Pos))
	}
	npi := pair(t, block(t, main, "resource.azurerm_databricks_workspace.this.custom_parameters"), "no_public_ip")
	if npi.Value.Type != facts.Bool || npi.Value.Text() != "false" || npi.Value.Kind() != facts.Literal ||
		at(fset, npi.KeyPos) != "main.tf.json:17:33" || span(t, fset, npi.Value, "false") != "main.tf.json:17:48" {
		t.Errorf("no_public_ip = %q (%v) key at %s value at %s", npi.Value.Text(), npi.Value.Kind(), at(fset, npi.KeyPos), span(t, fset, npi.Value, "false"))
	}
	if v := pair(t, block(t, main, "terraform.required_providers.azurerm"), "version").Value; v.Text() != "~> 3.100" || span(t, fset, v, "3.100") != "main.tf.json:5:66" {
		t.Errorf("version = %q at %s", v.Text(), span(t, fset, v, "3.100"))
	}
	def := pair(t, block(t, main, "variable.pg_password"), "default").Value
	if def.Text() != "changeme" || def.Kind() != facts.Literal || span(t, fset, def, "changeme") != "main.tf.json:9:71" {
		t.Errorf("default = %q (%v) at %s", def.Text(), def.Kind(), span(t, fset, def, "changeme"))
	}
	if s := pair(t, block(t, main, "variable.pg_password"), "sensitive").Value; s.Type != facts.Bool || s.Text() != "true" {
		t.Errorf("sensitive = %q", s.Text())
	}

	url := pair(t, block(t, main, "resource.databricks_connection.pg.options"), "url").Value
	if url.Text() != "jdbc:postgresql://db.internal:5432/app?user=etl&password=Hunter2!" || url.Kind() != facts.Folded || url.Via != "var.pg_password" {
		t.Errorf("url = %q (%v) via %q", url.Text(), url.Kind(), url.Via)
	}
	// The tfvars.json literal is exact; the JSON template text is the whole string.
	if got := span(t, fset, url, "Hunter2!") + " " + span(t, fset, url, "user=etl"); got != "terraform.tfvars.json:2:19 main.tf.json:25:18" {
		t.Errorf("url parts at %s", got)
	}

	task := block(t, main, "resource.databricks_job.nightly.task")
	if k := pair(t, task, "task_key").Value; k.Text() != "ingest" {
		t.Errorf("task_key = %q", k.Text())
	}
	nc := block(t, main, "resource.databricks_job.nightly.task.new_cluster")
	if nw := pair(t, nc, "num_workers").Value; nw.Type != facts.Number || nw.Text() != "4" || nw.Kind() != facts.Folded {
		t.Errorf("num_workers = %q type %v (%v)", nw.Text(), nw.Type, nw.Kind())
	}
	conf := block(t, main, "resource.databricks_job.nightly.task.new_cluster.spark_conf")
	if p := pair(t, conf, "spark.databricks.delta.preview.enabled"); p.Value.Text() != "true" || p.Value.Type != facts.String {
		t.Errorf("spark_conf pair = %q type %v", p.Value.Text(), p.Value.Type)
	}
	lib := block(t, main, "resource.databricks_job.nightly.task.library")
	if whl := pair(t, lib, "whl").Value; whl.Text() != "dbfs:/libs/etl.whl" {
		t.Errorf("dynamic library whl = %q", whl.Text())
	}

	for _, v := range main.Values {
		if v.Text() == "generated by the platform team's module generator" {
			t.Error(`the "//" comment is listed as a value`)
		}
		if v.Text() == "Hunter2!" {
			t.Error("folded tfvars value listed in main.tf.json")
		}
	}
	var urlText []string
	for _, v := range main.Values {
		if strings.HasPrefix(v.Text(), "jdbc:") {
			urlText = append(urlText, v.Text())
		}
	}
	if want := []string{"jdbc:postgresql://db.internal:5432/app?user=etl&password="}; !slices.Equal(urlText, want) {
		t.Errorf("template literal values = %q, want %q", urlText, want)
	}
}

func TestVariableResolution(t *testing.T) {
	fset, u := analyze(t,
		file{"m/main.tf", `
locals {
  a        = local.b
  b        = local.a
  deep     = local.deep.x
  conf     = { user = "etl", password = var.pw }
  conf_pw  = local.conf.password
  hosts    = ["h1.example.com", "h2.example.com"]
  day      = 24 * 60 * 60
}

resource "databricks_connection" "c" {
  options = {
    cycle    = local.a
    deep     = local.deep
    password = local.conf_pw
    host     = local.hosts[1]
    secs     = var.days * local.day
    upper    = "user=${upper(var.user)};pw=${sensitive("lit")}"
    cond     = var.enabled ? "on" : "off"
    each     = "${each.key}-x"
    cfg      = databricks_secret.s.config_reference
    auto     = var.from_auto
    manual   = var.from_manual
  }
}
`},
		file{"m/variables.tf", `
variable "pw" { default = "p1" }
variable "days" { default = 90 }
variable "enabled" { default = true }
variable "from_auto" { default = "default" }
variable "from_manual" { default = "default" }
`},
		file{"m/terraform.tfvars", `from_auto = "tfvars"` + "\n"},
		file{"m/b.auto.tfvars", `from_auto = "auto"` + "\n"},
		file{"m/prod.tfvars", `from_manual = "prod"` + "\n"},
	)
	opts := block(t, factsOf(t, u, "main.tf"), "resource.databricks_connection.c.options")
	for key, want := range map[string]string{
		"password": "p1",
		"host":     "h2.example.com",
		"secs":     "7776000",
		"upper":    "user=" + facts.Placeholder(facts.Unknown, "upper()") + ";pw=lit",
		"cond":     "on",
		"each":     facts.Placeholder(facts.Unknown, "each.key") + "-x",
		"cfg":      facts.Placeholder(facts.SecretRef, "databricks_secret.s.config_reference"),
		"auto":     "auto",
		"manual":   "default",
	} {
		if got := pair(t, opts, key).Value.Text(); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	for _, key := range []string{"cycle", "deep"} {
		if v := pair(t, opts, key).Value; v.Kind() != facts.Unknown {
			t.Errorf("%s = %q (%v), want unknown", key, v.Text(), v.Kind())
		}
	}
	if pw := pair(t, opts, "password").Value; pw.Via != "local.conf_pw" || span(t, fset, pw, "p1") != "variables.tf:2:28" {
		t.Errorf("password via %q at %s", pw.Via, span(t, fset, pw, "p1"))
	}
	if h := pair(t, opts, "host").Value; span(t, fset, h, "h2") != "main.tf:8:34" {
		t.Errorf("host at %s", span(t, fset, h, "h2"))
	}
	if lit := pair(t, opts, "upper").Value; span(t, fset, lit, "lit") != "main.tf:19:57" || span(t, fset, lit, "user=") != "main.tf:19:17" {
		t.Errorf("upper parts at %s %s", span(t, fset, lit, "lit"), span(t, fset, lit, "user="))
	}
}

func TestDynamicBlocksAndLegacyProviders(t *testing.T) {
	fset, u := analyze(t, file{"m/main.tf", `terraform {
  required_providers {
    azurerm = "~> 2.99"
  }
}

resource "databricks_job" "etl" {
  name = "etl"
  task {
    task_key = "ingest"
    new_cluster {
      spark_version = "15.4.x-scala2.12"
      spark_conf = {
        "spark.databricks.cluster.profile" = "singleNode"
      }
    }
    dynamic "library" {
      for_each = var.wheels
      content {
        whl = library.value
      }
    }
  }
}
`})
	f := factsOf(t, u, "main.tf")
	v := pair(t, block(t, f, "terraform.required_providers.azurerm"), "version").Value
	if v.Text() != "~> 2.99" || span(t, fset, v, "~>") != "main.tf:3:16" {
		t.Errorf("legacy azurerm version = %q at %s", v.Text(), span(t, fset, v, "~>"))
	}
	conf := block(t, f, "resource.databricks_job.etl.task.new_cluster.spark_conf")
	if p := pair(t, conf, "spark.databricks.cluster.profile"); p.Value.Text() != "singleNode" || at(fset, p.KeyPos) != "main.tf:14:10" {
		t.Errorf("spark_conf pair %q at %s", p.Value.Text(), at(fset, p.KeyPos))
	}
	lib := block(t, f, "resource.databricks_job.etl.task.library")
	if lib.Type != "library" || at(fset, lib.Pos) != "main.tf:17:5" {
		t.Errorf("dynamic block %s at %s", lib.Type, at(fset, lib.Pos))
	}
	if whl := pair(t, lib, "whl").Value; whl.Kind() != facts.Unknown {
		t.Errorf("whl = %q (%v)", whl.Text(), whl.Kind())
	}
	if _, ok := lib.Get("for_each"); ok {
		t.Error("dynamic block meta-argument for_each listed as an attribute of library")
	}
}

// TestTruncated feeds every prefix of the fixtures, and some garbage: the
// front-end must never panic and must report the broken file.
func TestTruncated(t *testing.T) {
	var all []file
	all = append(all, fixture(t, "native")...)
	all = append(all, fixture(t, "json")...)
	for _, f := range all {
		if !source.IsTerraform(f.name) {
			continue
		}
		for n := range len(f.src) {
			_, u := analyze(t, file{f.name, f.src[:n]}, file{"m/variables.tf", `variable "sql_password" { default = "x" }`})
			if len(u.Files) != 2 {
				t.Fatalf("%s[:%d]: %d files", f.name, n, len(u.Files))
			}
		}
	}
	broken := []string{
		"x = " + strings.Repeat("[", 999),
		"x = " + strings.Repeat("{a = ", 900),
		"x = <<EOT\nno end",
		"\x00\xff\xfe binary \x01",
		`x = "${`,
		`x = "%{ if true }`,
		`resource "a" {{{`,
	}
	for _, g := range broken {
		_, u := analyze(t, file{"g/main.tf", g}, file{"g/main.tf.json", `{"x": ` + g}, file{"g/terraform.tfvars", g},
			file{"g/a.tf", "locals { l = var.x }\nresource \"a\" \"b\" { c = local.l }"})
		for _, f := range u.Files[:3] {
			if len(f.Problems) != 1 || f.Problems[0].Fatal {
				t.Errorf("%s %.20q: problems %v", f.Source.Path, g, f.Problems)
			}
		}
	}
	odd := []string{
		"x = 1e999999999",
		"x = var.l[99999999999]",
		`x = "${var.l[2].a}${var.l[0]}${var.m["k"]}${var.s[*].id}"`,
		"x = [for s in var.l : upper(s)]",
		`x = provider::aws::arn_parse("a")`,
	}
	for _, g := range odd {
		_, u := analyze(t, file{"g/terraform.tfvars", g}, file{"g/a.tf", "locals { l = var.x }\nresource \"a\" \"b\" { c = local.l }"})
		if p := u.Files[0].Problems; len(p) != 0 {
			t.Errorf("%q: problems %v", g, p)
		}
	}
	// A million nested brackets would overflow hcl's recursive parser.
	_, u := analyze(t, file{"g/main.tf", "x = " + strings.Repeat("[", 1e6)}, file{"g/main.tf.json", strings.Repeat("[", 1e6)})
	for _, f := range u.Files {
		if len(f.Problems) != 1 || !f.Problems[0].Fatal {
			t.Errorf("%s: problems %v", f.Source.Path, f.Problems)
		}
	}
}

func BenchmarkNativeModule(b *testing.B) {
	var files []file
	for _, dir := range []string{"native", "json"} {
		entries, _ := os.ReadDir(filepath.Join("testdata", dir))
		for _, e := range entries {
			src, _ := os.ReadFile(filepath.Join("testdata", dir, e.Name()))
			files = append(files, file{path.Join(dir, e.Name()), string(src)})
		}
	}
	for b.Loop() {
		analyze(b, files...)
	}
}

func TestFormatAndJoinFold(t *testing.T) {
	fset, u := analyze(t,
		file{"main.tf", `resource "databricks_job" "j" {
  a = format("jdbc:postgresql://h/db?user=%s&password=%s", "etl", var.pw)
  b = join("", ["jdbc:postgresql://h/db?password=", var.pw])
  c = upper(var.pw)
}
`},
		file{"variables.tf", `variable "pw" {
  default = "Fmt-Pw-1"
}
`})
	b := block(t, factsOf(t, u, "main.tf"), "resource.databricks_job.j")
	for _, key := range []string{"a", "b"} {
		v := pair(t, b, key).Value
		if !strings.HasSuffix(v.Text(), "password=Fmt-Pw-1") {
			t.Errorf("%s = %q, want the folded URL", key, v.Text())
			continue
		}
		if got := span(t, fset, v, "Fmt-Pw-1"); got != "variables.tf:2:14" {
			t.Errorf("%s: the password points at %s, want variables.tf:2:14", key, got)
		}
	}
	if v := pair(t, b, "c").Value; v.IsKnown() {
		t.Errorf("upper() folded to %q: text-transforming functions must stay unknown", v.Text())
	}
}

func TestForEachOverAKnownMap(t *testing.T) {
	fset, u := analyze(t,
		file{"locals.tf", `locals {
  workspaces = {
    analytics = { sku = "premium", no_public_ip = true }
    sandbox   = { sku = "premium", no_public_ip = false }
  }
}
`},
		file{"main.tf", `resource "azurerm_databricks_workspace" "this" {
  for_each = local.workspaces
  name     = "dbw-${each.key}"
  sku      = each.value.sku
  custom_parameters {
    no_public_ip = each.value.no_public_ip
  }
}
`})
	f := factsOf(t, u, "main.tf")
	var got []string
	for _, b := range f.Blocks {
		p := pair(t, b.Child("custom_parameters"), "no_public_ip")
		got = append(got, fmt.Sprintf("%s name=%s no_public_ip=%s@%s", b.Path, pair(t, b, "name").Value.Text(), p.Value.Text(), at(fset, p.Value.Parts[0].Pos)))
	}
	want := []string{
		`resource.azurerm_databricks_workspace.this["analytics"] name=dbw-analytics no_public_ip=true@locals.tf:3:51`,
		`resource.azurerm_databricks_workspace.this["sandbox"] name=dbw-sandbox no_public_ip=false@locals.tf:4:51`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("instances\n got %q\nwant %q", got, want)
	}
}

func TestHTTPDataSourceIsARequest(t *testing.T) {
	fset, u := analyze(t, file{"oauth.tf", `data "http" "token" {
  url    = "https://${var.host}/oidc/v1/token"
  method = "POST"
  request_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  request_body = "grant_type=client_credentials&scope=all-apis"
}
`})
	f := factsOf(t, u, "oauth.tf")
	if len(f.Requests) != 1 {
		t.Fatalf("requests %+v", f.Requests)
	}
	r := f.Requests[0]
	if r.Tool != "terraform http" || r.Method != "POST" || !strings.HasSuffix(r.URL.Text(), "/oidc/v1/token") || len(r.Headers) != 1 {
		t.Errorf("request %+v", r)
	}
	for _, p := range r.Params {
		if p.Key == "scope" {
			if got := span(t, fset, p.Value, "all-apis"); got != "oauth.tf:7:55" {
				t.Errorf("scope at %s, want oauth.tf:7:55", got)
			}
			return
		}
	}
	t.Error("no scope parameter")
}
