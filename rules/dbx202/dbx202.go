// Package dbx202 reports Azure AD (Entra ID) token requests that ask for the
// wrong resource, or ask in the wrong shape, so that Azure AD refuses them
// (AADSTS500011, AADSTS901002, AADSTS70011, AADSTS1002012, AADSTS900144) or
// issues a token Azure Databricks rejects: a workspace URL or a misspelt
// application ID as the resource, resource= on the v2.0 endpoint, scope= on
// v1, a client-credentials scope without /.default, an authority and a
// resource from different clouds, and a non-ARM token sent as the
// X-Databricks-Azure-SP-Management-Token. Fixes are offered where one edit of
// literals is unambiguous.
package dbx202

import (
	_ "embed"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/libmodel"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX202",
	Name:      "aad-resource",
	Title:     "Azure AD token request for the wrong resource or in the wrong shape",
	Summary:   "An Azure AD token request names a resource Azure Databricks does not accept (a workspace URL, a misspelt application ID, a resource of another cloud, a non-ARM management token) or uses the parameter the endpoint version does not take. Azure AD refuses the request (AADSTS500011, AADSTS901002, AADSTS70011) or the workspace rejects the token; the fix is usually one literal.",
	Severity:  meta.Error,
	Security:  4.0,
	Precision: meta.High,
	CWE:       "CWE-1284",
	Tags:      []string{"azure", "oauth"},
	// Every finding sits on a resource or scope parameter; msal and
	// azure.identity take scopes positionally.
	Keywords: []string{"resource", "scope", "get_token", "acquire_token"},
	Help:     doc,
}

// Analyzer is the rule.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.ID,
	Doc:      Meta.Doc(),
	URL:      Meta.HelpURL(),
	Requires: []*analysis.Analyzer{extract.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	c := &checker{pass: pass, unit: unit, seen: map[token.Pos]bool{}}
	for _, f := range unit.Files {
		var reqs []*tokenRequest
		for i := range f.Requests {
			if tr, ok := classify(&f.Requests[i]); ok {
				reqs = append(reqs, tr)
				c.use = span{tr.req.Pos, tr.req.End}
				c.request(tr)
			}
		}
		reqs = append(reqs, c.libraryRequests(f)...)
		c.managementTokens(f, reqs)
		// A misspelt application ID is wrong wherever it is written as a
		// resource or scope, also in a constant no visible request uses.
		for _, p := range f.Pairs {
			if k := strings.ToLower(p.Key); strings.Contains(k, "resource") || strings.Contains(k, "scope") {
				c.use = span{min(p.KeyPos, p.Value.Pos), max(p.KeyEnd, p.Value.End)}
				c.misspeltIDs(p.Value)
			}
		}
	}
	return nil, nil
}

// flow is the protocol of a token request, which decides the parameter that
// names the resource and its shape.
type flow uint8

const (
	v1       flow = iota + 1 // /oauth2/token: resource=<resource>
	v2                       // /oauth2/v2.0/token, msal, azure.identity: scope=<resource>/.default
	azureCLI                 // az: --resource <resource> or --scope <resource>/.default
	identity                 // managed identity (IMDS, App Service): resource=, by design
)

// tokenRequest is a request recognised as asking Azure AD for a token.
type tokenRequest struct {
	req       *facts.Request
	flow      flow
	authority cloud
	// clientCredentials is set when grant_type=client_credentials is
	// written: only then must every scope end in /.default.
	clientCredentials bool
}

// classify recognises Azure AD token requests.
func classify(req *facts.Request) (*tokenRequest, bool) {
	u := req.URL.Text()
	host := facts.URLHost(u)
	tr := &tokenRequest{req: req, authority: hostCloud(host)}
	if !isLoginHost(host) {
		tr.authority = noCloud
	}
	switch {
	case req.Tool == "msal" || req.Tool == "azure.identity":
		tr.flow = v2
	case req.Tool == "az":
		tr.flow = azureCLI
	case managedIdentity(req, u):
		tr.flow = identity
	case !isLoginHost(host) && host != "":
		return nil, false // another identity provider (Salesforce also has /oauth2/token)
	case strings.Contains(u, "/services/oauth2/") || strings.Contains(u, "/adfs/oauth2/"):
		return nil, false // Salesforce and AD FS behind a host in a variable
	case strings.Contains(u, "/oauth2/v2.0/token"):
		tr.flow = v2
	case strings.Contains(u, "/oauth2/token"):
		tr.flow = v1
	default:
		return nil, false
	}
	if g, ok := param(req, "grant_type"); ok && g.Value.Text() == "client_credentials" {
		tr.clientCredentials = true
	}
	return tr, true
}

// managedIdentity recognises the managed-identity endpoints (Azure IMDS,
// App Service and Functions, Cloud Shell), which take resource= on purpose.
func managedIdentity(req *facts.Request, u string) bool {
	for _, marker := range []string{"169.254.169.254", "/metadata/identity/", "MSI_ENDPOINT", "IDENTITY_ENDPOINT", "localhost:50342"} {
		if strings.Contains(u, marker) {
			return true
		}
	}
	for _, h := range req.Headers {
		if strings.EqualFold(h.Key, "Metadata") || strings.EqualFold(h.Key, "X-IDENTITY-HEADER") || strings.EqualFold(h.Key, "Secret") {
			return true
		}
	}
	return false
}

// param returns the request's first parameter named key.
func param(req *facts.Request, key string) (facts.Pair, bool) {
	for _, p := range req.Params {
		if strings.EqualFold(p.Key, key) {
			return p, true
		}
	}
	return facts.Pair{}, false
}

// describe names a token request in messages.
func (tr *tokenRequest) describe() string {
	switch tr.flow {
	case azureCLI:
		return "az token request"
	case identity:
		return "managed-identity token request"
	}
	switch tr.req.Tool {
	case "msal":
		return "msal token request"
	case "azure.identity":
		return "azure.identity get_token"
	}
	if tr.flow == v1 {
		return "Azure AD v1 token request (" + tr.req.Tool + ")"
	}
	return "Azure AD v2.0 token request (" + tr.req.Tool + ")"
}

// libraryRequests checks the calls that the library model says ask Azure AD
// for a token (rules/libmodel) and that no front-end made a Request of:
// adal's acquire_token_with_client_credentials(resource, …) is a v1 token
// request, a scope argument a v2 one.
func (c *checker) libraryRequests(f *facts.File) []*tokenRequest {
	var out []*tokenRequest
	for _, call := range f.Calls {
		if hasRequest(f, call.Pos, call.End) {
			continue
		}
		var tr *tokenRequest
		for _, a := range libmodel.Args(f, call) {
			if a.Carries != libmodel.Resource && !(a.Carries == libmodel.Scope && looksLikeScope(a.Value.Text())) {
				continue
			}
			if tr == nil {
				tr = &tokenRequest{req: &facts.Request{Tool: a.Library, Method: "POST", Pos: call.Pos, End: call.End}, authority: noCloud}
			}
			key := "scope"
			if a.Carries == libmodel.Resource {
				key, tr.flow = "resource", v1
			} else if tr.flow == 0 {
				tr.flow = v2
			}
			tr.req.Params = append(tr.req.Params, facts.Pair{Key: key, KeyPos: a.Value.Pos, KeyEnd: a.Value.End,
				Path: call.Callee, Value: a.Value, Origin: facts.KeywordArg})
		}
		if tr != nil {
			c.use = span{call.Pos, call.End}
			c.request(tr)
			out = append(out, tr)
		}
	}
	return out
}

// looksLikeScope keeps a method named like a token call of another library
// (vault.get_token("role")) out: an Azure AD scope is a URL or ends in /.default.
func looksLikeScope(s string) bool {
	return strings.Contains(s, "://") || strings.HasSuffix(s, "/.default")
}

// hasRequest reports whether a front-end already made a Request of the call at [pos, end).
func hasRequest(f *facts.File, pos, end token.Pos) bool {
	for _, r := range f.Requests {
		if r.Pos == pos && r.End == end {
			return true
		}
	}
	return false
}
