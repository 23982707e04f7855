// Package dbx301 reports Azure Databricks workspaces deployed without secure
// cluster connectivity (no public IP): Terraform azurerm_databricks_workspace
// and ARM templates, where the setting is false or left to a default that is
// false in the provider or API version in use.
package dbx301

import (
	_ "embed"
	"fmt"
	"go/token"
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
	ID:        "DBX301",
	Name:      "public-ip",
	Title:     "Azure Databricks workspace gives cluster nodes public IP addresses",
	Summary:   "An Azure Databricks workspace without secure cluster connectivity (no_public_ip / enableNoPublicIp false) gives every cluster node a public IP address and opens inbound ports from the control plane. With secure cluster connectivity the nodes have private addresses only and connect out to the control plane through a relay.",
	Severity:  meta.Warning,
	Security:  6.0,
	Precision: meta.High,
	CWE:       "CWE-284",
	Tags:      []string{"network", "azure"},
	Keywords:  []string{"azurerm_databricks_workspace", "microsoft.databricks/workspaces"},
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

const fix = "set custom_parameters { no_public_ip = true } (secure cluster connectivity)"

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	constraint := azurermConstraint(unit)
	for _, f := range unit.Files {
		for _, top := range f.Blocks {
			if isWorkspace(top) {
				checkTerraform(pass, top, constraint)
			}
			if f.HasKind("arm-template") {
				top.Walk(func(b *facts.Block) { checkARM(pass, top, b) })
			}
		}
	}
	return nil, nil
}

func isWorkspace(b *facts.Block) bool {
	return b.Type == "resource" && len(b.Labels) == 2 && b.Labels[0] == "azurerm_databricks_workspace"
}

// checkTerraform reports no_public_ip = false, and a missing no_public_ip
// where the module allows an azurerm provider older than 4.0, whose default
// is false (hashicorp/terraform-provider-azurerm#26589 made it true in 4.0).
func checkTerraform(pass *analysis.Pass, ws *facts.Block, c *constraint) {
	name := fmt.Sprintf("azurerm_databricks_workspace %q", ws.Labels[1])
	if params := ws.Child("custom_parameters"); params != nil {
		if p, ok := params.Get("no_public_ip"); ok {
			if isFalse(p.Value) {
				pos, end := p.Value.Span(0, len(p.Value.Text()))
				report(pass, pos, end, p.Value.UsedHere(pos, end),
					fmt.Sprintf("%s sets no_public_ip = false: cluster nodes get public IP addresses; %s", name, fix))
			}
			return // true, or a value that is not known here
		}
	}
	if c == nil || !c.allowsBelow4 {
		return // azurerm 4.0 and later default no_public_ip to true; with no constraint the version is unknown
	}
	report(pass, ws.Pos, ws.Pos, []analysis.RelatedInformation{{Pos: c.pos, End: c.end, Message: "azurerm version constraint"}},
		fmt.Sprintf("%s does not set no_public_ip, and the azurerm constraint %q allows provider versions before 4.0, where it defaults to false (public IPs on cluster nodes); %s",
			name, c.text, fix))
}

// isFalse reports whether a known value is false (also the string "false",
// which Terraform converts).
func isFalse(v facts.Value) bool {
	return v.IsKnown() && (v.Type == facts.Bool || v.Type == facts.String) && strings.EqualFold(strings.TrimSpace(v.Text()), "false")
}

func report(pass *analysis.Pass, pos, end token.Pos, related []analysis.RelatedInformation, msg string) {
	pass.Report(analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg, Related: related})
}

// constraint is the module's azurerm version constraint.
type constraint struct {
	text         string
	pos, end     token.Pos
	allowsBelow4 bool
}

// azurermConstraint finds the azurerm version constraint of a Terraform
// unit: required_providers { azurerm = { version = "..." } } (or the legacy
// azurerm = "..." and provider "azurerm" { version = "..." }). Terraform
// requires every constraint written, so a version must satisfy all of them.
// It returns nil when the unit has no readable constraint.
func azurermConstraint(unit *facts.Unit) *constraint {
	var found *constraint
	var all []string
	add := func(p facts.Pair) {
		if !p.Value.IsKnown() || p.Value.Type != facts.String {
			return
		}
		text := p.Value.Text()
		if found == nil {
			pos, end := p.Value.Span(0, len(text))
			found = &constraint{text: text, pos: pos, end: end}
		} else {
			found.text += ", " + text
		}
		all = append(all, text)
	}
	for _, f := range unit.Files {
		for _, top := range f.Blocks {
			switch {
			case top.Type == "terraform":
				for _, rp := range top.Blocks {
					if rp.Type != "required_providers" {
						continue
					}
					if az := rp.Child("azurerm"); az != nil {
						if p, ok := az.Get("version"); ok {
							add(p)
						}
					}
				}
			case top.Type == "provider" && len(top.Labels) == 1 && top.Labels[0] == "azurerm":
				if p, ok := top.Get("version"); ok {
					add(p)
				}
			}
		}
	}
	if found == nil {
		return nil
	}
	ok, parsed := admitsBelow(strings.Join(all, ","), version{4, 0, 0})
	if !parsed {
		return nil // a constraint we cannot read says nothing either way
	}
	found.allowsBelow4 = ok
	return found
}
