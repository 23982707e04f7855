package jsonast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

const jobJSON = `{
  "name": "nightly-etl",
  "tasks": [
    {
      "task_key": "ingest",
      "spark_python_task": {
        "python_file": "dbfs:/jobs/ingest.py",
        "parameters": ["--url", "jdbc:postgresql://db:5432/sales?user=etl&password=\"S3cr\u00e9t\""]
      },
      "new_cluster": {"spark_version": "14.3.x-scala2.12", "num_workers": 2, "autoscale": null, "spot": true}
    }
  ],
  "max_concurrent_runs": 1
}
`

func mustParse(t *testing.T, src string) *Node {
	t.Helper()
	root, errs := Parse([]byte(src))
	if len(errs) > 0 {
		t.Fatalf("Parse: unexpected errors %v", errs)
	}
	return root
}

func TestParseStructureAndOffsets(t *testing.T) {
	root := mustParse(t, jobJSON)
	if root.Kind != Object || root.Start != 0 || root.End != strings.LastIndexByte(jobJSON, '}')+1 {
		t.Fatalf("root = %v [%d,%d)", root.Kind, root.Start, root.End)
	}
	var keys []string
	for _, m := range root.Members {
		keys = append(keys, m.Key)
	}
	if want := []string{"name", "tasks", "max_concurrent_runs"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
	name := root.Members[0]
	if got := jobJSON[name.KeyStart:name.KeyEnd]; got != `"name"` {
		t.Errorf("key token = %s", got)
	}
	if got := string(name.Value.Raw); got != `"nightly-etl"` || name.Value.Str != "nightly-etl" || !name.Value.Exact() {
		t.Errorf("name value raw=%s str=%q exact=%v", got, name.Value.Str, name.Value.Exact())
	}
	workers := root.Lookup("/tasks/0/new_cluster/num_workers")
	if workers == nil || workers.Kind != Number || workers.Str != "2" || string(workers.Raw) != "2" {
		t.Fatalf("num_workers = %+v", workers)
	}
	if n := root.Lookup("/tasks/0/new_cluster/autoscale"); n == nil || n.Kind != Null {
		t.Errorf("autoscale = %+v", n)
	}
	if n := root.Lookup("/tasks/0/new_cluster/spot"); n == nil || n.Kind != Bool || n.Str != "true" {
		t.Errorf("spot = %+v", n)
	}
	for _, bad := range []string{"/tasks/1", "/tasks/01", "/tasks/x", "/name/x", "tasks", "/nope"} {
		if n := root.Lookup(bad); n != nil {
			t.Errorf("Lookup(%q) = %+v, want nil", bad, n)
		}
	}
}

func TestEscapedStrings(t *testing.T) {
	root := mustParse(t, jobJSON)
	url := root.Lookup("/tasks/0/spark_python_task/parameters/1")
	want := `jdbc:postgresql://db:5432/sales?user=etl&password="S3crét"`
	if url.Str != want || url.Exact() {
		t.Fatalf("Str = %q exact=%v", url.Str, url.Exact())
	}
	offs := url.StringOffsets()
	if len(offs) != len(url.Str) {
		t.Fatalf("%d offsets for %d bytes", len(offs), len(url.Str))
	}
	// Every decoded byte maps to itself in plain runs and to the backslash of
	// its escape otherwise.
	for i := range url.Str {
		raw := jobJSON[offs[i]]
		if raw != url.Str[i] && raw != '\\' {
			t.Errorf("decoded byte %d %q maps to raw %q", i, url.Str[i], raw)
		}
	}
	s := strings.Index(url.Str, "S3cr")
	if got := jobJSON[offs[s] : offs[s]+4]; got != "S3cr" {
		t.Errorf("offset of S3cr points at %q", got)
	}
	é := strings.Index(url.Str, "é")
	if offs[é] != offs[é+1] || jobJSON[offs[é]:offs[é]+6] != `\u00e9` {
		t.Errorf("é maps to %d,%d", offs[é], offs[é+1])
	}
}

func TestDecoding(t *testing.T) {
	cases := []struct{ src, want string }{
		{`"a\"b\\c\/d\b\f\n\r\t"`, "a\"b\\c/d\b\f\n\r\t"},
		{`"\u0041\u00e9\u20ac"`, "Aé€"},
		{`"\ud83d\ude00!"`, "😀!"},
		{`"\ud83d!"`, "\uFFFD!"},
		{`"plain ü"`, "plain ü"},
	}
	for _, c := range cases {
		n := mustParse(t, c.src)
		var std string
		if err := json.Unmarshal([]byte(c.src), &std); err != nil {
			t.Fatal(err)
		}
		if n.Str != c.want || n.Str != std {
			t.Errorf("%s: Str = %q, want %q (encoding/json: %q)", c.src, n.Str, c.want, std)
		}
		if len(n.StringOffsets()) != len(n.Str) {
			t.Errorf("%s: %d offsets for %d bytes", c.src, len(n.StringOffsets()), len(n.Str))
		}
	}
}

func TestLenientProblems(t *testing.T) {
	src := `{
  // the nightly job
  "name": "a",
  "name": "b", /* overridden */
  "tags": ["x", "y",],
  "max": 1
  "timeout_seconds": 60,
}`
	root, errs := Parse([]byte(src))
	type e struct {
		at      string
		message string
	}
	var got []e
	for _, err := range errs {
		if !err.Lenient {
			t.Errorf("error %v should be lenient", err)
		}
		got = append(got, e{src[err.Offset:min(len(src), err.Offset+6)], err.Message})
	}
	want := []e{
		{"// the", "comment (not allowed in JSON)"},
		{`"name"`, `duplicate key "name" (the last one wins)`},
		{"/* ove", "comment (not allowed in JSON)"},
		{",],\n  ", "trailing comma (not allowed in JSON)"},
		{`"timeo`, "missing ',' before this member"},
		{",\n}", "trailing comma (not allowed in JSON)"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n got %q\nwant %q", got, want)
	}
	if root.Get("name").Str != "b" || len(root.Members) != 5 || len(root.Get("tags").Elems) != 2 {
		t.Errorf("tree not complete: %+v", root.Members)
	}
	if root.Get("timeout_seconds").Str != "60" || root.End != len(src) {
		t.Errorf("timeout_seconds or End wrong")
	}
}

func TestDuplicateKeysInLargeObject(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range 20 {
		fmt.Fprintf(&b, `"k%d": %d, `, i, i)
	}
	b.WriteString(`"k3": 0, "k19": 1}`)
	_, errs := Parse([]byte(b.String()))
	if len(errs) != 2 || !strings.Contains(errs[0].Message, `"k3"`) || !strings.Contains(errs[1].Message, `"k19"`) {
		t.Errorf("errors = %v", errs)
	}
}

func TestSyntaxErrorsKeepWhatWasRead(t *testing.T) {
	cases := []struct {
		src     string
		at      string // the source at the error offset
		message string
		check   func(*Node) bool
	}{
		{`{"a": 1, "b": [1, 2`, "", "unexpected end of input in array",
			func(n *Node) bool { return n.Get("a").Str == "1" && len(n.Get("b").Elems) == 2 }},
		{`{"a": "x", "b": "unterminated}`, `"unterminated}`, "unterminated string",
			func(n *Node) bool { return len(n.Members) == 1 && n.End == len(`{"a": "x", "b": `) }},
		{"{\"a\": \"line\nbreak\"}", "\"line\nbreak\"}", "unterminated string (a string cannot contain a line break)", nil},
		{`{"a": tru}`, "tru}", `unexpected 't', expected a value`, nil},
		{`{"a": 01}`, "1}", `unexpected '1', expected ',' or '}'`, nil},
		{`{"a": -}`, "-}", "invalid number", nil},
		{`{"a" 1}`, "1}", `expected ':' after object key "a"`, nil},
		{`{a: 1}`, "a: 1}", `unexpected 'a', expected a string key`, nil},
		{`{"a": 1} {"b": 2}`, `{"b": 2}`, "unexpected content after the JSON value",
			func(n *Node) bool { return n.Get("a") != nil }},
		{"", "", "unexpected end of input, expected a value", nil},
		{"\x00\xff", "\x00\xff", "unexpected byte 0x00, expected a value", nil},
		{`["a" /* never closed`, "/* never closed", "unterminated comment", nil},
	}
	for _, c := range cases {
		root, errs := Parse([]byte(c.src))
		var syntax []Error
		for _, e := range errs {
			if !e.Lenient {
				syntax = append(syntax, e)
			}
		}
		if len(syntax) != 1 {
			t.Errorf("%q: errors %v, want one syntax error", c.src, errs)
			continue
		}
		if got := c.src[syntax[0].Offset:]; got != c.at || syntax[0].Message != c.message {
			t.Errorf("%q: error %q at %q, want %q at %q", c.src, syntax[0].Message, got, c.message, c.at)
		}
		if c.check != nil && (root == nil || !c.check(root)) {
			t.Errorf("%q: partial tree wrong: %+v", c.src, root)
		}
	}
}

func TestDepthLimit(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth+5) + strings.Repeat("]", MaxDepth+5)
	root, errs := Parse([]byte(deep))
	if root == nil || len(errs) != 1 || errs[0].Offset != MaxDepth || !strings.Contains(errs[0].Message, "nesting deeper") {
		t.Errorf("errors = %v", errs)
	}
	ok := strings.Repeat(`{"a":`, 1000) + "1" + strings.Repeat("}", 1000)
	mustParse(t, ok)
}

func TestWalkAndPointers(t *testing.T) {
	root := mustParse(t, `{"a/b": {"c~d": [true, {"e": null}]}, "": 1}`)
	var ptrs []string
	root.Walk(func(ptr string, n *Node) bool {
		ptrs = append(ptrs, ptr+":"+n.Kind.String())
		return true
	})
	want := []string{":object", "/a~1b:object", "/a~1b/c~0d:array", "/a~1b/c~0d/0:bool",
		"/a~1b/c~0d/1:object", "/a~1b/c~0d/1/e:null", "/:number"}
	if !reflect.DeepEqual(ptrs, want) {
		t.Errorf("Walk pointers\n got %q\nwant %q", ptrs, want)
	}
	for _, p := range want {
		ptr := p[:strings.LastIndexByte(p, ':')]
		if root.Lookup(ptr) == nil {
			t.Errorf("Lookup(%q) = nil", ptr)
		}
	}
	var skipped int
	root.Walk(func(ptr string, n *Node) bool { skipped++; return n.Kind != Object || ptr == "" })
	if skipped != 3 {
		t.Errorf("Walk visited %d values when pruning, want 3", skipped)
	}
}

func TestToAnyMatchesEncodingJSON(t *testing.T) {
	root := mustParse(t, jobJSON)
	dec := json.NewDecoder(strings.NewReader(jobJSON))
	dec.UseNumber()
	var want any
	if err := dec.Decode(&want); err != nil {
		t.Fatal(err)
	}
	if got := root.ToAny(); !reflect.DeepEqual(got, want) {
		t.Errorf("ToAny = %#v\nwant %#v", got, want)
	}
}

func TestValue(t *testing.T) {
	src := `{"pw": "a\"b\"\\c", "plain": "x y", "n": -1.5e3, "b": false, "z": null, "o": {}}`
	root := mustParse(t, src)
	fset := token.NewFileSet()
	tf := fset.AddFile("job.json", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	f := &source.File{Path: "job.json", Src: []byte(src), Tok: tf, Format: source.JSON}
	at := func(p token.Pos) int { return tf.Offset(p) }

	plain := root.Get("plain").Value(f)
	if plain.Text() != "x y" || plain.Kind() != facts.Literal || !plain.Parts[0].Exact ||
		at(plain.Parts[0].Pos) != strings.Index(src, "x y") || at(plain.Pos) != strings.Index(src, `"x y"`) {
		t.Errorf("plain = %+v", plain)
	}

	pw := root.Get("pw").Value(f)
	// Several literal parts: the fact model calls that Folded, but every
	// part is a literal written in place.
	if pw.Text() != `a"b"\c` || !pw.IsKnown() {
		t.Fatalf("pw text %q kind %v", pw.Text(), pw.Kind())
	}
	type part struct {
		text  string
		src   string
		exact bool
	}
	var got []part
	for _, p := range pw.Parts {
		if p.Kind != facts.Literal {
			t.Errorf("part %q is %v", p.Text, p.Kind)
		}
		got = append(got, part{p.Text, src[at(p.Pos):at(p.End)], p.Exact})
	}
	want := []part{{"a", "a", true}, {`"`, `\"`, false}, {"b", "b", true}, {`"\`, `\"\\`, false}, {"c", "c", true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pw parts\n got %+v\nwant %+v", got, want)
	}
	if p, e := pw.Span(2, 3); src[at(p):at(e)] != "b" {
		t.Errorf("Span of b = %q", src[at(p):at(e)])
	}

	for key, typ := range map[string]facts.Type{"n": facts.Number, "b": facts.Bool, "z": facts.Null} {
		v := root.Get(key).Value(f)
		if v.Type != typ || v.Text() != strings.TrimPrefix(root.Get(key).Str, "null") {
			t.Errorf("%s: type %v text %q", key, v.Type, v.Text())
		}
	}
	if v := root.Get("o").Value(f); v.Kind() != facts.Unknown {
		t.Errorf("object value kind %v", v.Kind())
	}
}

// checkSpans verifies that every node lies inside its parent and the input.
func checkSpans(t *testing.T, n *Node, lo, hi int, src []byte) {
	if n == nil {
		return
	}
	if n.Start < lo || n.End > hi || n.Start > n.End || !bytes.Equal(n.Raw, src[n.Start:n.End]) {
		t.Fatalf("node %v [%d,%d) outside [%d,%d)", n.Kind, n.Start, n.End, lo, hi)
	}
	for _, m := range n.Members {
		if m.KeyStart < n.Start || m.KeyEnd > m.Value.Start {
			t.Fatalf("key %q [%d,%d) misplaced", m.Key, m.KeyStart, m.KeyEnd)
		}
		checkSpans(t, m.Value, n.Start, n.End, src)
	}
	for _, e := range n.Elems {
		checkSpans(t, e, n.Start, n.End, src)
	}
	if n.Kind == String && len(n.StringOffsets()) != len(n.Str) {
		t.Fatalf("string %q: offsets do not match", n.Str)
	}
}

func TestEveryPrefix(t *testing.T) {
	src := []byte(jobJSON)
	for i := 0; i < len(src); i++ {
		prefix := src[:i]
		root, errs := Parse(prefix)
		checkSpans(t, root, 0, len(prefix), prefix)
		complete := i >= strings.LastIndexByte(jobJSON, '}')+1
		syntax := false
		for _, e := range errs {
			syntax = syntax || !e.Lenient
			if e.Offset < 0 || e.Offset > len(prefix) {
				t.Fatalf("prefix %d: error offset %d out of range", i, e.Offset)
			}
		}
		if syntax == complete {
			t.Fatalf("prefix %d: syntax error %v, document complete %v", i, errs, complete)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{jobJSON, `{"a":[1,2,{"b":"\u00e9\n"}]}`, `[1 2,]`, `{"a" // c` + "\n:1}", "\"\\ud800\\", "[\"\\"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		root, _ := Parse(src)
		checkSpans(t, root, 0, len(src), src)
		// encoding/json replaces invalid UTF-8 with U+FFFD; we keep the
		// bytes so that decoded offsets stay exact.
		if root != nil && json.Valid(src) && utf8.Valid(src) {
			var want any
			dec := json.NewDecoder(bytes.NewReader(src))
			dec.UseNumber()
			if dec.Decode(&want) == nil && !reflect.DeepEqual(root.ToAny(), want) {
				t.Fatalf("ToAny differs from encoding/json")
			}
		}
	})
}

// jobList builds a `databricks jobs list --output json` document of about size bytes.
func jobList(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"jobs": [`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"job_id": %d, "creator_user_name": "etl@example.com", "created_time": 1700000000000,
  "settings": {"name": "job-%d", "max_concurrent_runs": 1, "timeout_seconds": 0,
    "tasks": [{"task_key": "main", "notebook_task": {"notebook_path": "/Repos/etl/main", "base_parameters": {"env": "prod", "url": "jdbc:sqlserver://db.example.com:1433;database=sales;user=etl;password={{secrets/jdbc/pw}}"}},
      "new_cluster": {"spark_version": "14.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 2,
        "spark_conf": {"spark.databricks.delta.preview.enabled": "true", "fs.azure.account.key": "{{secrets/storage/key}}"},
        "spark_env_vars": {"PYSPARK_PYTHON": "/databricks/python3/bin/python3", "NOTE": "tab\tand \"quotes\""}}}],
    "email_notifications": {"on_failure": ["oncall@example.com"]}}}`, i, i)
	}
	b.WriteString("], \"has_more\": false}\n")
	return b.Bytes()
}

func TestJobListParses(t *testing.T) {
	src := jobList(64 << 10)
	root := mustParse(t, string(src))
	if !json.Valid(src) || len(root.Get("jobs").Elems) < 10 {
		t.Fatalf("bad generated job list")
	}
}

func BenchmarkParseJobList(b *testing.B) {
	src := jobList(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Parse(src); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

func BenchmarkEncodingJSONJobList(b *testing.B) {
	src := jobList(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(src, &v); err != nil {
			b.Fatal(err)
		}
	}
}
