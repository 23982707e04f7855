// Package dbx203 reports Databricks personal access tokens created without a
// lifetime or with one above a maximum (Terraform, REST requests, the CLI,
// the Python SDK, JSON payloads), and workspace settings that let new tokens
// live longer than that maximum.
package dbx203

import (
	_ "embed"
	"fmt"
	"go/token"
	"math"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/secret"

	"github.com/bricklint/bricklint/internal/meta"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX203",
	Name:      "token-lifetime",
	Title:     "Databricks token created without a lifetime or with one above the maximum",
	Summary:   "A personal access token created without lifetime_seconds stays valid for the workspace maximum (730 days by default; an on-behalf-of token never expires), and a workspace setting of maxTokenLifetimeDays above the maximum lets every new token live that long. A leaked long-lived token keeps working long after anyone remembers it; short lifetimes with rotation bound the damage.",
	Severity:  meta.Warning,
	Security:  5.0,
	Precision: meta.High,
	CWE:       "CWE-613",
	Tags:      []string{"tokens", "expiration"},
	Keywords: []string{
		"databricks_token", "databricks_obo_token", "token/create", "on-behalf-of",
		"tokens create", "tokens.create", "create-obo-token", "create_obo_token",
		"lifetime_seconds", "maxtokenlifetimedays",
	},
	Help: doc,
}

// Analyzer is the rule.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.ID,
	Doc:      Meta.Doc(),
	URL:      Meta.HelpURL(),
	Requires: []*analysis.Analyzer{extract.Analyzer},
	Run:      run,
}

// maxDays is the longest token lifetime, in days, that is not reported.
// 90 days is the Databricks Security Analysis Tool's baseline for check IA-4
// ("PAT tokens with no lifetime limit"), and matches the 90 days after which
// Databricks revokes unused tokens
// (databricks-industry-solutions/security-analysis-tool configs/security_best_practices.csv).
var maxDays = lifetimeDays(defaultMaxDays)

const defaultMaxDays = 90

func init() {
	Analyzer.Flags.Var(&maxDays, "max-lifetime-days",
		"longest token lifetime, in days, that is not reported (1-730)")
}

// lifetimeDays is the max-lifetime-days option: a whole number of days in
// the range Databricks accepts for maxTokenLifetimeDays.
type lifetimeDays int

func (d *lifetimeDays) String() string { return strconv.Itoa(int(*d)) }

func (d *lifetimeDays) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > workspaceMaxDays {
		return fmt.Errorf("want a whole number of days from 1 to %d, got %q", workspaceMaxDays, s)
	}
	*d = lifetimeDays(n)
	return nil
}

// workspaceMaxDays is the longest lifetime Databricks allows (730 days, 2
// years), which tokens created without a lifetime get unless the workspace
// sets maxTokenLifetimeDays (terraform-provider-databricks docs/resources/workspace_conf.md).
const workspaceMaxDays = 730

const secondsPerDay = 86400

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	c := &checker{pass: pass, maxSeconds: int64(maxDays) * secondsPerDay, moduleSetsMax: moduleSetsMaxLifetime(unit)}
	for _, f := range unit.Files {
		for _, b := range f.Blocks {
			c.block(f, b)
		}
		for _, r := range f.Requests {
			c.request(r)
			for _, p := range r.Params { // shell request bodies are not among the file's pairs
				c.maxLifetimeSetting(p)
			}
		}
		for _, call := range f.Calls {
			c.call(f, call)
			for _, k := range call.Kwargs { // databricks workspace-conf set-status --json '{...}'
				c.maxLifetimeSetting(k)
			}
		}
		for _, p := range f.Pairs {
			c.maxLifetimeSetting(p)
		}
	}
	return nil, nil
}

type checker struct {
	pass       *analysis.Pass
	maxSeconds int64
	// moduleSetsMax is true when a databricks_workspace_conf of the module
	// sets maxTokenLifetimeDays (or may: its custom_config is not known).
	moduleSetsMax bool
}

// tokenKind says what a missing lifetime means for a kind of token.
type tokenKind int

const (
	personal   tokenKind = iota // capped at the workspace maximum, 730 days by default
	onBehalfOf                  // never expires (databricks_obo_token docs)
)

func (k tokenKind) noLifetime() string {
	if k == onBehalfOf {
		return "the token never expires"
	}
	return "the token is valid for the workspace maximum (730 days by default)"
}

// block checks Terraform token resources and JSON token-create payloads.
func (c *checker) block(f *facts.File, top *facts.Block) {
	if top.Type == "json" && f.HasKind("token-create") {
		// A payload without lifetime_seconds is not reported: {"comment": ...}
		// alone is too common to be sure it is a token request.
		if p, ok := top.Get("lifetime_seconds"); ok {
			c.lifetime("token request payload", "lifetime_seconds", p.Value, personal)
		}
		return
	}
	if top.Type != "resource" || len(top.Labels) != 2 {
		return
	}
	kind := personal
	switch top.Labels[0] {
	case "databricks_token":
	case "databricks_obo_token":
		kind = onBehalfOf
	case "databricks_workspace_conf":
		c.workspaceConf(top)
		return // maxTokenLifetimeDays values are checked with every other pair
	default:
		return
	}
	what := fmt.Sprintf("%s %q", top.Labels[0], top.Labels[1])
	p, ok := top.Get("lifetime_seconds")
	if !ok {
		c.report(top.Pos, top.Pos, facts.Value{}, fmt.Sprintf("%s sets no lifetime_seconds: %s; %s", what, kind.noLifetime(), c.fix("lifetime_seconds")))
		return
	}
	c.lifetime(what, "lifetime_seconds", p.Value, kind)
}

// lifetime reports a lifetime (key is lifetime_seconds or the CLI's
// --lifetime-seconds) that is null, not positive or above the maximum.
// Values that are not known (variables without a value, environment
// lookups) are left alone.
func (c *checker) lifetime(what, key string, v facts.Value, kind tokenKind) {
	if !v.IsKnown() {
		return
	}
	pos, end := v.Span(0, len(v.Text()))
	if v.Type == facts.Null {
		c.report(pos, end, v, fmt.Sprintf("%s sets %s to null: %s; %s", what, key, kind.noLifetime(), c.fix(key)))
		return
	}
	n, ok := number(v.Text())
	switch {
	case !ok:
		return
	case n <= 0:
		c.report(pos, end, v, fmt.Sprintf("%s sets %s %s, which sets no expiry; %s", what, key, v.Text(), c.fix(key)))
	case n > float64(c.maxSeconds):
		c.report(pos, end, v, fmt.Sprintf("%s %s %s is %s, above the %d-day maximum; %s",
			what, key, v.Text(), days(n), maxDays, c.fix(key)))
	}
}

func (c *checker) fix(key string) string {
	return fmt.Sprintf("set %s to at most %d (%d days) and rotate the token", key, c.maxSeconds, maxDays)
}

// days renders a lifetime in seconds as days for a message.
func days(seconds float64) string {
	d := seconds / secondsPerDay
	if d == math.Trunc(d) {
		return fmt.Sprintf("%d days", int64(d))
	}
	return fmt.Sprintf("%.1f days", d)
}

// number reads an integer or decimal written as a JSON/HCL number or a
// numeric string.
func number(s string) (float64, bool) {
	n, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		return 0, false
	}
	return n, true
}

// request checks POST /api/2.0/token/create and the on-behalf-of token
// endpoint, whatever sent them (curl, requests, databricks api).
func (c *checker) request(r facts.Request) {
	if r.Method != "POST" {
		return
	}
	url := r.URL.Text()
	if q := strings.IndexAny(url, "?#"); q >= 0 {
		url = url[:q]
	}
	url = strings.TrimSuffix(url, "/")
	var kind tokenKind
	var what string
	switch {
	case strings.HasSuffix(url, "/api/2.0/token/create"):
		kind, what = personal, "token request (POST /api/2.0/token/create)"
	case strings.HasSuffix(url, "/api/2.0/token-management/on-behalf-of/tokens"):
		kind, what = onBehalfOf, "on-behalf-of token request"
	default:
		return
	}
	body := false
	for _, p := range r.Params {
		if p.Origin != facts.JSONBody {
			continue
		}
		body = true
		if p.Key == "lifetime_seconds" {
			c.lifetime(what, p.Key, p.Value, kind)
			return
		}
	}
	// Only a body that was read can be known to lack the lifetime: curl -d
	// @file of a file the script did not write may hold one.
	if body {
		c.report(r.Pos, r.End, facts.Value{}, fmt.Sprintf("%s sets no lifetime_seconds: %s; %s", what, kind.noLifetime(), c.fix("lifetime_seconds")),
			r.Body.MadeHere("the request")...)
	}
}

// call checks the CLI (databricks tokens create, databricks
// token-management create-obo-token) and the Python SDK
// (w.tokens.create, w.token_management.create_obo_token).
func (c *checker) call(f *facts.File, call facts.Call) {
	var kind tokenKind
	var flag string
	switch {
	case call.Callee == "databricks tokens create":
		kind, flag = personal, "--lifetime-seconds"
	case call.Callee == "databricks token-management create-obo-token":
		kind, flag = onBehalfOf, "--lifetime-seconds"
	case strings.HasSuffix(call.Callee, ".tokens.create") && usesDatabricks(f):
		kind, flag = personal, "lifetime_seconds"
	case strings.HasSuffix(call.Callee, ".token_management.create_obo_token") && usesDatabricks(f):
		kind, flag = onBehalfOf, "lifetime_seconds"
	default:
		return
	}
	jsonFlag, jsonRead := false, false
	for _, k := range call.Kwargs {
		switch {
		case k.Key == flag, k.Origin == facts.JSONBody && k.Key == "lifetime_seconds":
			c.lifetime(call.Callee, k.Key, k.Value, kind)
			return
		case k.Key == "--json":
			jsonFlag = true
		case k.Origin == facts.JSONBody:
			jsonRead = true
		}
	}
	if jsonFlag && !jsonRead {
		return // a --json body that could not be read may hold the lifetime
	}
	if call.Unpacks {
		return // f(**opts) with opts unknown may pass the lifetime
	}
	c.report(call.Pos, call.End, facts.Value{}, fmt.Sprintf("%s without %s: %s; %s", call.Callee, flag, kind.noLifetime(), c.fix(flag)),
		call.Body.MadeHere("the command")...)
}

// usesDatabricks reports whether a file mentions Databricks at all (a
// notebook's header, an SDK import), which makes x.tokens.create the SDK's.
func usesDatabricks(f *facts.File) bool {
	return secret.ContainsFold(f.Source.Src, "databricks")
}

// workspaceConf reports a databricks_workspace_conf that manages the
// workspace's settings as code but leaves maxTokenLifetimeDays out: new tokens
// may then be created for up to 730 days (the value itself is checked by
// maxLifetimeSetting wherever it is written).
func (c *checker) workspaceConf(top *facts.Block) {
	if c.moduleSetsMax {
		return
	}
	c.report(top.Pos, top.Pos, facts.Value{}, fmt.Sprintf(
		"databricks_workspace_conf %q sets no maxTokenLifetimeDays: new personal access tokens can live %d days (the platform maximum); add \"maxTokenLifetimeDays\" = \"%d\" to custom_config",
		top.Labels[1], workspaceMaxDays, c.maxSeconds/secondsPerDay))
}

// moduleSetsMaxLifetime reports whether any databricks_workspace_conf of the
// unit (a Terraform module) sets maxTokenLifetimeDays, or has a custom_config
// whose keys are not known (custom_config = local.conf).
func moduleSetsMaxLifetime(unit *facts.Unit) bool {
	for _, f := range unit.Files {
		for _, b := range f.Blocks {
			if b.Type != "resource" || len(b.Labels) != 2 || b.Labels[0] != "databricks_workspace_conf" {
				continue
			}
			if conf := b.Child("custom_config"); conf != nil {
				if _, ok := conf.Get("maxTokenLifetimeDays"); ok {
					return true
				}
			} else if _, ok := b.Get("custom_config"); ok {
				return true
			}
		}
	}
	return false
}

// maxLifetimeSetting checks a workspace setting maxTokenLifetimeDays wherever
// it is written: databricks_workspace_conf.custom_config, PATCH
// /api/2.0/workspace-conf bodies, JSON payloads, SDK dicts. Only explicit
// values are reported: leaving the setting out is the default of every
// workspace, not something a repository did.
func (c *checker) maxLifetimeSetting(p facts.Pair) {
	if p.Key != "maxTokenLifetimeDays" || !p.Value.IsKnown() {
		return
	}
	v := p.Value
	text := strings.TrimSpace(v.Text())
	pos, end := v.Span(0, len(v.Text()))
	n, ok := number(text)
	if v.Type == facts.Null || text == "" || ok && n < 1 {
		shown := strconv.Quote(text)
		if v.Type == facts.Null {
			shown = "null"
		}
		c.report(pos, end, v, fmt.Sprintf("maxTokenLifetimeDays %s sets no usable maximum token lifetime (the range is 1-%d days); set it to %d or less",
			shown, workspaceMaxDays, maxDays))
		return
	}
	if !ok || n <= float64(maxDays) {
		return
	}
	c.report(pos, end, v, fmt.Sprintf("maxTokenLifetimeDays %s lets new tokens live %s days, above the %d-day maximum; set it to %d or less",
		strconv.Quote(text), text, maxDays, maxDays))
}

// report adds the place of use as related information when the value is
// written elsewhere (a Terraform variable's default, a .tfvars file), and
// the related locations given (a shell function's command).
func (c *checker) report(pos, end token.Pos, use facts.Value, msg string, related ...analysis.RelatedInformation) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg}
	d.Related = append(use.UsedHere(pos, end), related...)
	c.pass.Report(d)
}
