package dbx202

import (
	"fmt"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// managementHeader carries the service principal's Azure Resource Manager
// token when it calls a workspace it is not a member of (databricks-sdk-go
// config/auth_azure_cli.go).
const managementHeader = "X-Databricks-Azure-SP-Management-Token"

// maxHops bounds how far a header value is followed back through names
// (token = resp.json()["access_token"]; resp = requests.post(...)).
const maxHops = 3

// managementTokens follows the values sent as the management header back to
// the token requests that produced them, through assignments in the same
// file, and reports a request whose resource is not Resource Manager: the
// one case where a resource such as Microsoft Graph is clearly wrong.
func (c *checker) managementTokens(f *facts.File, reqs []*tokenRequest) {
	var headers []facts.Pair
	for _, p := range f.Pairs {
		if strings.EqualFold(p.Key, managementHeader) {
			headers = append(headers, p)
		}
	}
	for _, r := range f.Requests {
		for _, h := range r.Headers {
			if strings.EqualFold(h.Key, managementHeader) {
				headers = append(headers, h)
			}
		}
	}
	if len(headers) == 0 || len(reqs) == 0 {
		return
	}
	bindings := map[string][]facts.Value{}
	var bound []facts.Value
	for _, p := range f.Pairs {
		if p.Origin == facts.Assignment || p.Origin == facts.EnvAssign {
			bindings[p.Key] = append(bindings[p.Key], p.Value)
			bound = append(bound, p.Value)
		}
	}
	l := linker{bindings: bindings, bound: bound, reqs: reqs}
	for _, h := range headers {
		for _, tr := range l.producers(h.Value, 0) {
			c.managementResource(tr)
		}
	}
}

// linker finds the token requests a value comes from.
type linker struct {
	bindings map[string][]facts.Value // name -> values assigned to it
	bound    []facts.Value            // every assigned value
	reqs     []*tokenRequest
}

// producers returns the token requests whose results v is made of. A part
// of v may start where a request does (written inline), be an assigned
// expression that holds one (shell folds $TOKEN to its $(curl ...), keeping
// its position), or name something to follow to its assignments.
func (l *linker) producers(v facts.Value, hops int) []*tokenRequest {
	if hops >= maxHops {
		return nil
	}
	var out []*tokenRequest
	for _, p := range v.Parts {
		if p.Kind == facts.Literal || p.Kind == facts.Folded {
			continue
		}
		for _, tr := range l.reqs {
			if tr.req.Pos == p.Pos {
				out = append(out, tr)
			}
		}
		for _, b := range l.bound {
			if b.Pos == p.Pos {
				out = append(out, l.within(b)...)
			}
		}
	}
	for _, name := range refNames(v) {
		for _, b := range l.bindings[name] {
			if in := l.within(b); len(in) > 0 {
				out = append(out, in...)
			} else {
				out = append(out, l.producers(b, hops+1)...)
			}
		}
	}
	return out
}

// within returns the token requests written inside an assigned expression.
func (l *linker) within(b facts.Value) []*tokenRequest {
	var out []*tokenRequest
	for _, tr := range l.reqs {
		if b.Pos <= tr.req.Pos && tr.req.End <= b.End {
			out = append(out, tr)
		}
	}
	return out
}

// managementResource reports a management-token request whose resource is
// not Azure Resource Manager.
func (c *checker) managementResource(tr *tokenRequest) {
	c.use = span{tr.req.Pos, tr.req.End}
	for _, p := range tr.req.Params {
		if k := strings.ToLower(p.Key); k != "resource" && k != "scope" {
			continue
		}
		for _, w := range words(p) {
			if oidcScopes[w.res] || !w.isResource {
				continue
			}
			host := facts.URLHost(w.res)
			if _, ok := armAudiences[host]; ok {
				continue
			}
			what := fmt.Sprintf("%q", w.res)
			if strings.EqualFold(w.res, databricksAppID) {
				what = "the Azure Databricks application ID (the two tokens are swapped?)"
			}
			c.report(p.Value, w.i, w.resEnd, fmt.Sprintf(
				"%s asks for %s, but its token is sent as %s, which must be an Azure Resource Manager token; "+
					"ask for %s", tr.describe(), what, managementHeader, armAudienceFor(tr.authority)), nil)
		}
	}
}
