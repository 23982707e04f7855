// Package dbx302 reports secret scopes, secret ACLs and object permissions
// that give the built-in group "users" (every user of the workspace) the
// right to manage them, in Terraform, REST requests, the CLI, the Python
// SDK, JSON payloads and bundle YAML.
package dbx302

import (
	_ "embed"
	"fmt"
	"go/token"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"

	"github.com/bricklint/bricklint/internal/meta"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX302",
	Name:      "broad-acl",
	Title:     "Secret scope or object managed by every workspace user",
	Summary:   "A secret scope created with initial_manage_principal \"users\", a secret ACL that gives MANAGE to \"users\", or permissions that give CAN_MANAGE to the group \"users\" let every user of the workspace read the secrets or take over the object and change who else may use it. Grant READ or CAN_VIEW/CAN_RUN to the groups that need it instead.",
	Severity:  meta.Warning,
	Security:  6.0,
	Precision: meta.High,
	CWE:       "CWE-732",
	Tags:      []string{"access-control", "secrets"},
	// Every finding names a MANAGE permission: initial_manage_principal,
	// MANAGE, CAN_MANAGE.
	Keywords: []string{"manage"},
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

// allUsers is the built-in group every workspace user belongs to.
const allUsers = "users"

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	c := &checker{pass: pass, standard: standardWorkspace(unit)}
	for _, f := range unit.Files {
		for _, top := range f.Blocks {
			top.Walk(func(b *facts.Block) { c.record(b.Pairs) })
		}
		for _, r := range f.Requests {
			c.site = [2]token.Pos{r.Pos, r.End}
			for _, group := range byPath(r.Params) {
				c.record(group)
			}
		}
		for _, call := range f.Calls {
			c.site = [2]token.Pos{call.Pos, call.End}
			c.record(callRecord(call))
		}
		c.site = [2]token.Pos{}
		for _, p := range f.Pairs {
			c.record([]facts.Pair{p}) // initial_manage_principal needs no neighbour
		}
	}
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	// standard names an azurerm_databricks_workspace of the unit on the
	// Standard plan, or is empty.
	standard string
	// site is the request or call being checked: when its literal is
	// written elsewhere (an argument of a shell function that wraps curl),
	// the finding points at it as the place of use.
	site [2]token.Pos
}

// record checks the keys of one object, request body, call or flag set,
// whatever syntax wrote them.
func (c *checker) record(pairs []facts.Pair) {
	var principal, permission, group, level *facts.Pair
	for i := range pairs {
		p := &pairs[i]
		switch normalKey(p.Key) {
		case "initial_manage_principal":
			if is(p.Value, allUsers) {
				c.scope(p.Value)
			}
		case "principal":
			principal = p
		case "permission":
			permission = p
		case "group_name":
			group = p
		case "permission_level", "level":
			level = p
		}
	}
	if principal != nil && permission != nil && is(principal.Value, allUsers) && is(permission.Value, "MANAGE") {
		c.report(principal.Value, "", fmt.Sprintf(
			"secret ACL gives MANAGE to %q (every workspace user): anyone can read and overwrite its secrets and change the ACL; grant READ to the group that needs it instead",
			allUsers))
	}
	if group != nil && level != nil && is(group.Value, allUsers) && is(level.Value, "CAN_MANAGE") {
		c.report(group.Value, "", fmt.Sprintf(
			"permissions give CAN_MANAGE to group %q (every workspace user): anyone can change the object and who may use it; give CAN_MANAGE to a named group and %q at most CAN_VIEW or CAN_RUN",
			allUsers, allUsers))
	}
}

// scope reports a secret scope that every user manages. On the Standard
// plan there are no secret ACLs and "users" is required, so the finding is
// only a note there.
func (c *checker) scope(v facts.Value) {
	if c.standard != "" {
		c.report(v, meta.NoteCategory, fmt.Sprintf(
			"secret scope created with initial_manage_principal %q: every workspace user manages it (Standard plan: required there; note only, as %s has no secret ACLs); the Premium plan lets you omit it and grant READ per group",
			allUsers, c.standard))
		return
	}
	c.report(v, "", fmt.Sprintf(
		"secret scope created with initial_manage_principal %q: every workspace user can read, overwrite and re-grant its secrets; omit it (the creator gets MANAGE) and grant READ to the groups that need it",
		allUsers))
}

func (c *checker) report(v facts.Value, category, msg string) {
	pos, end := v.Span(0, len(v.Text()))
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg}
	if category != "" {
		d.Category = category
	}
	d.Related = v.UsedHere(pos, end) // written elsewhere: a variable, a .tfvars file
	if d.Related == nil && c.site[0].IsValid() && (pos < c.site[0] || pos >= c.site[1]) {
		d.Related = []analysis.RelatedInformation{{Pos: c.site[0], End: c.site[1], Message: "used here"}}
	}
	c.pass.Report(d)
}

// normalKey makes CLI flags and keys comparable: "--initial-manage-principal"
// is "initial_manage_principal".
func normalKey(k string) string {
	return strings.ReplaceAll(strings.TrimLeft(k, "-"), "-", "_")
}

// is reports whether a value is the given name: its literal text, or an
// enum member the SDK names by it (workspace.AclPermission.MANAGE).
func is(v facts.Value, name string) bool {
	if v.IsKnown() {
		return strings.EqualFold(strings.TrimSpace(v.Text()), name)
	}
	return enumMember(v) == name
}

// sdkEnum matches the placeholder of an unresolved dotted name such as
// workspace.AclPermission.MANAGE or iam.PermissionLevel.CAN_MANAGE.
var sdkEnum = regexp.MustCompile(`^\x00unknown:(?:[A-Za-z_]\w*\.)*(?:AclPermission|PermissionLevel)\.([A-Z_]+)\x00$`)

func enumMember(v facts.Value) string {
	if m := sdkEnum.FindStringSubmatch(v.Text()); m != nil {
		return m[1]
	}
	return ""
}

// byPath groups request parameters by the object that holds them (a JSON
// pointer such as /access_control_list/0, or the call's body).
func byPath(params []facts.Pair) [][]facts.Pair {
	index := map[string]int{}
	var groups [][]facts.Pair
	for _, p := range params {
		i, ok := index[p.Path]
		if !ok {
			i = len(groups)
			index[p.Path] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], p)
	}
	return groups
}

// callRecord names a call's arguments: keyword arguments and flags by
// their names, and the positional principal and permission of
// `databricks secrets put-acl SCOPE PRINCIPAL PERMISSION` and the SDK's
// w.secrets.put_acl(scope, principal, permission).
func callRecord(call facts.Call) []facts.Pair {
	pairs := append([]facts.Pair(nil), call.Kwargs...)
	if call.Callee == "databricks secrets put-acl" || strings.HasSuffix(call.Callee, ".secrets.put_acl") {
		for i, name := range []string{"scope", "principal", "permission"} {
			if i < len(call.Args) {
				pairs = append(pairs, facts.Pair{Key: name, Value: call.Args[i]})
			}
		}
	}
	return pairs
}

// standardWorkspace returns the name of an azurerm_databricks_workspace of
// the unit whose sku is "standard".
func standardWorkspace(unit *facts.Unit) string {
	for _, f := range unit.Files {
		for _, b := range f.Blocks {
			if b.Type != "resource" || len(b.Labels) != 2 || b.Labels[0] != "azurerm_databricks_workspace" {
				continue
			}
			if sku, ok := b.Get("sku"); ok && is(sku.Value, "standard") {
				return fmt.Sprintf("azurerm_databricks_workspace %q", b.Labels[1])
			}
		}
	}
	return ""
}
