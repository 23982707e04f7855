package shell

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// A call to a wrapper of curl is the request its body makes, standing at
// the call, with the call's literals where they are written, the body's
// words as the use and the body's curl as the request's Body.
func TestFunctionCallRequest(t *testing.T) {
	src := `dbx_api() { curl -X POST -H "Authorization: Bearer $TOKEN" "$HOST/api/2.0/$1" -d "$2"; }
dbx_api secrets/scopes/create '{"scope":"x","initial_manage_principal":"users"}'
`
	out, fset := extract(t, src)
	r := requestTo(t, out, "curl", "/api/2.0/secrets/scopes/create")
	if got := spanOf(t, fset, r.URL, "secrets/scopes/create"); got != "2:9" {
		t.Errorf("path written at %s, want 2:9", got)
	}
	p := pairNamed(t, r.Params, "initial_manage_principal")
	if got := at(fset, p.Value.Parts[0].Pos); got != "2:73" || p.Value.Text() != "users" {
		t.Errorf("initial_manage_principal %q at %s, want users at 2:73", p.Value.Text(), got)
	}
	if got := at(fset, r.Pos); got != "2:1" {
		t.Errorf("request at %s, want 2:1, the call", got)
	}
	if got := at(fset, r.Body.Pos); got != "1:11" {
		t.Errorf("request's body (the sink) at %s, want 1:11", got)
	}
	// The definition's own run keeps its request, with $1 unknown; the
	// call adds one request, not two.
	n := 0
	for _, r := range out.Requests {
		if strings.Contains(r.URL.Text(), "secrets/scopes/create") {
			n++
		}
	}
	if n != 1 || len(out.Requests) != 2 {
		t.Errorf("%d requests to the scope API of %d; want 1 of 2", n, len(out.Requests))
	}
}

// local, shift, "$@", ${3:-default}, two hops and function name syntax.
func TestFunctionParameters(t *testing.T) {
	src := `api() {
  local method="$1" endpoint="$2"
  shift 2
  curl -sf -X "$method" "${HOST}/api/2.0/${endpoint}" "$@"
}
function post { api POST "$@"; }
post token/create -d '{"lifetime_seconds": 0}'
acl() { databricks secrets put-acl "$1" "$2" "${3:-READ}"; }
acl etl users
acl etl admins MANAGE
`
	out, fset := extract(t, src)
	r := requestTo(t, out, "curl", "/api/2.0/token/create")
	if r.Method != "POST" {
		t.Errorf("method %q, want POST from the two-hop call", r.Method)
	}
	p := pairNamed(t, r.Params, "lifetime_seconds")
	if got := at(fset, p.Value.Pos); got != "7:44" || p.Value.Text() != "0" {
		t.Errorf("lifetime_seconds %q at %s, want 0 at 7:44", p.Value.Text(), got)
	}
	var perms []string
	for _, c := range out.Calls {
		if c.Callee == "databricks secrets put-acl" && len(c.Args) == 3 && c.Args[2].IsKnown() {
			perms = append(perms, c.Args[1].Text()+"="+c.Args[2].Text())
		}
	}
	if strings.Join(perms, " ") != "users=READ admins=MANAGE" {
		t.Errorf("put-acl calls %q, want users=READ (the default) and admins=MANAGE", perms)
	}
	// local names do not leak out of the call.
	env := facts.NewEnv()
	Extract(facts.WholeFile(shFile(token.NewFileSet(), "a.sh", []byte(src)), source.Shell), env)
	if v, ok := env.Get("method"); ok && v.IsKnown() {
		t.Errorf("local method leaked to the script: %q", v.Text())
	}
}

// A call without literal arguments adds nothing: the definition's run
// already holds what the body writes.
func TestFunctionCallWithoutLiterals(t *testing.T) {
	src := `create() { curl -X POST "$HOST/api/2.0/secrets/scopes/create" -d '{"scope":"x","initial_manage_principal":"users"}'; }
create
create "$SCOPE"
`
	out, _ := extract(t, src)
	if len(out.Requests) != 1 {
		t.Errorf("%d requests, want the definition's one", len(out.Requests))
	}
}

// Recursion, fan-out and a 10,000-deep chain of wrappers end quickly, and
// a deeper chain gives the same facts as a shorter one past the bound.
func TestFunctionBounds(t *testing.T) {
	out, _ := extract(t, deepChain())
	direct := 0
	for _, r := range out.Requests {
		for _, p := range r.Params {
			if p.Key == "initial_manage_principal" && p.Value.IsKnown() {
				direct++
			}
		}
	}
	// f2 reaches curl within the depth bound; f10000 does not: a chain
	// deeper than maxCallDepth is cut, never half-followed.
	if direct != 1 {
		t.Errorf("%d scope requests reached, want 1 (f2's)", direct)
	}
	if len(out.Requests) > maxCalls+2 {
		t.Errorf("%d requests from 3 curl commands: the call budget is not kept", len(out.Requests))
	}
}

// source makes the functions of a sourced file of the unit the script's;
// cycles and paths outside the root are not followed.
func TestSourcedFunctions(t *testing.T) {
	fset := token.NewFileSet()
	lib := shFile(fset, "scripts/lib/api.sh", []byte(`. "$(dirname "$0")/../deploy.sh"
dbx_api() { curl -X POST "$HOST/api/2.0/$1" -d "$2"; }
`))
	main := shFile(fset, "scripts/deploy.sh", []byte(`source "$(dirname "$0")/lib/api.sh"
source ../../outside.sh
dbx_api secrets/scopes/create '{"initial_manage_principal":"users"}'
`))
	files := map[string]*source.File{lib.Path: lib, main.Path: main}
	out := ExtractIn(facts.WholeFile(main, source.Shell), nil, func(p string) *source.File { return files[p] })
	r := requestTo(t, out, "curl", "secrets/scopes/create")
	p := pairNamed(t, r.Params, "initial_manage_principal")
	if got := at(fset, p.Value.Parts[0].Pos); got != "3:61" {
		t.Errorf("literal at %s, want 3:61 in deploy.sh", got)
	}
	if f := fset.File(r.Pos); f == nil || f.Name() != "scripts/deploy.sh" {
		t.Errorf("request not at its call in deploy.sh")
	}
	if f := fset.File(r.Body.Pos); f == nil || f.Name() != "scripts/lib/api.sh" {
		t.Errorf("request's body not in lib/api.sh")
	}
	read := func(p string) ([]byte, bool) {
		if f, ok := files[p]; ok {
			return f.Src, true
		}
		return nil, false
	}
	if got := SourcedPaths(main.Path, main.Src, read); strings.Join(got, ",") != "scripts/lib/api.sh" {
		t.Errorf("SourcedPaths = %q", got)
	}
}

func TestResolveSource(t *testing.T) {
	for _, c := range []struct{ dir, text, want string }{
		{"ci", "./lib.sh", "ci/lib.sh"},
		{"ci", "lib/common.sh", "ci/lib/common.sh"},
		{"ci", "\x00env-ref:SCRIPT_DIR\x00/lib.sh", "ci/lib.sh"},
		{"ci", "../tools/env.sh", "tools/env.sh"},
		{"ci", "../../env.sh", ""},
		{"ci", "/etc/profile", ""},
		{"ci", "~/.bashrc", ""},
		{"ci", "\x00env-ref:HOME\x00", ""},
		{"ci", "lib/*.sh", ""},
	} {
		got, ok := resolveSource(c.dir, c.text)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("resolveSource(%q, %q) = %q, want %q", c.dir, c.text, got, c.want)
		}
	}
}

// A call without arguments still sees the variables assigned since the
// definition: the common "functions first, settings, then calls" layout.
func TestFunctionReadsLaterGlobals(t *testing.T) {
	src := `create() { curl -X POST "$HOST/api/2.0/secrets/scopes/create" -d "{\"scope\":\"etl\",\"initial_manage_principal\":\"$PRINCIPAL\"}"; }
PRINCIPAL=users
create
`
	out, fset := extract(t, src)
	found := false
	for _, r := range out.Requests {
		for _, p := range r.Params {
			if p.Key == "initial_manage_principal" && p.Value.IsKnown() {
				found = true
				if got := at(fset, p.Value.Parts[0].Pos); got != "2:11" {
					t.Errorf("principal at %s, want 2:11 where it is assigned", got)
				}
			}
		}
	}
	if !found {
		t.Errorf("the call does not see PRINCIPAL")
	}
}

// deepChain is a 10,000-deep chain of wrappers, a short one and a function
// that recurses twice: what the bounds must keep cheap.
func deepChain() string {
	var b strings.Builder
	b.WriteString("f0() { curl -X POST \"$HOST/api/2.0/$1\" -d \"$2\"; }\n")
	for i := 1; i <= 10000; i++ {
		fmt.Fprintf(&b, "f%d() { f%d \"$@\"; }\n", i, i-1)
	}
	b.WriteString("f10000 secrets/scopes/create '{\"initial_manage_principal\":\"users\"}'\n")
	b.WriteString("f2 secrets/scopes/create '{\"initial_manage_principal\":\"users\"}'\n")
	b.WriteString("r() { r \"$@\"; r \"$@\"; curl -d \"$1\" https://x/api/2.0/token/create; }\nr '{\"lifetime_seconds\":0}'\n")
	return b.String()
}

func BenchmarkFunctionBounds(b *testing.B) {
	src := deepChain()
	for b.Loop() {
		extract(b, src)
	}
}
