package dbx202

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
)

const defaultSuffix = "/.default"

type checker struct {
	pass *analysis.Pass
	unit *facts.Unit
	seen map[token.Pos]bool // a literal used by several requests is reported once
	// use is the source range of the request (or pair) being checked: a fix
	// edits a literal written inside it. A literal written elsewhere is a
	// definition (WORKSPACE_URL="https://adb-…") that other code may read as
	// something else (the API host), so it is edited only when the
	// correction is right for every use and no other fact reads it.
	use   span
	reads []read // built on first need: which facts read which literal
}

// span is a source range.
type span struct{ pos, end token.Pos }

func (s span) contains(p token.Pos) bool { return s.pos <= p && p < s.end }
func (s span) overlaps(o span) bool      { return s.pos < o.end && o.pos < s.end }

// read says that the fact at reader has a literal part written at lit.
type read struct{ lit, reader span }

// word is one resource or scope in a parameter value, split into the
// resource and what follows it: "https://x/.default" is "https://x" and
// "/.default"; "2ff8…/user_impersonation" is the GUID and "/user_impersonation".
type word struct {
	param      facts.Pair
	i, j       int // the word in param.Value.Text()
	res        string
	resEnd     int // i + len(res)
	suffix     string
	isResource bool // res is a GUID or a URL, not a bare permission like "openid"
}

// words splits a parameter value into its scopes (space-separated for scope,
// one for resource), skipping those not written in the repository.
func words(p facts.Pair) []word {
	text := p.Value.Text()
	var out []word
	for i := 0; i < len(text); {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if j > i && p.Value.KnownAt(i, j) {
			res, suffix, isRes := splitResource(text[i:j])
			out = append(out, word{param: p, i: i, j: j, res: res, resEnd: i + len(res), suffix: suffix, isResource: isRes})
		}
		i = j
	}
	return out
}

// splitResource splits a scope into its resource and permission.
func splitResource(s string) (res, suffix string, isResource bool) {
	if id, _, _ := strings.Cut(s, "/"); isGUID(id) {
		return id, s[len(id):], true
	}
	scheme := strings.Index(s, "://")
	if scheme <= 0 {
		return s, "", false
	}
	slash := strings.IndexByte(s[scheme+3:], '/')
	if slash < 0 {
		return s, "", true
	}
	hostEnd := scheme + 3 + slash
	rest := s[hostEnd:]
	if rest == "/" {
		return s, "", true
	}
	// Azure AD takes everything before the last slash as the resource
	// ("https://management.core.windows.net//.default").
	last := strings.LastIndexByte(rest, '/')
	return s[:hostEnd+last], rest[last:], true
}

// oidcScopes are the OpenID Connect scopes, which name no resource.
var oidcScopes = map[string]bool{"openid": true, "profile": true, "email": true, "offline_access": true}

// request checks one token request.
func (c *checker) request(tr *tokenRequest) {
	var resources, scopes []facts.Pair
	for _, p := range tr.req.Params {
		switch strings.ToLower(p.Key) {
		case "resource":
			resources = append(resources, p)
		case "scope":
			scopes = append(scopes, p)
		}
	}
	if tr.flow == identity {
		for _, p := range append(resources, scopes...) {
			c.misspeltIDs(p.Value)
		}
		return
	}
	for _, p := range resources {
		// resource= on v2.0 (AADSTS901002): it becomes a scope once fixed.
		asScope := tr.flow == v2
		if asScope {
			c.resourceOnV2(tr, p, len(scopes) == 0)
		}
		for _, w := range words(p) {
			// On v2.0 the key finding covers the shape: a resource= has none.
			if !c.value(tr, w, asScope) && !asScope {
				c.shape(tr, w, false)
			}
		}
	}
	for _, p := range scopes {
		keyFixed := false
		if tr.flow == v1 && len(resources) == 0 {
			keyFixed = c.scopeOnV1(tr, p)
		}
		asScope := tr.flow != v1
		for _, w := range words(p) {
			if oidcScopes[w.res] {
				continue
			}
			if !c.value(tr, w, asScope) && !keyFixed && asScope {
				c.shape(tr, w, true)
			}
		}
	}
}

// value checks the resource a word names: a workspace URL, a misspelt
// application ID, or a resource of another cloud than the authority. It
// reports whether it found one; its fix then also completes the scope.
func (c *checker) value(tr *tokenRequest, w word, asScope bool) bool {
	v := w.param.Value
	host := facts.URLHost(w.res)
	fix := databricksAppID
	if asScope && w.suffix == "" {
		fix += defaultSuffix // one edit makes the whole scope right
	}
	switch {
	case isDatabricksHost(host):
		msg := fmt.Sprintf(
			"%s names the Databricks URL %q as its resource: Azure AD knows no such resource (AADSTS500011); "+
				"Azure Databricks tokens are issued for the application ID %s in every workspace and cloud%s",
			tr.describe(), w.res, databricksAppID, scopeHint(asScope))
		if c.reportAtRequest(tr, w, msg) {
			return true
		}
		c.report(v, w.i, w.resEnd, msg, c.replace(v, w.i, w.resEnd, fix, "use the Azure Databricks application ID"))
	case isGUID(w.res) && misspeltAppID(w.res):
		c.misspelt(v, w.i, w.res, fix)
	case host != "" && tr.authority != noCloud && hostCloud(host) != noCloud && hostCloud(host) != tr.authority:
		c.report(v, w.i, w.resEnd, fmt.Sprintf(
			"%s asks the %s authority for %q, a resource of %s: Azure AD does not know it there (AADSTS500011); "+
				"use the login host and the resource of the workspace's cloud",
			tr.describe(), tr.authority, w.res, hostCloud(host)), nil)
	default:
		return false
	}
	return true
}

// reportAtRequest reports a workspace URL asked for as a resource at the
// request when the URL is a definition that other requests read too
// (WORKSPACE_URL is also every call's API host): the definition is right,
// the request is the defect. The finding stands at the request's resource
// parameter (or the value where the request uses it), the definition is
// related, and there is no fix. A request a shell function's body makes
// for a call that passes the URL through a variable (aad_token
// "$DATABRICKS_HOST") stands at the call, with the body's request related,
// whether or not other code reads the variable: the call is the one use the
// edit would be right for. It reports whether it did.
func (c *checker) reportAtRequest(tr *tokenRequest, w word, msg string) bool {
	v := w.param.Value
	pos, end := v.Span(w.i, w.resEnd)
	at := span{w.param.KeyPos, w.param.KeyEnd}
	wrapped := tr.req.Body.Pos.IsValid()
	if wrapped {
		at = c.use
	} else if !at.pos.IsValid() || at.contains(pos) {
		at = span{v.Pos, v.End}
	}
	if !at.pos.IsValid() || (at.pos <= pos && end <= at.end) || !wrapped && !c.readByOtherRequest(pos) {
		return false // written in the request, or no other request reads it
	}
	if c.seen[at.pos] {
		return true
	}
	c.seen[at.pos] = true
	related := tr.req.Body.MadeHere("the token request")
	what := "defined here and read by other code too"
	if wrapped {
		what = "defined here"
	}
	c.pass.Report(analysis.Diagnostic{Pos: at.pos, End: at.end, Category: Meta.Name, Message: msg,
		Related: append(related, analysis.RelatedInformation{Pos: pos, End: end, Message: what})})
	return true
}

// rewritten reports whether value() replaces the word's resource with a
// whole scope, so that no other fix may append to it.
func rewritten(w word) bool {
	return isDatabricksHost(facts.URLHost(w.res)) || isGUID(w.res) && misspeltAppID(w.res)
}

func scopeHint(asScope bool) string {
	if asScope {
		return " (scope " + databricksAppID + defaultSuffix + ")"
	}
	return ""
}

// misspeltIDs reports misspelt application IDs anywhere in a value: runs of
// hex digits and dashes that look like a GUID.
func (c *checker) misspeltIDs(v facts.Value) {
	text := v.Text()
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && (isHex(text[j]) || text[j] == '-') {
			j++
		}
		if j == i {
			i++
			continue
		}
		if id := text[i:j]; isGUID(id) && v.KnownAt(i, j) && misspeltAppID(id) {
			c.misspelt(v, i, id, databricksAppID)
		}
		i = j
	}
}

// misspelt reports a misspelt application ID at v's [i, i+len(guid)),
// fixed to fix.
func (c *checker) misspelt(v facts.Value, i int, guid, fix string) {
	c.report(v, i, i+len(guid), fmt.Sprintf(
		"%q is not the Azure Databricks application ID: it is %s from %s, and Azure AD will not find the resource (AADSTS500011)",
		guid, plural(levenshtein(strings.ToLower(guid), databricksAppID, maxTypoDistance), "character"), databricksAppID),
		c.misspeltFix(v, i, i+len(guid), fix))
}

// misspeltFix replaces a misspelt ID with fix (the ID, maybe with
// /.default) where it is used, or with the bare ID in a constant defined
// elsewhere, whose other uses may want no /.default.
func (c *checker) misspeltFix(v facts.Value, i, j int, fix string) []analysis.SuggestedFix {
	const msg = "use the Azure Databricks application ID"
	if fixes := c.replace(v, i, j, fix, msg); fixes != nil {
		return fixes
	}
	return c.replaceAnywhere(v, i, j, databricksAppID, msg)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// shape checks the permission after the resource: Azure AD v2.0 wants
// <resource>/.default for client credentials and a permission in any flow;
// v1 and az --resource want the bare resource.
func (c *checker) shape(tr *tokenRequest, w word, asScope bool) {
	v := w.param.Value
	switch {
	case !asScope && w.suffix == defaultSuffix:
		c.report(v, w.i, w.j, fmt.Sprintf(
			"%s sends %q as resource=, which names no resource: /.default belongs to v2.0 scopes (AADSTS500011); drop it",
			tr.describe(), v.Text()[w.i:w.j]),
			c.replace(v, w.resEnd, w.j, "", "drop /.default"))
	case asScope && w.isResource && w.suffix == "":
		c.report(v, w.i, w.j, fmt.Sprintf(
			"%s asks for scope %q, a resource without a permission (AADSTS70011); ask for %q",
			tr.describe(), w.res, w.res+defaultSuffix),
			c.replace(v, w.j, w.j, defaultSuffix, "append /.default"))
	case asScope && w.isResource && tr.clientCredentials && w.suffix != defaultSuffix:
		c.report(v, w.i, w.j, fmt.Sprintf(
			"%s uses client credentials with scope %q: that flow only accepts <resource>/.default (AADSTS1002012); ask for %q",
			tr.describe(), v.Text()[w.i:w.j], w.res+defaultSuffix),
			c.replace(v, w.resEnd, w.j, defaultSuffix, "ask for /.default"))
	}
}

// resourceOnV2 reports resource= sent to the v2.0 endpoint (AADSTS901002).
// The fix renames the key to scope and appends /.default, when the request
// has no scope already.
func (c *checker) resourceOnV2(tr *tokenRequest, p facts.Pair, canFix bool) {
	ws := words(p)
	var edits []analysis.TextEdit
	if canFix && len(ws) == 1 {
		w := ws[0]
		edits = c.renameKey(p, "scope")
		if edits != nil && w.isResource && w.suffix == "" && !rewritten(w) {
			if e := c.edit(p.Value, w.j, w.j, defaultSuffix); e != nil {
				edits = append(edits, *e)
			} else {
				edits = nil
			}
		}
		if edits != nil && w.suffix != "" && w.suffix != defaultSuffix {
			edits = nil
		}
	}
	c.reportAt(p.KeyPos, p.KeyEnd, p.Value, fmt.Sprintf(
		"%s sends resource=, which the v2.0 endpoint rejects (AADSTS901002); send scope=<resource>/.default, "+
			"or use the v1 endpoint /oauth2/token", tr.describe()),
		fixOf("send scope=<resource>/.default", edits))
}

// scopeOnV1 reports scope= on the v1 endpoint of a request without
// resource= (AADSTS900144). The fix renames the key to resource and drops
// /.default, when the scope is one resource.
func (c *checker) scopeOnV1(tr *tokenRequest, p facts.Pair) bool {
	ws := words(p)
	var edits []analysis.TextEdit
	if len(ws) == 1 && ws[0].isResource && (ws[0].suffix == "" || ws[0].suffix == defaultSuffix) {
		w := ws[0]
		edits = c.renameKey(p, "resource")
		if edits != nil && w.suffix == defaultSuffix {
			if e := c.edit(p.Value, w.resEnd, w.j, ""); e != nil {
				edits = append(edits, *e)
			} else {
				edits = nil
			}
		}
	}
	c.reportAt(p.KeyPos, p.KeyEnd, p.Value, fmt.Sprintf(
		"%s sends scope= without resource=: the v1 endpoint needs resource=<resource> (AADSTS900144); "+
			"send resource=, or use the v2.0 endpoint /oauth2/v2.0/token", tr.describe()),
		fixOf("send resource=<resource>", edits))
	return edits != nil
}

// renameKey is the edit that renames a parameter's key, when the key is
// written out exactly where KeyPos says, inside the request being fixed.
func (c *checker) renameKey(p facts.Pair, to string) []analysis.TextEdit {
	if !c.use.contains(p.KeyPos) {
		return nil
	}
	if got, ok := c.unit.SourceText(p.KeyPos, p.KeyEnd); !ok || got != p.Key {
		return nil
	}
	return []analysis.TextEdit{{Pos: p.KeyPos, End: p.KeyEnd, NewText: []byte(to)}}
}

// edit replaces the decoded range [i, j) of v with text, when the range is
// written byte for byte in one literal part (no escapes, no URL encoding) at
// the place of use: a constant defined elsewhere may serve other uses too.
func (c *checker) edit(v facts.Value, i, j int, text string) *analysis.TextEdit {
	return c.editPart(v, i, j, text, false)
}

// editPart is edit; anywhere also allows a literal defined outside the use,
// for corrections that are right for every use (a misspelt application ID),
// provided no other fact reads that literal.
func (c *checker) editPart(v facts.Value, i, j int, text string, anywhere bool) *analysis.TextEdit {
	off := 0
	for _, p := range v.Parts {
		pend := off + len(p.Text)
		if p.Kind == facts.Literal && p.Exact && i >= off && j <= pend && (i < pend || i == j) {
			e := &analysis.TextEdit{Pos: p.Pos + token.Pos(i-off), End: p.Pos + token.Pos(j-off), NewText: []byte(text)}
			inPlace := c.use.pos <= p.Pos && p.End <= c.use.end
			if inPlace || anywhere && !c.readElsewhere(e.Pos) {
				return e
			}
			return nil
		}
		off = pend
	}
	return nil
}

// readElsewhere reports whether a fact other than the one being checked
// (and other than the definition itself) reads the literal written at pos.
func (c *checker) readElsewhere(pos token.Pos) bool {
	if c.reads == nil {
		c.reads = readsOf(c.unit)
	}
	for _, r := range c.reads {
		if (r.lit.contains(pos) || r.lit.pos == pos) && !r.reader.contains(pos) && !r.reader.overlaps(c.use) {
			return true
		}
	}
	return false
}

// readByOtherRequest reports whether a request other than the one being
// checked reads the literal written at pos (in its URL, parameters or
// headers), or a configuration block does: the definition then serves that
// code too.
func (c *checker) readByOtherRequest(pos token.Pos) bool {
	reads := func(v facts.Value) bool {
		for _, p := range v.Parts {
			if (p.Kind == facts.Literal || p.Kind == facts.Folded) && (p.Pos == pos || p.Pos < pos && pos < p.End) {
				return true
			}
		}
		return false
	}
	for _, f := range c.unit.Files {
		for _, req := range f.Requests {
			if (span{req.Pos, req.End}).overlaps(c.use) {
				continue
			}
			if reads(req.URL) {
				return true
			}
			for _, p := range append(append([]facts.Pair(nil), req.Params...), req.Headers...) {
				if reads(p.Value) {
					return true
				}
			}
		}
		// A configuration block's attribute (a Terraform provider's host),
		// other than the definition itself.
		found := false
		for _, b := range f.Blocks {
			b.Walk(func(b *facts.Block) {
				for _, p := range b.Pairs {
					at := span{min(p.KeyPos, p.Value.Pos), max(p.KeyEnd, p.Value.End)}
					if !found && !at.contains(pos) && !at.overlaps(c.use) && reads(p.Value) {
						found = true
					}
				}
			})
		}
		if found {
			return true
		}
	}
	return false
}

// readsOf lists, for every fact of the unit, the literal parts it reads.
func readsOf(u *facts.Unit) []read {
	out := []read{}
	add := func(reader span, v facts.Value) {
		for _, p := range v.Parts {
			if p.Kind == facts.Literal || p.Kind == facts.Folded {
				out = append(out, read{lit: span{p.Pos, p.End}, reader: reader})
			}
		}
	}
	pairs := func(reader span, ps []facts.Pair) {
		for _, p := range ps {
			r := reader
			if r.pos == token.NoPos {
				r = span{min(p.KeyPos, p.Value.Pos), max(p.KeyEnd, p.Value.End)}
			}
			add(r, p.Value)
		}
	}
	for _, f := range u.Files {
		for _, v := range f.Values {
			add(span{v.Pos, v.End}, v)
		}
		pairs(span{}, f.Pairs)
		for _, call := range f.Calls {
			r := span{call.Pos, call.End}
			for _, a := range call.Args {
				add(r, a)
			}
			pairs(r, call.Kwargs)
		}
		for _, req := range f.Requests {
			r := span{req.Pos, req.End}
			add(r, req.URL)
			pairs(r, req.Params)
			pairs(r, req.Headers)
		}
		for _, b := range f.Blocks {
			b.Walk(func(b *facts.Block) { pairs(span{}, b.Pairs) })
		}
	}
	return out
}

// replace is a one-edit fix, or nil when the range is not exact.
func (c *checker) replace(v facts.Value, i, j int, text, msg string) []analysis.SuggestedFix {
	e := c.edit(v, i, j, text)
	if e == nil {
		return nil
	}
	return fixOf(msg, []analysis.TextEdit{*e})
}

// replaceAnywhere is replace for a literal that may be defined elsewhere.
func (c *checker) replaceAnywhere(v facts.Value, i, j int, text, msg string) []analysis.SuggestedFix {
	e := c.editPart(v, i, j, text, true)
	if e == nil {
		return nil
	}
	return fixOf(msg, []analysis.TextEdit{*e})
}

func fixOf(msg string, edits []analysis.TextEdit) []analysis.SuggestedFix {
	if len(edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}

// report reports the decoded range [i, j) of v.
func (c *checker) report(v facts.Value, i, j int, msg string, fixes []analysis.SuggestedFix) {
	pos, end := v.Span(i, j)
	c.reportAt(pos, end, v, msg, fixes)
}

// reportAt reports [pos, end), adding the place of use when the literal is
// written elsewhere (a constant from an earlier cell).
func (c *checker) reportAt(pos, end token.Pos, use facts.Value, msg string, fixes []analysis.SuggestedFix) {
	if c.seen[pos] {
		return
	}
	c.seen[pos] = true
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg, SuggestedFixes: fixes}
	d.Related = use.UsedHere(pos, end)
	if d.Related == nil && c.use.pos.IsValid() && !c.use.contains(pos) {
		// A sliced parameter keeps its definition's range: point at the request.
		d.Related = []analysis.RelatedInformation{{Pos: c.use.pos, End: c.use.end, Message: "used here"}}
	}
	c.pass.Report(d)
}
