package jsonfile

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// The shared front-end test helpers, under this package's names.
var (
	jsonFile  = factstest.File
	lineCol   = factstest.LineCol
	findPair  = factstest.FindPair
	findBlock = factstest.FindBlock
	partsOf   = factstest.Parts
)

func runPass(t *testing.T, files ...*source.File) (*token.FileSet, *facts.Unit) {
	return factstest.Run(t, Analyzer, files...)
}

func testdataFile(t *testing.T, name string) *source.File {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return jsonFile(name, string(src))
}

func extract(t *testing.T, name string) (*token.FileSet, *facts.File) {
	t.Helper()
	fset, u := runPass(t, testdataFile(t, name))
	if len(u.Files) != 1 {
		t.Fatalf("%d files", len(u.Files))
	}
	return fset, u.Files[0]
}

func TestOnlyJSONFiles(t *testing.T) {
	_, u := runPass(t,
		jsonFile("job.json", `{"name": "x", "tasks": [{"task_key": "a"}]}`),
		jsonFile("notebook.ipynb", `{"cells": []}`),
		jsonFile("main.tf.json", `{"resource": {}}`),
		jsonFile("databricks.yml", "bundle: {name: x}\n"),
		jsonFile("cluster.json", `{"spark_version": "14.3.x-scala2.12", "num_workers": 1}`))
	var got []string
	for _, f := range u.Files {
		got = append(got, f.Source.Path+":"+strings.Join(f.Kinds, ","))
	}
	want := []string{"job.json:databricks-job", "cluster.json:databricks-cluster"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("files = %q, want %q", got, want)
	}
}

func TestJobCreatePayload(t *testing.T) {
	fset, f := extract(t, "job-create.json")
	if !reflect.DeepEqual(f.Kinds, []string{"databricks-job"}) || len(f.Problems) != 0 {
		t.Errorf("kinds %q problems %v", f.Kinds, f.Problems)
	}

	url := findPair(t, f, "/tasks/0/notebook_task/base_parameters", "jdbc_url")
	if lineCol(fset, url.KeyPos) != "35:12" || lineCol(fset, url.Value.Parts[0].Pos) != "35:24" ||
		url.Value.Kind() != facts.Literal || url.Origin != facts.JSONMember {
		t.Errorf("jdbc_url pair at %s, value at %s, kind %v", lineCol(fset, url.KeyPos), lineCol(fset, url.Value.Parts[0].Pos), url.Value.Kind())
	}
	text := url.Value.Text()
	i := strings.Index(text, "Winter2024!")
	if p, _ := url.Value.Span(i, i+len("Winter2024!")); lineCol(fset, p) != "35:116" {
		t.Errorf("password span at %s", lineCol(fset, p))
	}

	lit := findPair(t, f, "/job_clusters/0/new_cluster/spark_env_vars", "REPORTING_DB_PASSWORD")
	if lit.Value.Kind() != facts.Literal || lineCol(fset, lit.Value.Parts[0].Pos) != "23:37" {
		t.Errorf("env literal: %v at %s", lit.Value.Kind(), lineCol(fset, lit.Value.Parts[0].Pos))
	}
	env := findPair(t, f, "/job_clusters/0/new_cluster/spark_env_vars", "SQL_PASSWORD")
	if env.Value.Kind() != facts.SecretRef || env.Value.Text() != facts.Placeholder(facts.SecretRef, "secrets/jdbc/password") {
		t.Errorf("SQL_PASSWORD = %v %q", env.Value.Kind(), env.Value.Text())
	}
	conf := findPair(t, f, "/job_clusters/0/new_cluster/spark_conf", "spark.hadoop.javax.jdo.option.ConnectionPassword")
	if got := partsOf(fset, conf.Value); !reflect.DeepEqual(got, []string{`secret-ref:"secret-ref:secrets/jdbc/password"@17:64`}) {
		t.Errorf("conf parts %q", got)
	}
	opts := findPair(t, f, "/job_clusters/0/new_cluster/spark_conf", "spark.driver.extraJavaOptions")
	want := []string{
		`literal:"-Ddb.user=etl -Ddb.password="@18:45`,
		`secret-ref:"secret-ref:secrets/jdbc/password"@18:73`,
		`literal:" -Dfile.encoding=UTF-8"@18:98`,
	}
	if got := partsOf(fset, opts.Value); !reflect.DeepEqual(got, want) {
		t.Errorf("extraJavaOptions parts\n got %q\nwant %q", got, want)
	}
	if !opts.Value.Parts[0].Exact || !opts.Value.Parts[2].Exact {
		t.Errorf("literal parts around the secret should stay exact")
	}

	// An escaped JSON document inside a task parameter: the password inside
	// it still gets its exact column.
	var conf2 facts.Value
	for _, v := range f.Values {
		if strings.Contains(v.Text(), "Autumn2024!") {
			conf2 = v
		}
	}
	k := strings.Index(conf2.Text(), "Autumn2024!")
	if p, e := conf2.Span(k, k+len("Autumn2024!")); lineCol(fset, p) != "46:104" || e-p != token.Pos(len("Autumn2024!")) {
		t.Errorf("escaped password at %s..%s", lineCol(fset, p), lineCol(fset, e))
	}

	var paths []string
	f.Blocks[0].Walk(func(b *facts.Block) { paths = append(paths, b.Type+" "+b.Path) })
	wantPaths := []string{
		"json ",
		"email_notifications /email_notifications",
		"job_clusters /job_clusters/0",
		"new_cluster /job_clusters/0/new_cluster",
		"spark_conf /job_clusters/0/new_cluster/spark_conf",
		"spark_env_vars /job_clusters/0/new_cluster/spark_env_vars",
		"tasks /tasks/0",
		"notebook_task /tasks/0/notebook_task",
		"base_parameters /tasks/0/notebook_task/base_parameters",
		"tasks /tasks/1",
		"depends_on /tasks/1/depends_on/0",
		"spark_python_task /tasks/1/spark_python_task",
	}
	if !reflect.DeepEqual(paths, wantPaths) {
		t.Errorf("blocks\n got %q\nwant %q", paths, wantPaths)
	}
	nc := findBlock(f, "/job_clusters/0/new_cluster")
	if lineCol(fset, nc.Pos) != "11:22" {
		t.Errorf("new_cluster block at %s", lineCol(fset, nc.Pos))
	}
	if p, ok := nc.Get("num_workers"); !ok || p.Value.Type != facts.Number || p.Value.Text() != "4" {
		t.Errorf("num_workers = %+v", p)
	}
	if _, ok := nc.Get("spark_conf"); ok {
		t.Errorf("objects must be blocks, not pairs")
	}

	// Every scalar is a Value once: 28 strings, numbers and bools in the file.
	if len(f.Values) != 28 {
		t.Errorf("%d values", len(f.Values))
	}
}

func TestJobsGetOutput(t *testing.T) {
	fset, f := extract(t, "jobs-get.json")
	if !f.HasKind("databricks-job") || f.HasKind("databricks-cluster") {
		t.Errorf("kinds %q", f.Kinds)
	}
	p := findPair(t, f, "/settings/tasks/0/notebook_task/base_parameters", "storage_key")
	if p.Value.Kind() != facts.SecretRef || lineCol(fset, p.Value.Parts[0].Pos) != "18:29" {
		t.Errorf("storage_key %v at %s", p.Value.Kind(), lineCol(fset, p.Value.Parts[0].Pos))
	}
	if b := findBlock(f, "/settings/tasks/0"); b == nil || b.Type != "tasks" {
		t.Errorf("task block %+v", b)
	}
}

func TestWorkspaceConf(t *testing.T) {
	fset, f := extract(t, "workspace-conf.json")
	if !reflect.DeepEqual(f.Kinds, []string{"workspace-conf"}) {
		t.Errorf("kinds %q", f.Kinds)
	}
	p := findPair(t, f, "", "maxTokenLifetimeDays")
	if p.Value.Text() != "365" || p.Value.Type != facts.String || lineCol(fset, p.Value.Parts[0].Pos) != "2:28" {
		t.Errorf("maxTokenLifetimeDays = %q at %s", p.Value.Text(), lineCol(fset, p.Value.Parts[0].Pos))
	}
}

func TestARMTemplate(t *testing.T) {
	fset, f := extract(t, "arm-workspace.json")
	if !reflect.DeepEqual(f.Kinds, []string{"arm-template", "arm-databricks-workspace"}) {
		t.Errorf("kinds %q", f.Kinds)
	}
	nip := findPair(t, f, "/resources/0/properties/parameters/enableNoPublicIp", "value")
	if nip.Value.Type != facts.Bool || nip.Value.Text() != "false" || lineCol(fset, nip.Value.Pos) != "32:42" {
		t.Errorf("enableNoPublicIp = %q (%v) at %s", nip.Value.Text(), nip.Value.Type, lineCol(fset, nip.Value.Pos))
	}
	if b := findBlock(f, "/resources/0"); b == nil || b.Type != "resources" {
		t.Errorf("resource block %+v", b)
	}
	name := findPair(t, f, "/resources/0", "name")
	if got := partsOf(fset, name.Value); !reflect.DeepEqual(got, []string{`var-ref:"var-ref:parameters('workspaceName')"@26:17`}) {
		t.Errorf("name parts %q", got)
	}
	mrg := findPair(t, f, "/resources/0/properties", "managedResourceGroupId")
	want := []string{
		`unknown:"unknown:subscription().id"@30:44`,
		`literal:"/resourceGroups/"@30:64`,
		`var-ref:"var-ref:variables('managedResourceGroupName')"@30:83`,
	}
	if got := partsOf(fset, mrg.Value); !reflect.DeepEqual(got, want) {
		t.Errorf("managedResourceGroupId parts\n got %q\nwant %q", got, want)
	}
	if v := findPair(t, f, "/parameters/location", "defaultValue").Value; v.Kind() != facts.Unknown {
		t.Errorf("[resourceGroup().location] is %v", v.Kind())
	}
	if v := findPair(t, f, "/variables", "managedResourceGroupName").Value; v.Kind() != facts.Unknown {
		t.Errorf("format() is %v", v.Kind())
	}
	esc := findPair(t, f, "/outputs/workspaceUrl", "value")
	if esc.Value.Text() != "[not an expression]" || lineCol(fset, esc.Value.Parts[0].Pos) != "40:18" || !esc.Value.Parts[0].Exact {
		t.Errorf("[[ escape = %q at %s", esc.Value.Text(), lineCol(fset, esc.Value.Parts[0].Pos))
	}
	if v := findPair(t, f, "/parameters/pricingTier", "defaultValue").Value; v.Kind() != facts.Literal {
		t.Errorf("plain string in ARM is %v", v.Kind())
	}
}

func TestARMParametersKeyVault(t *testing.T) {
	fset, f := extract(t, "arm-parameters.json")
	if !reflect.DeepEqual(f.Kinds, []string{"arm-parameters"}) {
		t.Errorf("kinds %q", f.Kinds)
	}
	p := findPair(t, f, "/parameters", "sqlAdminPassword")
	if p.Value.Kind() != facts.SecretRef || lineCol(fset, p.KeyPos) != "6:6" || lineCol(fset, p.Value.Pos) != "6:25" ||
		p.Value.Text() != facts.Placeholder(facts.SecretRef, "keyvault:sql-admin-password") {
		t.Errorf("key vault ref = %v %q key at %s value at %s", p.Value.Kind(), p.Value.Text(), lineCol(fset, p.KeyPos), lineCol(fset, p.Value.Pos))
	}
	if v := findPair(t, f, "/parameters/workspaceName", "value").Value; v.Kind() != facts.Literal {
		t.Errorf("workspaceName is %v", v.Kind())
	}
}

func TestBrokenJSON(t *testing.T) {
	fset, f := extract(t, "broken.json")
	if len(f.Problems) != 1 || !f.Problems[0].Fatal || lineCol(fset, f.Problems[0].Pos) != "8:3" ||
		f.Problems[0].Message != "invalid JSON: unexpected ']', expected ',' or '}'" {
		t.Fatalf("problems %+v", f.Problems)
	}
	if f.Kinds != nil {
		t.Errorf("a broken document must not be classified: %q", f.Kinds)
	}
	if p := findPair(t, f, "/tasks/0/notebook_task", "notebook_path"); p.Value.Text() != "/Repos/etl/main" {
		t.Errorf("facts before the error are kept: %q", p.Value.Text())
	}
}

func TestCommentsAndDuplicates(t *testing.T) {
	fset, f := extract(t, "jsonc-dups.json")
	var got []string
	for _, p := range f.Problems {
		got = append(got, fmt.Sprintf("%s %v %s", lineCol(fset, p.Pos), p.Fatal, p.Message))
	}
	want := []string{
		"1:1 false comment (not allowed in JSON)",
		"6:3 false comment (not allowed in JSON)",
		`9:5 false duplicate key "spark.sql.shuffle.partitions" (the last one wins)`,
		"9:41 false trailing comma (not allowed in JSON)",
		`11:3 false duplicate key "num_workers" (the last one wins)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems\n got %q\nwant %q", got, want)
	}
	if !reflect.DeepEqual(f.Kinds, []string{"databricks-cluster"}) {
		t.Errorf("lenient problems keep the classification: %q", f.Kinds)
	}
	// Both duplicates stay as pairs, in source order.
	b := findBlock(f, "/spark_conf")
	if len(b.Pairs) != 2 || b.Pairs[1].Value.Text() != "64" {
		t.Errorf("spark_conf pairs %+v", b.Pairs)
	}
}

func TestClassify(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{`{"name": "legacy", "new_cluster": {"spark_version": "7.3.x-scala2.12", "num_workers": 1}, "notebook_task": {"notebook_path": "/x"}}`, []string{"databricks-job"}},
		{`{"job_id": 12, "new_settings": {"name": "x", "tasks": [{"task_key": "a"}]}}`, []string{"databricks-job"}},
		{`{"jobs": [{"job_id": 1, "settings": {"name": "a"}}], "has_more": false}`, []string{"databricks-job"}},
		{`[{"job_id": 1, "settings": {"name": "a", "format": "MULTI_TASK"}}]`, []string{"databricks-job"}},
		{`{"name": "x", "tasks": [{"notebook_task": {}}]}`, nil}, // a task without task_key
		{`{"cluster_name": "shared", "spark_version": "14.3.x-scala2.12", "autoscale": {"min_workers": 1, "max_workers": 4}}`, []string{"databricks-cluster"}},
		{`{"spark_version": "14.3.x-scala2.12"}`, nil},
		{`{"lifetime_seconds": 7776000, "comment": "CI deploy token"}`, []string{"token-create"}},
		{`{"comment": "CI deploy token"}`, []string{"token-create"}},
		{`{"comment": "x", "name": "y"}`, nil},
		{`{"scope": "jdbc", "initial_manage_principal": "users"}`, []string{"secret-scope"}},
		{`{"scope": "jdbc", "key": "pw", "string_value": "x"}`, nil},
		{`{"scope": "jdbc", "principal": "users", "permission": "MANAGE"}`, []string{"secret-acl"}},
		{`{"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#", "resources": []}`, []string{"arm-template"}},
		{`{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "languageVersion": "2.0",
		   "resources": {"ws": {"type": "microsoft.databricks/WORKSPACES", "apiVersion": "2024-05-01"}}}`, []string{"arm-template", "arm-databricks-workspace"}},
		{`{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
		   "resources": {"st": {"type": "Microsoft.Storage/storageAccounts"}}}`, []string{"arm-template"}},
		{`{"type": "Microsoft.Databricks/workspaces"}`, nil},
		{`{"name": "my-app", "version": "1.0.0", "dependencies": {}}`, nil},
		{`[1, 2, 3]`, nil},
		{`"just a string"`, nil},
	}
	for _, c := range cases {
		_, u := runPass(t, jsonFile("x.json", c.src))
		f := u.Files[0]
		if len(f.Problems) > 0 {
			t.Errorf("%s: problems %v", c.src, f.Problems)
		}
		if !reflect.DeepEqual(f.Kinds, c.want) {
			t.Errorf("%s: kinds %q, want %q", c.src, f.Kinds, c.want)
		}
	}
}

func TestSchemasAreEmbeddedForEveryKind(t *testing.T) {
	compileOnce.Do(compileSchemas)
	entries, _ := schemaFS.ReadDir("schemas")
	if len(entries) != len(kindOrder) || len(kindSchemas) != len(kindOrder) {
		t.Errorf("%d schema files, %d kinds, %d compiled", len(entries), len(kindOrder), len(kindSchemas))
	}
}

func TestSecretRefs(t *testing.T) {
	cases := []struct {
		text string
		want []string // kind:text of each part
	}{
		{"{{secrets/s/k}}", []string{"secret-ref:secrets/s/k"}},
		{"a{{secrets/s/k}}b{{secrets/t/u}}", []string{"literal:a", "secret-ref:secrets/s/k", "literal:b", "secret-ref:secrets/t/u"}},
		{"{{secrets/s}} {{secrets//k}} {{secrets/s/k/x}} {{ secrets/s/k }}", []string{"literal:{{secrets/s}} {{secrets//k}} {{secrets/s/k/x}} {{ secrets/s/k }}"}},
		{"{{secrets/{{secrets/s/k}}", []string{"literal:{{secrets/", "secret-ref:secrets/s/k"}},
		{"{{job.start_time.iso_date}}", []string{"literal:{{job.start_time.iso_date}}"}},
	}
	for _, c := range cases {
		v := facts.SecretRefs(facts.Lit(c.text, 1, token.Pos(1+len(c.text)), true))
		var got []string
		for _, p := range v.Parts {
			got = append(got, p.Kind.String()+":"+strings.TrimPrefix(strings.Trim(p.Text, "\x00"), "secret-ref:"))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: parts %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEveryPrefix feeds every prefix of every fixture: no panic, facts stay
// inside the file, and a cut document is a Fatal problem.
func TestEveryPrefix(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		src, _ := os.ReadFile(filepath.Join("testdata", e.Name()))
		for i := 0; i < len(src); i++ {
			fset, u := runPass(t, jsonFile(e.Name(), string(src[:i])))
			f := u.Files[0]
			tf := f.Source.Tok
			check := func(p token.Pos) {
				if p != token.NoPos && fset.File(p) != tf {
					t.Fatalf("%s[:%d]: position outside the file", e.Name(), i)
				}
			}
			for _, v := range f.Values {
				check(v.Pos)
				check(v.End)
				for _, p := range v.Parts {
					check(p.Pos)
				}
			}
			fatal := false
			for _, p := range f.Problems {
				fatal = fatal || p.Fatal
			}
			if strings.TrimSpace(string(src[:i])) != "" && !fatal && e.Name() != "broken.json" && i < len(strings.TrimRight(string(src), "\n")) {
				t.Fatalf("%s[:%d]: cut document without a fatal problem", e.Name(), i)
			}
		}
	}
}

func TestDeepNesting(t *testing.T) {
	deep := strings.Repeat(`{"a": [`, 3000) + `"x"` + strings.Repeat("]}", 3000)
	fset, u := runPass(t, jsonFile("deep.json", deep))
	f := u.Files[0]
	if len(f.Problems) != 1 || !f.Problems[0].Fatal || !strings.Contains(f.Problems[0].Message, "nested too deeply") {
		t.Fatalf("problems %+v", f.Problems)
	}
	// Level 1025 is the first whose pointer ("/a/0" a level) passes 4096 bytes.
	if p := lineCol(fset, f.Problems[0].Pos); p != "1:7175" {
		t.Errorf("problem at %s", p)
	}
}

func FuzzARMValue(f *testing.F) {
	for _, s := range []string{"[concat('a''b', parameters('p'), variables('v').x[0])]", "[[x]", "[reference(resourceId('a', 'b'), '2020-01-01').id]", "[f(", "['"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := armValue(facts.Lit(s, 1, token.Pos(1+len(s)), true))
		for _, p := range v.Parts {
			if p.Exact && (p.Pos < 1 || int(p.End) > 1+len(s) || s[p.Pos-1:p.End-1] != p.Text) {
				t.Fatalf("exact part %q does not match the source", p.Text)
			}
		}
	})
}

// BenchmarkExtractJobList measures parse, classification and fact
// extraction of a `databricks jobs list --expand-tasks` output of about 1 MB.
func BenchmarkExtractJobList(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"jobs": [`)
	for i := 0; sb.Len() < 1<<20; i++ {
		if i > 0 {
			sb.WriteString(",\n")
		}
		fmt.Fprintf(&sb, `{"job_id": %d, "settings": {"name": "job-%d", "tasks": [{"task_key": "main",
  "notebook_task": {"notebook_path": "/Repos/etl/main", "base_parameters": {"url": "jdbc:sqlserver://db:1433;user=etl;password={{secrets/jdbc/pw}}"}},
  "new_cluster": {"spark_version": "14.3.x-scala2.12", "num_workers": 2, "spark_env_vars": {"NOTE": "say \"hi\""}}}]}}`, i, i)
	}
	sb.WriteString("]}")
	src := []byte(sb.String())
	fset := token.NewFileSet()
	tf := fset.AddFile("jobs.json", -1, len(src))
	tf.SetLinesForContent(src)
	f := &source.File{Path: "jobs.json", Src: src, Tok: tf, Format: source.JSON}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if out := Extract(f); !out.HasKind("databricks-job") {
			b.Fatal("not classified")
		}
	}
}

func TestNullsArePairsNotValues(t *testing.T) {
	_, u := runPass(t, jsonFile("token.json", `{"lifetime_seconds": null, "comment": "ci"}`))
	f := u.Files[0]
	if p := findPair(t, f, "", "lifetime_seconds"); p.Value.Type != facts.Null || p.Value.Text() != "" {
		t.Errorf("null pair %+v", p.Value)
	}
	if len(f.Values) != 1 || f.Values[0].Text() != "ci" || !f.HasKind("token-create") {
		t.Errorf("values %+v kinds %q", f.Values, f.Kinds)
	}
}

func TestScalarArraysArePairsOfTheirKey(t *testing.T) {
	fset, u := runPass(t, jsonFile("app.json", "{\"name\": \"bi\",\n \"scopes\": [\"all-apis\", \"sql\"]}\n"))
	var got []string
	for _, p := range u.Files[0].Pairs {
		if p.Key == "scopes" {
			pos := fset.Position(p.Value.Pos)
			got = append(got, fmt.Sprintf("%s@%d:%d path=%q", p.Value.Text(), pos.Line, pos.Column, p.Path))
		}
	}
	want := []string{`all-apis@2:13 path=""`, `sql@2:25 path=""`}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("scopes pairs %v, want %v", got, want)
	}
}
