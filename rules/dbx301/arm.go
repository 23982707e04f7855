package dbx301

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// noPublicIPDefaultAPI is the first Microsoft.Databricks/workspaces API
// version that creates workspaces with enableNoPublicIp true when the
// template leaves it out; older versions default to false
// (hashicorp/terraform-provider-azurerm#26589).
const noPublicIPDefaultAPI = "2024-05-01"

const armFix = `set properties.parameters.enableNoPublicIp to {"value": true}`

// checkARM reports a Microsoft.Databricks/workspaces resource of an ARM
// template whose enableNoPublicIp is false (written in place or as the
// default of the template parameter it reads), or absent with an API
// version that defaults it to false. root is the template, for its
// parameters.
func checkARM(pass *analysis.Pass, root, res *facts.Block) {
	typ, ok := res.Get("type")
	if !ok || !typ.Value.IsKnown() || !strings.EqualFold(typ.Value.Text(), "Microsoft.Databricks/workspaces") {
		return
	}
	name := "Microsoft.Databricks/workspaces resource"
	if n, ok := res.Get("name"); ok && n.Value.IsKnown() {
		name = fmt.Sprintf("workspace %q", n.Value.Text())
	}
	if setting := child(res, "properties", "parameters", "enableNoPublicIp"); setting != nil {
		v, ok := setting.Get("value")
		if !ok {
			return
		}
		if isFalse(v.Value) {
			pos, end := v.Value.Span(0, len(v.Value.Text()))
			report(pass, pos, end, nil, fmt.Sprintf("%s sets enableNoPublicIp to false: cluster nodes get public IP addresses; %s", name, armFix))
			return
		}
		if param, def, ok := parameterDefault(root, res, v.Value); ok && isFalse(def.Value) {
			pos, end := def.Value.Span(0, len(def.Value.Text()))
			report(pass, pos, end, v.Value.UsedHere(pos, end),
				fmt.Sprintf("template parameter %q defaults to false and sets enableNoPublicIp of %s: cluster nodes get public IP addresses; default it to true", param, name))
		}
		return
	}
	api, ok := res.Get("apiVersion")
	if !ok || !api.Value.IsKnown() {
		return
	}
	version := api.Value.Text()
	if len(version) < len(noPublicIPDefaultAPI) || version[:len(noPublicIPDefaultAPI)] >= noPublicIPDefaultAPI {
		return // a date-named version: YYYY-MM-DD[-preview] compares as text
	}
	pos, end := api.Value.Span(0, len(version))
	report(pass, pos, end, nil, fmt.Sprintf("%s does not set enableNoPublicIp, and API version %s defaults it to false (public IPs on cluster nodes; %s and later default to true); %s",
		name, version, noPublicIPDefaultAPI, armFix))
}

// parameterRef matches the placeholder of "[parameters('name')]".
var parameterRef = regexp.MustCompile(`(?i)^\x00var-ref:parameters\(\s*'([^']+)'\s*\)\x00$`)

// child follows nested objects by key; nil when one is missing.
func child(b *facts.Block, keys ...string) *facts.Block {
	for _, k := range keys {
		if b == nil {
			return nil
		}
		b = b.Child(k)
	}
	return b
}

// parameterDefault resolves a value that is exactly a template parameter
// to that parameter's defaultValue in the template root. Only resources of
// the root template itself are resolved: a nested deployment's template has
// parameters of its own.
func parameterDefault(root, res *facts.Block, v facts.Value) (string, facts.Pair, bool) {
	m := parameterRef.FindStringSubmatch(v.Text())
	if m == nil || !strings.HasPrefix(res.Path, "/resources/") || strings.Count(res.Path, "/") != 2 {
		return "", facts.Pair{}, false
	}
	params := root.Child("parameters")
	if params == nil {
		return "", facts.Pair{}, false
	}
	for _, p := range params.Blocks {
		if strings.EqualFold(p.Type, m[1]) { // ARM parameter names are case-insensitive
			def, ok := p.Get("defaultValue")
			return m[1], def, ok
		}
	}
	return "", facts.Pair{}, false
}
