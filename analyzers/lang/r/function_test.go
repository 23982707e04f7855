package r

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

func extractSrc(t testing.TB, src string) (func(pos facts.Value) string, *facts.File) {
	t.Helper()
	fset, f := newFile("report.r", []byte(src))
	out := Extract(facts.WholeFile(f, source.R), facts.NewEnv())
	return func(v facts.Value) string { return at(fset, v.Parts[0].Pos) }, out
}

// A call's literal arguments, named or positional, and a parameter's
// default reach the sink in the body; the pair is written at the literal.
func TestFunctionArguments(t *testing.T) {
	src := `connect <- function(user, password, server = "dw.example.net") {
  DBI::dbConnect(odbc::odbc(), Server = server, UID = user, PWD = password)
}
a <- connect("etl", "pw-one")
b <- connect(password = "pw-two", user = "etl")
c <- connect("etl", Sys.getenv("PW"))
`
	where, out := extractSrc(t, src)
	var got []string
	for _, p := range out.Pairs {
		if p.Key == "PWD" && p.Value.IsKnown() {
			got = append(got, p.Value.Text()+"@"+where(p.Value))
		}
		if p.Key == "Server" && p.Value.IsKnown() && !strings.Contains(strings.Join(got, " "), "server") {
			got = append(got, "server@"+where(p.Value))
		}
	}
	want := "server@1:47 pw-one@4:22 pw-two@5:26" // the first character inside the quotes
	if strings.Join(got, " ") != want {
		t.Errorf("pairs %q, want %q", strings.Join(got, " "), want)
	}
}

// RJDBC's dbConnect takes url, user and password by position.
func TestRJDBCPositional(t *testing.T) {
	src := `con <- dbConnect(drv, "jdbc:postgresql://pg:5432/db", "etl", "pw-three")
other <- dbConnect(RSQLite::SQLite(), "local.db")
`
	_, out := extractSrc(t, src)
	p := pair(t, out, facts.KeywordArg, "password")
	if p.Value.Text() != "pw-three" || p.Path != "dbConnect" {
		t.Errorf("password %q in %s", p.Value.Text(), p.Path)
	}
	for _, p := range out.Pairs {
		if p.Key == "url" && p.Value.Text() == "local.db" {
			t.Errorf("a SQLite file read as a JDBC URL")
		}
	}
}

// Recursion and a 10,000-deep chain end quickly within the bounds.
func TestFunctionBounds(t *testing.T) {
	_, out := extractSrc(t, deepChain())
	seen := map[string]int{}
	for _, p := range out.Pairs {
		if p.Key == "PWD" && p.Value.IsKnown() {
			seen[p.Value.Text()]++
		}
	}
	if seen["deep"] != 0 || seen["shallow"] != 1 || seen["fan"] == 0 || seen["fan"] > maxCalls {
		t.Errorf("PWD values %v: want shallow once, deep cut at the depth bound, fan within the call budget", seen)
	}
}

// A call sees the names bound between the definition and the call.
func TestFunctionReadsLaterGlobals(t *testing.T) {
	src := `open_dw <- function() DBI::dbConnect(odbc::odbc(), PWD = dw_password)
dw_password <- "later-pw"
con <- open_dw()
`
	where, out := extractSrc(t, src)
	for _, p := range out.Pairs {
		if p.Key == "PWD" && p.Value.IsKnown() {
			if got := where(p.Value); got != "2:17" {
				t.Errorf("PWD at %s, want 2:17", got)
			}
			return
		}
	}
	t.Errorf("the call does not see dw_password")
}

// deepChain is a 10,000-deep chain of wrappers, a short one and a function
// that recurses twice: what the bounds must keep cheap.
func deepChain() string {
	var b strings.Builder
	b.WriteString("f0 <- function(pw) DBI::dbConnect(odbc::odbc(), PWD = pw)\n")
	for i := 1; i <= 10000; i++ {
		fmt.Fprintf(&b, "f%d <- function(pw) f%d(pw)\n", i, i-1)
	}
	b.WriteString("f10000(\"deep\")\nf3(\"shallow\")\nr <- function(x) { r(x); r(x); DBI::dbConnect(odbc::odbc(), PWD = x) }\nr(\"fan\")\n")
	return b.String()
}

func BenchmarkFunctionBounds(b *testing.B) {
	src := deepChain()
	for b.Loop() {
		extractSrc(b, src)
	}
}
