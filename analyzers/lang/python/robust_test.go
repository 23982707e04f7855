package python

import (
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// extractAll runs Extract on src as a whole file; it must not panic.
func extractAll(src string) *facts.File {
	_, f := newFile("x.py", src)
	return Extract(facts.WholeFile(f, source.Python), facts.NewEnv())
}

func TestNotebookFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/nightly_sales_load.py")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	f, fset := extract(t, src)
	if len(f.Problems) != 0 {
		t.Errorf("problems %v", f.Problems)
	}
	url := findPair(t, pairs(f, facts.OptionCall), "spark.read.format().option", "url")
	if got := span(t, fset, url.Value, "Spr1ng!2024"); got != "19:18-19:29" {
		t.Errorf("password in url at %s", got)
	}
	pw := findPair(t, pairs(f, facts.OptionCall), "spark.read.format().option().option().options", "password")
	if pw.Value.Kind() != facts.SecretRef {
		t.Errorf("options(**connection_properties) password is %v", pw.Value.Kind())
	}
	// get_token's request as the def reads, then as the call with literal
	// arguments makes it (the tenant and client id fold in), then the token call.
	if len(f.Requests) != 3 || f.Requests[0].Params[0].Key != "grant_type" || f.Requests[2].Headers[0].Key != "Authorization" {
		t.Errorf("requests %+v", f.Requests)
	} else if u := f.Requests[1].URL; !u.IsKnown() || !strings.Contains(u.Text(), "/72f988bf-") {
		t.Errorf("get_token(...) request URL %q", show(u))
	}
	// The prose cells and comments give no values.
	for _, v := range f.Values {
		if strings.Contains(v.Text(), "Nightly sales") || strings.Contains(v.Text(), "TODO") || strings.Contains(v.Text(), "Client-credentials") {
			t.Errorf("prose value %q", v.Text())
		}
	}
}

func TestEveryPrefix(t *testing.T) {
	b, err := os.ReadFile("testdata/nightly_sales_load.py")
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) + 1 {
		extractAll(string(b[:n]))
	}
}

func TestHostileInput(t *testing.T) {
	inputs := map[string]string{
		"deep parens":        strings.Repeat("(", 100000) + "x",
		"deep closed parens": "x = " + strings.Repeat("(", 5000) + `"v"` + strings.Repeat(")", 5000),
		"deep dicts":         "d = " + strings.Repeat(`{"a": `, 3000) + "1" + strings.Repeat("}", 3000),
		"deep f-strings":     "x = " + strings.Repeat(`f"{`, 200) + "y" + strings.Repeat(`}"`, 200),
		"unary chain":        "x = " + strings.Repeat("-", 100000) + "1",
		"not chain":          "x = " + strings.Repeat("not ", 50000) + "y",
		"power chain":        "x = 2" + strings.Repeat("**2", 50000),
		"attribute chain":    "x = a" + strings.Repeat(".b", 100000) + "()",
		"dotted target":      "a" + strings.Repeat(".b", 50000) + " = 1",
		"call chain":         "x = f" + strings.Repeat("()", 50000),
		"stray closers":      ")))]]]}}} = = : : ; ;",
		"binary":             "\x00\xff\xfe\"\\\x00'''\\",
		"lone backslash":     "\\",
		"escape at end":      `x = "\`,
		"spec at end":        `x = f"{a:`,
		"conv at end":        `x = f"{a!`,
		"named escape":       `x = "\N{`,
		"ternary chain":      "x = " + strings.Repeat("a if b else ", 20000) + "c",
		"lambda chain":       "f = " + strings.Repeat("lambda: ", 20000) + "1",
		"format fields":      `x = "{" * 3 + "{}{".format(1) + "%(a" % {} + "%" % 1 + "%5" % 1`,
		"def garbage":        "def (:\nclass\nfor in:\nwith as:\nimport\nfrom\ndel\n@\nasync",
		"big put loop":       strings.Repeat("props = {}\n", 2) + strings.Repeat(`props["k"] = "v"`+"\n", 5000),
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) { extractAll(src) })
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`x = f"{a!r:>{w}}" 'b' r"\d" b'\x00'`)
	f.Add("def f(a=1, *b, **c):\n    return {**c, 'k': [x for x in b if x]}\n")
	f.Add(`spark.read.jdbc(url, "t", properties={"password": pw}).option("a", "%s" % x)`)
	f.Fuzz(func(t *testing.T, src string) {
		factstest.CheckExtract(t, func() (*token.FileSet, *source.File, *facts.File) {
			fset, file := newFile("x.py", src)
			return fset, file, Extract(facts.WholeFile(file, source.Python), facts.NewEnv())
		})
	})
}
