package shell

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/facts/factstest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// extract runs Extract on a whole .sh file.
func extract(t testing.TB, src string) (*facts.File, *token.FileSet) {
	t.Helper()
	fset := token.NewFileSet()
	f := shFile(fset, "ci/rotate.sh", []byte(src))
	return Extract(facts.WholeFile(f, source.Shell), nil), fset
}

func shFile(fset *token.FileSet, name string, src []byte) *source.File {
	tf := fset.AddFile(name, -1, len(src))
	tf.SetLinesForContent(src)
	return &source.File{Path: name, Src: src, Tok: tf, Format: source.Code, Lang: source.Shell}
}

// at formats a position as line:column.
func at(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}

// spanOf returns where the substring sub of v's text is written.
func spanOf(t *testing.T, fset *token.FileSet, v facts.Value, sub string) string {
	t.Helper()
	i := strings.Index(v.Text(), sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, v.Text())
	}
	pos, _ := v.Span(i, i+len(sub))
	return at(fset, pos)
}

func requestTo(t *testing.T, out *facts.File, tool, urlPart string) facts.Request {
	t.Helper()
	for _, r := range out.Requests {
		if r.Tool == tool && strings.Contains(r.URL.Text(), urlPart) {
			return r
		}
	}
	t.Fatalf("no %s request to %q in %d requests", tool, urlPart, len(out.Requests))
	return facts.Request{}
}

func pairNamed(t *testing.T, pairs []facts.Pair, key string) facts.Pair {
	t.Helper()
	for _, p := range pairs {
		if p.Key == key {
			return p
		}
	}
	t.Fatalf("no pair %q", key)
	return facts.Pair{}
}

func callTo(t *testing.T, out *facts.File, callee string) facts.Call {
	t.Helper()
	for _, c := range out.Calls {
		if c.Callee == callee {
			return c
		}
	}
	var have []string
	for _, c := range out.Calls {
		have = append(have, c.Callee)
	}
	t.Fatalf("no call to %q; calls: %q", callee, have)
	return facts.Call{}
}

// checkPair checks a pair's origin, where its key and value are written,
// the value's text and its kind.
func checkPair(t *testing.T, fset *token.FileSet, p facts.Pair, origin facts.Origin, keyAt, valAt, text string, kind facts.Kind) {
	t.Helper()
	if p.Origin != origin {
		t.Errorf("%s: origin %s, want %s", p.Key, p.Origin, origin)
	}
	if got := at(fset, p.KeyPos); got != keyAt {
		t.Errorf("%s: key at %s, want %s", p.Key, got, keyAt)
	}
	if len(p.Value.Parts) > 0 {
		if got := at(fset, p.Value.Parts[0].Pos); got != valAt {
			t.Errorf("%s: value at %s, want %s", p.Key, got, valAt)
		}
	}
	if got := p.Value.Text(); got != text {
		t.Errorf("%s: value %q, want %q", p.Key, got, text)
	}
	if got := p.Value.Kind(); got != kind {
		t.Errorf("%s: kind %s, want %s", p.Key, got, kind)
	}
}

const aadScript = `#!/usr/bin/env bash
# Rotate the PAT of the nightly job: curl -d client_secret=commented-out
set -euo pipefail

TENANT_ID="72f988bf-86f1-41af-91ab-2d7cd011db47"
export DATABRICKS_HOST="https://adb-1234567890123456.7.azuredatabricks.net"

AAD_TOKEN=$(curl -sS -X POST "https://login.microsoftonline.com/$TENANT_ID/oauth2/token" \
  -d grant_type=client_credentials \
  -d "client_id=$ARM_CLIENT_ID" \
  -d "client_secret=$ARM_CLIENT_SECRET" \
  -d resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d | jq -r .access_token)

curl -sS -X POST "$DATABRICKS_HOST/api/2.0/token/create" \
  -H "Authorization: Bearer $AAD_TOKEN" \
  -d '{"comment": "nightly-etl", "lifetime_seconds": 7776000}'
`

func TestAzureADTokenRequest(t *testing.T) {
	out, fset := extract(t, aadScript)

	r := requestTo(t, out, "curl", "login.microsoftonline.com")
	if r.Method != "POST" {
		t.Errorf("method %q", r.Method)
	}
	if got, want := r.URL.Text(), "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/token"; got != want {
		t.Errorf("URL %q, want %q", got, want)
	}
	if got := r.URL.Kind(); got != facts.Folded {
		t.Errorf("URL kind %s, want folded (TENANT_ID is assigned a literal)", got)
	}
	// The tenant inside the URL points at its assignment on line 5.
	if got := spanOf(t, fset, r.URL, "72f988bf"); got != "5:12" {
		t.Errorf("tenant at %s, want 5:12", got)
	}
	checkPair(t, fset, pairNamed(t, r.Params, "grant_type"), facts.FormParam, "9:6", "9:17", "client_credentials", facts.Literal)
	checkPair(t, fset, pairNamed(t, r.Params, "client_secret"), facts.FormParam, "11:7", "11:21",
		facts.Placeholder(facts.EnvRef, "ARM_CLIENT_SECRET"), facts.EnvRef)
	checkPair(t, fset, pairNamed(t, r.Params, "resource"), facts.FormParam, "12:6", "12:15",
		"2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", facts.Literal)
	if got := len(r.Params); got != 4 {
		t.Errorf("%d params, want 4", got)
	}

	// The token the substitution prints is unknown, not an env var.
	tok := pairNamed(t, out.Pairs, "AAD_TOKEN")
	checkPair(t, fset, tok, facts.Assignment, "8:1", "8:11", facts.Placeholder(facts.Unknown, "$(curl)"), facts.Unknown)
	host := pairNamed(t, out.Pairs, "DATABRICKS_HOST")
	checkPair(t, fset, host, facts.EnvAssign, "6:8", "6:25", "https://adb-1234567890123456.7.azuredatabricks.net", facts.Literal)

	create := requestTo(t, out, "curl", "/api/2.0/token/create")
	lifetime := pairNamed(t, create.Params, "lifetime_seconds")
	checkPair(t, fset, lifetime, facts.JSONBody, "16:35", "16:54", "7776000", facts.Literal)
	if lifetime.Value.Type != facts.Number {
		t.Errorf("lifetime_seconds type %v, want Number", lifetime.Value.Type)
	}
	checkPair(t, fset, pairNamed(t, create.Params, "comment"), facts.JSONBody, "16:9", "16:20", "nightly-etl", facts.Literal)
	auth := pairNamed(t, create.Headers, "Authorization")
	if auth.Origin != facts.Header || at(fset, auth.KeyPos) != "15:7" || at(fset, auth.Value.Pos) != "15:22" {
		t.Errorf("Authorization header %s at %s, value at %s", auth.Origin, at(fset, auth.KeyPos), at(fset, auth.Value.Pos))
	}
	if k := auth.Value.Kind(); k != facts.Unknown {
		t.Errorf("bearer token kind %s, want unknown", k)
	}

	jq := callTo(t, out, "jq")
	checkPair(t, fset, pairNamed(t, jq.Kwargs, "-r"), facts.Flag, "12:57", "12:60", ".access_token", facts.Literal)

	// Comments are prose: the commented-out client_secret is nowhere.
	for _, v := range out.Values {
		if strings.Contains(v.Text(), "commented-out") {
			t.Errorf("comment text became a value at %s", at(fset, v.Pos))
		}
	}
	if len(out.Problems) != 0 {
		t.Errorf("problems: %v", out.Problems)
	}
}

const oidcScript = `# Databricks OAuth M2M for the deploy service principal
TOKEN_ENDPOINT="https://${DATABRICKS_HOST}/oidc/v1/token"
ACCESS_TOKEN=$(curl --request POST "$TOKEN_ENDPOINT" \
  -u "$CLIENT_ID:$CLIENT_SECRET" \
  --data 'grant_type=client_credentials&scope=all-apis' | jq -r '.access_token')
`

func TestOAuthM2MRequest(t *testing.T) {
	out, fset := extract(t, oidcScript)
	r := requestTo(t, out, "curl", "/oidc/v1/token")
	if r.URL.Via != "TOKEN_ENDPOINT" || r.URL.Kind() != facts.EnvRef {
		t.Errorf("URL via %q kind %s", r.URL.Via, r.URL.Kind())
	}
	if got := spanOf(t, fset, r.URL, "/oidc/v1/token"); got != "2:43" {
		t.Errorf("URL path at %s, want 2:43", got)
	}
	scope := pairNamed(t, r.Params, "scope")
	checkPair(t, fset, scope, facts.FormParam, "5:41", "5:47", "all-apis", facts.Literal)
	if pos, end := scope.Value.Span(0, len("all-apis")); at(fset, pos) != "5:47" || at(fset, end) != "5:55" {
		t.Errorf("all-apis spans %s-%s, want 5:47-5:55", at(fset, pos), at(fset, end))
	}
	// The same substring, found in the file's values.
	var data facts.Value
	for _, v := range out.Values {
		if strings.HasPrefix(v.Text(), "grant_type=") {
			data = v
		}
	}
	if got := spanOf(t, fset, data, "all-apis"); got != "5:47" {
		t.Errorf("all-apis value at %s, want 5:47", got)
	}

	user := pairNamed(t, r.Params, "user")
	if user.Origin != facts.Flag || at(fset, user.KeyPos) != "4:3" {
		t.Errorf("user %s at %s", user.Origin, at(fset, user.KeyPos))
	}
	text := user.Value.Text()
	colon := strings.LastIndex(text, ":")
	secret := user.Value.Slice(colon+1, len(text))
	if secret.Kind() != facts.EnvRef || at(fset, secret.Pos) != "4:18" {
		t.Errorf("$CLIENT_SECRET is %s at %s, want env-ref at 4:18", secret.Kind(), at(fset, secret.Pos))
	}
	if r.Method != "POST" {
		t.Errorf("method %q", r.Method)
	}
}

const patScript = `export DATABRICKS_TOKEN=dapi5f4e3d2c1b0a99887766554433221100
curl -s -H "Authorization: Bearer dapi0123456789abcdef0123456789abcdef" \
  https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list
curl -s --header "Authorization: Bearer ${DATABRICKS_TOKEN}" "$DATABRICKS_HOST/api/2.0/jobs/list?limit=25"
`

func TestBearerTokens(t *testing.T) {
	out, fset := extract(t, patScript)
	checkPair(t, fset, pairNamed(t, out.Pairs, "DATABRICKS_TOKEN"), facts.EnvAssign, "1:8", "1:25",
		"dapi5f4e3d2c1b0a99887766554433221100", facts.Literal)

	inline := pairNamed(t, requestTo(t, out, "curl", "clusters/list").Headers, "Authorization")
	if got := spanOf(t, fset, inline.Value, "dapi"); got != "2:35" {
		t.Errorf("inline PAT at %s, want 2:35", got)
	}
	if inline.Value.Kind() != facts.Literal {
		t.Errorf("inline header kind %s", inline.Value.Kind())
	}

	jobs := requestTo(t, out, "curl", "jobs/list")
	folded := pairNamed(t, jobs.Headers, "Authorization")
	if got := spanOf(t, fset, folded.Value, "dapi"); got != "1:25" {
		t.Errorf("folded PAT at %s, want its assignment 1:25", got)
	}
	if folded.Value.Kind() != facts.Folded || folded.Value.Via != "DATABRICKS_TOKEN" {
		t.Errorf("folded header kind %s via %q", folded.Value.Kind(), folded.Value.Via)
	}
	checkPair(t, fset, pairNamed(t, jobs.Params, "limit"), facts.QueryParam, "4:98", "4:104", "25", facts.Literal)
	if jobs.Method != "GET" {
		t.Errorf("method %q", jobs.Method)
	}
}

const heredocScript = `cat > payload.json <<'JSON'
{
  "application_id": "6f1b0c5e-2d7a-4c9b-8e3f-1a2b3c4d5e6f",
  "lifetime_seconds": 31536000,
  "comment": "obo for $PIPELINE"
}
JSON
databricks api post /api/2.0/token-management/on-behalf-of/tokens --json @payload.json

curl -X POST "https://$HOST/api/2.0/token/create" -d @- <<EOF
{"comment": "deploy $ENV", "lifetime_seconds": 0}
EOF

	cat <<-BODY | curl -d @- "https://$HOST/oidc/v1/token"
	grant_type=client_credentials&scope=all-apis
	BODY
`

func TestHeredocBodies(t *testing.T) {
	out, fset := extract(t, heredocScript)

	obo := requestTo(t, out, "databricks api", "on-behalf-of")
	if obo.Method != "POST" {
		t.Errorf("method %q", obo.Method)
	}
	checkPair(t, fset, pairNamed(t, obo.Params, "lifetime_seconds"), facts.JSONBody, "4:4", "4:23", "31536000", facts.Literal)
	// A quoted delimiter means no expansion: $PIPELINE is text.
	checkPair(t, fset, pairNamed(t, obo.Params, "comment"), facts.JSONBody, "5:4", "5:15", "obo for $PIPELINE", facts.Literal)

	create := requestTo(t, out, "curl", "token/create")
	checkPair(t, fset, pairNamed(t, create.Params, "lifetime_seconds"), facts.JSONBody, "11:29", "11:48", "0", facts.Literal)
	comment := pairNamed(t, create.Params, "comment")
	if comment.Value.Kind() != facts.EnvRef || spanOf(t, fset, comment.Value, "deploy") != "11:14" {
		t.Errorf("comment %q is %s", comment.Value.Text(), comment.Value.Kind())
	}

	// <<- strips the leading tabs, so the body starts one column in.
	oidc := requestTo(t, out, "curl", "oidc")
	checkPair(t, fset, pairNamed(t, oidc.Params, "scope"), facts.FormParam, "15:32", "15:38", "all-apis", facts.Literal)

	if callTo(t, out, "databricks api post").Args[0].Text() != "/api/2.0/token-management/on-behalf-of/tokens" {
		t.Error("databricks api path is not the first argument")
	}
}

const cliScript = `databricks secrets create-scope ci-scope --initial-manage-principal users
databricks secrets put-acl ci-scope data-eng READ
databricks secrets put-secret ci-scope sp-secret --string-value "dose0123456789abcdef0123456789abcd"
databricks --profile prod tokens create --lifetime-seconds 7776000 --comment "ci-deploy"
SP_SECRET=$(databricks secrets get-secret ci-scope sp-secret | jq -r .value | base64 --decode)
az login --service-principal -u "$ARM_CLIENT_ID" -p "$SP_SECRET" --tenant "$ARM_TENANT_ID"
TOKEN=$(az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query accessToken -o tsv)
az account get-access-token --scope https://management.azure.com/.default
az rest --method post --url "https://management.azure.com/subscriptions/$SUB/providers/Microsoft.Databricks/workspaces?api-version=2024-05-01" \
  --resource https://management.azure.com/ --body '{"location": "westeurope"}' --headers "Content-Type=application/json"
KV_SECRET=$(az keyvault secret show --vault-name kv-data --name dbx-pat --query value -o tsv)
`

func TestCLICalls(t *testing.T) {
	out, fset := extract(t, cliScript)

	scope := callTo(t, out, "databricks secrets create-scope")
	if len(scope.Args) != 1 || scope.Args[0].Text() != "ci-scope" {
		t.Errorf("create-scope args %v", scope.Args)
	}
	checkPair(t, fset, pairNamed(t, scope.Kwargs, "--initial-manage-principal"), facts.Flag, "1:42", "1:69", "users", facts.Literal)
	if acl := callTo(t, out, "databricks secrets put-acl"); len(acl.Args) != 3 || acl.Args[2].Text() != "READ" {
		t.Errorf("put-acl args %d", len(acl.Args))
	}
	put := callTo(t, out, "databricks secrets put-secret")
	checkPair(t, fset, pairNamed(t, put.Kwargs, "--string-value"), facts.Flag, "3:50", "3:66",
		"dose0123456789abcdef0123456789abcd", facts.Literal)
	if got := pairNamed(t, put.Kwargs, "--string-value").Path; got != "databricks secrets put-secret" {
		t.Errorf("kwarg path %q", got)
	}
	tokens := callTo(t, out, "databricks tokens create")
	checkPair(t, fset, pairNamed(t, tokens.Kwargs, "--lifetime-seconds"), facts.Flag, "4:41", "4:60", "7776000", facts.Literal)
	checkPair(t, fset, pairNamed(t, tokens.Kwargs, "--profile"), facts.Flag, "4:12", "4:22", "prod", facts.Literal)
	if len(tokens.Args) != 0 {
		t.Errorf("tokens create has args %v", tokens.Args)
	}

	// Reading a secret store is a secret reference, through jq and base64.
	sp := pairNamed(t, out.Pairs, "SP_SECRET")
	if sp.Value.Kind() != facts.SecretRef {
		t.Errorf("SP_SECRET is %s", sp.Value.Kind())
	}
	login := callTo(t, out, "az login")
	if p := pairNamed(t, login.Kwargs, "-p"); p.Value.Kind() != facts.SecretRef || p.Value.Via != "SP_SECRET" {
		t.Errorf("az login -p is %s via %q", p.Value.Kind(), p.Value.Via)
	}
	if kind := pairNamed(t, login.Kwargs, "-u").Value.Kind(); kind != facts.EnvRef {
		t.Errorf("az login -u is %s", kind)
	}
	if _, ok := callTo(t, out, "az login").Kwargs[0].Value, true; !ok || login.Kwargs[0].Key != "--service-principal" {
		t.Errorf("first az login flag %q", login.Kwargs[0].Key)
	}
	if kv := pairNamed(t, out.Pairs, "KV_SECRET"); kv.Value.Kind() != facts.SecretRef {
		t.Errorf("KV_SECRET is %s", kv.Value.Kind())
	}

	var tokenRequests []facts.Request
	for _, r := range out.Requests {
		if r.Tool == "az" && len(r.URL.Parts) == 0 {
			tokenRequests = append(tokenRequests, r)
		}
	}
	if len(tokenRequests) != 2 {
		t.Fatalf("%d az token requests, want 2", len(tokenRequests))
	}
	checkPair(t, fset, pairNamed(t, tokenRequests[0].Params, "resource"), facts.Flag, "7:37", "7:48",
		"2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", facts.Literal)
	if len(tokenRequests[0].Params) != 1 {
		t.Errorf("output flags became params: %d", len(tokenRequests[0].Params))
	}
	checkPair(t, fset, pairNamed(t, tokenRequests[1].Params, "scope"), facts.Flag, "8:29", "8:37",
		"https://management.azure.com/.default", facts.Literal)

	rest := requestTo(t, out, "az", "Microsoft.Databricks")
	if rest.Method != "POST" {
		t.Errorf("az rest method %q", rest.Method)
	}
	checkPair(t, fset, pairNamed(t, rest.Params, "resource"), facts.Flag, "10:3", "10:14", "https://management.azure.com/", facts.Literal)
	checkPair(t, fset, pairNamed(t, rest.Params, "location"), facts.JSONBody, "10:54", "10:66", "westeurope", facts.Literal)
	checkPair(t, fset, pairNamed(t, rest.Params, "api-version"), facts.QueryParam, "9:120", "9:132", "2024-05-01", facts.Literal)
	checkPair(t, fset, pairNamed(t, rest.Headers, "Content-Type"), facts.Header, "10:91", "10:104", "application/json", facts.Literal)
}

func TestOtherHTTPClients(t *testing.T) {
	src := `http POST https://h/api/2.0/token/create Authorization:"Bearer $T" lifetime_seconds:=7776000 comment=ci a==b
wget -qO- --post-data="grant_type=client_credentials&scope=all-apis" --header="Authorization: Basic $B" https://h/oidc/v1/token
`
	out, fset := extract(t, src)
	h := requestTo(t, out, "httpie", "token/create")
	if h.Method != "POST" {
		t.Errorf("httpie method %q", h.Method)
	}
	life := pairNamed(t, h.Params, "lifetime_seconds")
	checkPair(t, fset, life, facts.JSONBody, "1:68", "1:86", "7776000", facts.Literal)
	if life.Value.Type != facts.Number {
		t.Errorf("lifetime type %v", life.Value.Type)
	}
	checkPair(t, fset, pairNamed(t, h.Params, "a"), facts.QueryParam, "1:105", "1:108", "b", facts.Literal)
	if auth := pairNamed(t, h.Headers, "Authorization"); auth.Value.Kind() != facts.EnvRef || at(fset, auth.Value.Pos) != "1:57" {
		t.Errorf("httpie header %s at %s", auth.Value.Kind(), at(fset, auth.Value.Pos))
	}

	w := requestTo(t, out, "wget", "oidc")
	if w.Method != "POST" {
		t.Errorf("wget method %q", w.Method)
	}
	checkPair(t, fset, pairNamed(t, w.Params, "scope"), facts.FormParam, "2:54", "2:60", "all-apis", facts.Literal)
	if o := pairNamed(t, callTo(t, out, "wget").Kwargs, "-O"); o.Value.Text() != "-" {
		t.Errorf("-qO- gave -O %q", o.Value.Text())
	}
}

func TestLexing(t *testing.T) {
	src := "MSG=$'line1\\nline2'\n" + // 1
		"echo foo\\ bar \"a\\\"b\" 'it'\"'\"'s' -- -x\n" + // 2
		"curl https://h/x \\\n  -d pass\\\nword=abc # trailing comment -d no=1\n" + // 3-5
		"echo ${MISSING:-dapi00000000000000000000000000000000} ${#X} $((1+2)) $1 \"$(date)\"\n" + // 6
		"A=1 B=\"two\" env\n" // 7
	out, fset := extract(t, src)

	msg := pairNamed(t, out.Pairs, "MSG")
	if msg.Value.Text() != "line1\nline2" {
		t.Errorf("MSG %q", msg.Value.Text())
	}
	if got := spanOf(t, fset, msg.Value, "line2"); got != "1:14" {
		t.Errorf("line2 at %s, want 1:14 (after the \\n escape)", got)
	}

	echo := out.Calls[0]
	var args []string
	for _, a := range echo.Args {
		args = append(args, a.Text())
	}
	if got, want := strings.Join(args, "|"), `foo bar|a"b|it's|-x`; got != want {
		t.Errorf("echo args %q, want %q", got, want)
	}
	if got := spanOf(t, fset, echo.Args[0], "bar"); got != "2:11" {
		t.Errorf("bar at %s, want 2:11", got)
	}
	if got := spanOf(t, fset, echo.Args[1], "b"); got != "2:19" {
		t.Errorf("b of a\\\"b at %s, want 2:19", got)
	}

	// A line continuation inside a word joins it; the parts keep their lines.
	pass := pairNamed(t, requestTo(t, out, "curl", "h/x").Params, "password")
	if at(fset, pass.KeyPos) != "4:6" || at(fset, pass.Value.Pos) != "5:6" {
		t.Errorf("password key at %s value at %s", at(fset, pass.KeyPos), at(fset, pass.Value.Pos))
	}

	var line6 facts.Call
	for _, c := range out.Calls {
		if c.Callee == "echo" && at(fset, c.Pos) == "6:1" {
			line6 = c
		}
	}
	kinds := []facts.Kind{facts.EnvRef, facts.Unknown, facts.Unknown, facts.VarRef, facts.Unknown}
	for i, k := range kinds {
		if got := line6.Args[i].Kind(); got != k {
			t.Errorf("line 6 arg %d is %s, want %s", i, got, k)
		}
	}
	// The default of ${MISSING:-...} is written in the script: it is a value.
	found := false
	for _, v := range out.Values {
		if strings.HasPrefix(v.Text(), "dapi") && at(fset, v.Pos) == "6:17" {
			found = true
		}
	}
	if !found {
		t.Error("the default of ${MISSING:-dapi...} is not a value")
	}

	// A=1 B="two" env: assignments for one command only.
	a := pairNamed(t, out.Pairs, "B")
	checkPair(t, fset, a, facts.EnvAssign, "7:5", "7:8", "two", facts.Literal)
	if a.Path != "env" {
		t.Errorf("prefix assignment path %q", a.Path)
	}
	// Command names and flags are not values; "-x" after "--" is an argument.
	var values []string
	for _, v := range out.Values {
		values = append(values, v.Text())
	}
	for _, notValue := range []string{"echo", "curl", "-d", "env"} {
		if slices.Contains(values, notValue) {
			t.Errorf("%q is a value", notValue)
		}
	}
	if !slices.Contains(values, "-x") {
		t.Error("the argument -x after -- is not a value")
	}
}

func TestCaseAndFunctions(t *testing.T) {
	src := `deploy() {
  case "$TARGET" in
    prod|staging) HOST=adb-1.azuredatabricks.net ;;
    *) HOST=localhost ;;
  esac
  curl -H "Authorization: Bearer $TOKEN" "https://$HOST/api/2.0/clusters/list"
}
for profile in dev prod; do databricks -p "$profile" clusters list; done
`
	out, _ := extract(t, src)
	var callees []string
	for _, c := range out.Calls {
		callees = append(callees, c.Callee)
	}
	if got, want := strings.Join(callees, ","), "curl,databricks clusters list"; got != want {
		t.Errorf("calls %s, want %s", got, want)
	}
	// The last assignment wins: HOST folds to localhost.
	r := requestTo(t, out, "curl", "clusters")
	if got := r.URL.Text(); got != "https://localhost/api/2.0/clusters/list" {
		t.Errorf("URL %q", got)
	}
	if k := callTo(t, out, "databricks clusters list").Kwargs[0].Value.Kind(); k != facts.Unknown {
		t.Errorf("loop variable is %s", k)
	}
}

func TestNotebookCell(t *testing.T) {
	src := "# Databricks notebook source\n" +
		"# MAGIC %sh\n" +
		"# MAGIC export DATABRICKS_TOKEN=dapi0123456789abcdef0123456789abcdef\n" +
		"# MAGIC databricks api post /api/2.0/token/create --json '{\n" +
		"# MAGIC   \"lifetime_seconds\": 7776000\n" +
		"# MAGIC }'\n" +
		"\n# COMMAND ----------\n\n" +
		"# MAGIC %sh\n" +
		"# MAGIC curl -u \"token:$DATABRICKS_TOKEN\" https://h/api/2.0/clusters/list\n"
	fset := token.NewFileSet()
	f := shFile(fset, "notebooks/rotate.py", []byte(src))
	f.Format, f.Lang = source.Notebook, source.Python
	// cell cuts the "# MAGIC " prefixes of lines [from, to), as the notebook
	// front-end does.
	cell := func(from, to int) *facts.Code {
		c := facts.NewCode(f, source.Shell)
		off := 0
		for i, line := range strings.SplitAfter(src, "\n") {
			if i >= from && i < to {
				c.Add(off+len("# MAGIC "), []byte(line[len("# MAGIC "):]))
			}
			off += len(line)
		}
		return c
	}
	env := facts.NewEnv()
	first := Extract(cell(2, 6), env)
	second := Extract(cell(10, 11), env)

	api := requestTo(t, first, "databricks api", "token/create")
	life := pairNamed(t, api.Params, "lifetime_seconds")
	if at(fset, life.KeyPos) != "5:12" || at(fset, life.Value.Pos) != "5:31" || !life.Value.Parts[0].Exact {
		t.Errorf("lifetime_seconds key at %s value at %s", at(fset, life.KeyPos), at(fset, life.Value.Pos))
	}
	user := pairNamed(t, requestTo(t, second, "curl", "clusters").Params, "user")
	if got := spanOf(t, fset, user.Value, "dapi"); got != "3:33" {
		t.Errorf("PAT from the first cell at %s, want 3:33", got)
	}
	if got := at(fset, user.Value.Parts[0].Pos); got != "11:18" {
		t.Errorf("-u value at %s, want 11:18", got)
	}
}

func TestProblems(t *testing.T) {
	out, fset := extract(t, "echo ok\ncurl -d 'grant_type=client_credentials https://h\n")
	if len(out.Problems) != 1 || at(fset, out.Problems[0].Pos) != "2:9" || out.Problems[0].Fatal {
		t.Fatalf("problems %+v", out.Problems)
	}
	if len(out.Calls) != 2 {
		t.Errorf("%d calls, want 2: the facts before the error are kept", len(out.Calls))
	}
	out, _ = extract(t, strings.Repeat("$(", 5000))
	if len(out.Problems) == 0 {
		t.Error("deep nesting reported no problem")
	}
}

// TestTruncated feeds every prefix of the fixtures: no panic, and positions
// stay inside the file.
func TestTruncated(t *testing.T) {
	for _, src := range []string{aadScript, oidcScript, patScript, heredocScript, cliScript} {
		for i := range len(src) {
			fset := token.NewFileSet()
			f := shFile(fset, "t.sh", []byte(src[:i]))
			out := Extract(facts.WholeFile(f, source.Shell), nil)
			for _, v := range out.Values {
				if !f.Tok.Pos(0).IsValid() || v.Pos < f.Tok.Pos(0) || v.End > f.Tok.Pos(i) {
					t.Fatalf("prefix %d: value %q out of the file", i, v.Text())
				}
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{aadScript, oidcScript, heredocScript, "a=$'\\x4", "${a:-${b", "`a \"`", "cat <<-", "x=(a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		factstest.CheckExtract(t, func() (*token.FileSet, *source.File, *facts.File) {
			fset := token.NewFileSet()
			file := shFile(fset, "f.sh", []byte(src))
			return fset, file, Extract(facts.WholeFile(file, source.Shell), nil)
		})
	})
}

func TestDatabricksCLIJSONBodyJoinsTheCallsParameters(t *testing.T) {
	src := "databricks tokens create --json '{\"comment\": \"ci\", \"lifetime_seconds\": 31536000}'\n"
	f, fset := extract(t, src)
	if len(f.Calls) != 1 {
		t.Fatalf("%d calls", len(f.Calls))
	}
	for _, k := range f.Calls[0].Kwargs {
		if k.Key == "lifetime_seconds" {
			if k.Origin != facts.JSONBody || k.Value.Text() != "31536000" || k.Path != "databricks tokens create" {
				t.Errorf("pair %+v", k)
			}
			if p := fset.Position(k.Value.Parts[0].Pos); p.Line != 1 || p.Column != 72 {
				t.Errorf("lifetime at %d:%d, want 1:72", p.Line, p.Column)
			}
			return
		}
	}
	t.Errorf("no lifetime_seconds among %+v", f.Calls[0].Kwargs)
}
