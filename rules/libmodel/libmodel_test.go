package libmodel

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/notebook"
)

var update = flag.Bool("update", false, "regenerate docs/library-models.md")

const docPath = "../../docs/library-models.md"

const docIntro = `# Library models

<!-- Generated from rules/libmodel/libmodel.go by ` + "`go test ./rules/libmodel -update`" + `; do not edit. -->

Which argument of which library call carries a credential, a token scope or a token resource. The rules read
calls through this one table (` + "`rules/libmodel.Rows`" + `) instead of keeping their own callee lists:

| carries | read by |
|---|---|
| password | DBX101: a database password (a literal one; a well-known default one only when the connection goes to a real host) |
| HTTP password | DBX104: the password of HTTP basic authentication (not a well-known default one) |
| connection URL | DBX101 (` + "`user:password@`" + ` in a URL, a JDBC URL's or an ODBC connection string's password) |
| host | DBX101 (where a default password is sent) |
| token | DBX104 (unless it is a Databricks token, DBX102, or a cloud credential, DBX103) |
| client secret | DBX103 |
| token scope | DBX201 (the Databricks libraries' all-apis), DBX202 (an Azure AD scope naming a workspace URL) |
| token resource | DBX202 (a v1 Azure AD token request) |

A call matches a row when its callee, as the front-end records it, is the row's callee or ends with ` + "`.`" + ` or
` + "`::`" + ` and the row's callee (` + "`cred.get_token`" + `, ` + "`databricks.sql.connect`" + `, ` + "`httr::authenticate`" + `).
Python import aliases are not resolved, so a class is named by itself and a module function with its module.
The argument is the keyword argument named in the row, else the positional one at the row's position (1-based
here); "element" picks an item of a tuple or list literal (` + "`auth=(user, password)`" + `), "each" every item.

HTTP headers are not rows: front-ends normalise every tool's request (requests, httpx, urllib, curl, httr, …)
into a Request with its headers, and DBX104 reads a literal ` + "`Authorization: Bearer|Basic|token …`" + ` credential there.

To model a library, add rows to ` + "`Rows`" + ` and a positive (` + "`bad_*`" + `) and a negative (` + "`good_*`" + `) fixture that call
it, in the testdata directory of the rule that reads the row; ` + "`TestEveryRowHasFixtures`" + ` fails until both exist.

`

func docTable() string {
	var b strings.Builder
	b.WriteString(docIntro)
	b.WriteString("| language | library | callee | keyword | position | element | carries |\n|---|---|---|---|---|---|---|\n")
	for _, r := range Rows {
		pos, elem := "", ""
		if r.Index >= 0 {
			pos = fmt.Sprint(r.Index + 1)
		}
		switch {
		case r.Elem == Each:
			elem = "each"
		case r.Elem >= 0:
			elem = fmt.Sprint(r.Elem + 1)
		}
		param := ""
		if r.Param != "" {
			param = "`" + r.Param + "`"
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s | %s | %s |\n", r.Lang, r.Library, r.Callee, param, pos, elem, r.Carries)
	}
	return b.String()
}

// The documented table is the Go table.
func TestDocTable(t *testing.T) {
	want := docTable()
	if *update {
		if err := os.WriteFile(docPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale; run go test ./rules/libmodel -update", docPath)
	}
}

// Every row is called in a bad_ fixture (where a rule reports it) and in a
// good_ fixture (where it must not) of the rules' testdata.
func TestEveryRowHasFixtures(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/DBX*/*_*")
	if err != nil {
		t.Fatal(err)
	}
	bad, good := map[Row]bool{}, map[Row]bool{}
	for _, path := range paths {
		name := filepath.Base(path)
		switch strings.ToLower(filepath.Ext(name)) {
		case ".py", ".scala", ".r":
		default:
			continue
		}
		isBad := strings.HasPrefix(name, "bad_")
		if !isBad && !strings.HasPrefix(name, "good_") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, unit := factstest.Run(t, notebook.Analyzer, factstest.File(name, string(src)))
		for _, f := range unit.Files {
			for _, c := range f.Calls {
				if isBad {
					for _, a := range Args(f, c) {
						bad[a.Row] = true // a literal where the row says
					}
					continue
				}
				for _, r := range Rows {
					if calls(f, c, r) {
						good[r] = true // whatever the value: a good_ fixture passes a reference
					}
				}
			}
		}
	}
	for _, r := range Rows {
		if !bad[r] {
			t.Errorf("no bad_ fixture calls %s %s with %s", r.Library, r.Callee, what(r))
		}
		if !good[r] {
			t.Errorf("no good_ fixture calls %s %s with %s", r.Library, r.Callee, what(r))
		}
	}
}

// calls reports whether c calls r's callee with r's argument.
func calls(f *facts.File, c facts.Call, r Row) bool {
	if r.Lang != f.LangAt(c.Pos) || !Matches(c.Callee, r.Callee) {
		return false
	}
	for _, kw := range c.Kwargs {
		if r.Param != "" && kw.Key == r.Param {
			return true
		}
	}
	return r.Index >= 0 && r.Index < len(c.Args)
}

func what(r Row) string {
	if r.Param != "" {
		return r.Param
	}
	return fmt.Sprintf("argument %d", r.Index+1)
}

func TestMatches(t *testing.T) {
	for _, c := range []struct {
		callee, row string
		want        bool
	}{
		{"sql.connect", "sql.connect", true},
		{"databricks.sql.connect", "sql.connect", true},
		{"mysql.connect", "sql.connect", false},
		{"cred.get_token", "get_token", true},
		{"cred.get_token_info", "get_token", false},
		{"httr::authenticate", "authenticate", true},
		{"reauthenticate", "authenticate", false},
	} {
		if got := Matches(c.callee, c.row); got != c.want {
			t.Errorf("Matches(%q, %q) = %v", c.callee, c.row, got)
		}
	}
}

// args extracts a Python file and returns the model's arguments of its calls
// as "callee key=text".
func args(t *testing.T, src string) []string {
	t.Helper()
	_, unit := factstest.Run(t, notebook.Analyzer, factstest.File("job.py", src))
	var out []string
	for _, f := range unit.Files {
		for _, c := range f.Calls {
			for _, a := range Args(f, c) {
				out = append(out, fmt.Sprintf("%s %s=%s", a.Callee, a.Key, strings.ReplaceAll(a.Value.Text(), "\x00", "~")))
			}
		}
	}
	return out
}

func TestArgs(t *testing.T) {
	for src, want := range map[string]string{
		// A keyword wins over the position; a positional argument is named by its place.
		`oracledb.connect("u", "pw1", dsn="db")`:          "oracledb.connect argument 2=pw1|oracledb.connect dsn=db",
		`oracledb.connect(user="u", password="pw2")`:      "oracledb.connect password=pw2",
		`requests.get(u, auth=("svc", "pw3"))`:            "requests.get auth[1]=pw3",
		`requests.get(u, auth=("svc", f("x")))`:           "", // not a literal element
		`requests.get(u, auth=("svc, x", 'pw,4'))`:        "requests.get auth[1]=pw,4",
		`requests.get(u, auth=creds)`:                     "",
		`WorkspaceClient(scopes=["sql", S, "all-apis"])`:  "WorkspaceClient scopes[0]=sql|WorkspaceClient scopes[2]=all-apis",
		`WorkspaceClient(scopes="all-apis")`:              "WorkspaceClient scopes=all-apis",
		`mysql.connect(password="pw5")`:                   "", // not a modelled callee
		`jaydebeapi.connect("D", "jdbc:x", ["u", "pw6"])`: "jaydebeapi.connect argument 2=jdbc:x|jaydebeapi.connect argument 3[1]=pw6",
	} {
		got := strings.Join(args(t, src+"\n"), "|")
		if got != want {
			t.Errorf("%s:\n got %q\nwant %q", src, got, want)
		}
	}
}
