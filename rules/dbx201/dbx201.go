// Package dbx201 reports OAuth token requests and client configurations that
// ask Databricks for the all-apis scope in writing. all-apis lets a token call
// every REST API its principal can reach; sql, fine-grained API scopes and
// scoped tokens are narrower.
//
// Only the written scope is reported: the SDKs, the CLI and Terraform ask for
// all-apis silently when no scope is configured, and flagging every
// configuration that omits scopes would flag every Databricks repository.
package dbx201

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/libmodel"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX201",
	Name:      "all-apis-scope",
	Title:     "OAuth token or app integration asks for the all-apis scope",
	Summary:   "A token request, SDK configuration, OAuth app integration or CLI profile asks for the all-apis scope, so the token can call every Databricks REST API its principal can reach. Request only the scopes the client needs (sql, or fine-grained API scopes) so that a leaked token is worth less.",
	Severity:  meta.Warning,
	Security:  5.0,
	Precision: meta.High,
	CWE:       "CWE-272",
	Tags:      []string{"oauth", "least-privilege"},
	Keywords:  []string{scopeAllAPIs},
	Help:      doc,
}

// Analyzer is the rule.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.ID,
	Doc:      Meta.Doc(),
	URL:      Meta.HelpURL(),
	Requires: []*analysis.Analyzer{extract.Analyzer},
	Run:      run,
}

const scopeAllAPIs = "all-apis"

// fixHint is the advice every finding ends with.
const fixHint = "the token can call every workspace API; request only the scopes the client needs " +
	"(sql, or fine-grained API scopes such as dashboards or unity-catalog) or use a scoped token"

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	r := reporter{pass: pass, unit: unit, seen: map[token.Pos]bool{}}
	for _, f := range unit.Files {
		// Requests first: they name the construct best. A dict that is both a
		// request body and a Pair is reported once, at its literal.
		for _, req := range f.Requests {
			if !databricksRequest(req) {
				continue
			}
			for _, p := range req.Params {
				if isScopeKey(p.Key) {
					r.check(p.Value, requestConstruct(req))
				}
			}
		}
		for _, c := range f.Calls {
			for _, a := range libmodel.Args(f, c) {
				// The Databricks libraries' scope arguments (rules/libmodel);
				// an Azure AD scope is DBX202's.
				if a.Carries == libmodel.Scope && strings.HasPrefix(a.Library, "databricks") {
					r.check(a.Value, fmt.Sprintf("%s(%s=…)", a.Callee, a.Param))
				}
			}
		}
		for _, p := range f.Pairs {
			if isScopeKey(p.Key) && !secretScope(p) {
				r.check(p.Value, pairConstruct(p))
			}
		}
		// The JSON and YAML front-ends keep no key for the strings of an
		// array ("scopes": ["all-apis"]), so a string that is nothing but a
		// scope list naming all-apis stands for itself there.
		if f.Source.Format == source.JSON || f.Source.Format == source.YAML {
			for _, v := range f.Values {
				if isScopeList(v.Text()) {
					r.check(v, "the scope list")
				}
			}
		}
	}
	return nil, nil
}

// isScopeKey reports whether a key holds OAuth scopes: scope, scopes, and
// prefixed names such as DATABRICKS_SCOPES or oauth_scope.
func isScopeKey(key string) bool {
	k := strings.ToLower(key)
	for _, name := range []string{"scopes", "scope"} {
		if rest, ok := strings.CutSuffix(k, name); ok && (rest == "" || strings.HasSuffix(rest, "_") || strings.HasSuffix(rest, "-") || strings.HasSuffix(rest, ".")) {
			return true
		}
	}
	return false
}

// secretScope recognises the other meaning of "scope" in Databricks: a
// secret scope (dbutils.secrets.get(scope=...), databricks_secret.scope,
// the Secrets API).
func secretScope(p facts.Pair) bool {
	return strings.Contains(strings.ToLower(p.Path), "secret") || strings.Contains(strings.ToLower(p.Key), "secret")
}

// databricksRequest excludes requests to identity providers other than
// Databricks (an Azure AD scope is DBX202's business); a request whose URL
// is unknown may be a Databricks token request.
func databricksRequest(req facts.Request) bool {
	host := facts.URLHost(req.URL.Text())
	for _, other := range []string{"login.microsoftonline.", "login.windows.net", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn", "googleapis.com", "accounts.google.com"} {
		if strings.Contains(host, other) {
			return false
		}
	}
	return true
}

// requestConstruct names a token request in a message.
func requestConstruct(req facts.Request) string {
	switch req.Tool {
	case "databricks-sdk":
		return "the Databricks SDK configuration"
	case "databricks api":
		return "the `databricks api` request"
	}
	if strings.Contains(strings.ToLower(req.URL.Text()), "/v1/token") {
		return fmt.Sprintf("the OAuth token request (%s)", req.Tool)
	}
	return fmt.Sprintf("the request (%s)", req.Tool)
}

// pairConstruct names a configuration entry in a message.
func pairConstruct(p facts.Pair) string {
	switch p.Origin {
	case facts.HCLAttr:
		return strings.TrimPrefix(p.Path, "resource.")
	case facts.INIKey:
		return "profile " + p.Path
	case facts.EnvAssign:
		return "environment variable " + p.Key
	}
	return fmt.Sprintf("%q", p.Key)
}

type reporter struct {
	pass *analysis.Pass
	unit *facts.Unit
	seen map[token.Pos]bool
}

// check reports the all-apis word in a scope value (space-, comma- or
// plus-separated lists, as form bodies and INI files write them).
func (r *reporter) check(v facts.Value, construct string) {
	text := v.Text()
	i := wordIndex(text, scopeAllAPIs)
	if i < 0 || !v.KnownAt(i, i+len(scopeAllAPIs)) {
		return
	}
	pos, end := r.span(v, i, i+len(scopeAllAPIs))
	if r.seen[pos] {
		return
	}
	r.seen[pos] = true
	d := analysis.Diagnostic{
		Pos: pos, End: end, Category: Meta.Name,
		Message: fmt.Sprintf("%s asks for the %q scope: %s", construct, scopeAllAPIs, fixHint),
	}
	d.Related = v.UsedHere(pos, end)
	r.pass.Report(d)
}

// span is Value.Span, made exact for a decoded part (scope=all-apis%20sql)
// by finding the word in the part's source text: all-apis has no character
// that URL or string escaping changes.
func (r *reporter) span(v facts.Value, i, j int) (token.Pos, token.Pos) {
	off := 0
	for _, p := range v.Parts {
		pend := off + len(p.Text)
		if i >= off && j <= pend && !p.Exact && p.Kind == facts.Literal {
			if raw, ok := r.unit.SourceText(p.Pos, p.End); ok {
				// Not wordIndex: in "scope=sql%20all-apis" the word follows "%20".
				if k := strings.Index(raw, scopeAllAPIs); k >= 0 {
					return p.Pos + token.Pos(k), p.Pos + token.Pos(k+len(scopeAllAPIs))
				}
			}
		}
		off = pend
	}
	return v.Span(i, j)
}

// wordIndex finds word in s where it stands alone in a scope list, not as a
// part of a longer name ("all-apis-readonly", "x-all-apis").
func wordIndex(s, word string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], word)
		if k < 0 {
			return -1
		}
		k += from
		if (k == 0 || !scopeChar(s[k-1])) && (k+len(word) == len(s) || !scopeChar(s[k+len(word)])) {
			return k
		}
		from = k + 1
	}
}

// scopeChar reports whether c can be part of a scope name.
func scopeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
}

// isScopeList reports whether s is nothing but a list of scope names, one of
// which is all-apis ("all-apis", "all-apis offline_access", "sql,all-apis").
// Without a key to go by, every other word must be a known scope or look
// like a scope name, so that prose mentioning all-apis is not a list.
func isScopeList(s string) bool {
	if wordIndex(s, scopeAllAPIs) < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		if !knownScopes[w] && !strings.ContainsAny(w, "-_.:") {
			return false
		}
		for k := 0; k < len(w); k++ {
			if !scopeChar(w[k]) {
				return false
			}
		}
	}
	return true
}

// knownScopes are the one-word scopes of Databricks OAuth app integrations.
var knownScopes = map[string]bool{"sql": true, "openid": true, "profile": true, "email": true}
