// Package extract joins the front-ends: its Result is the facts of every file
// of the unit, whatever the format, so a rule Requires this one analyzer and
// never knows which front-end produced a fact.
package extract

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/inifile"
	"github.com/bricklint/bricklint/analyzers/jsonfile"
	"github.com/bricklint/bricklint/analyzers/notebook"
	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/analyzers/terraform"
	"github.com/bricklint/bricklint/analyzers/yamlfile"
)

// frontEnds each handle some formats and return facts for those files only.
var frontEnds = []*analysis.Analyzer{
	notebook.Analyzer,
	jsonfile.Analyzer,
	yamlfile.Analyzer,
	terraform.Analyzer,
	inifile.Analyzer,
}

// Analyzer merges the front-ends' facts in the unit's file order.
var Analyzer = &analysis.Analyzer{
	Name:       "extract",
	Doc:        "facts of every file of the unit, from the front-end of its format",
	Requires:   append([]*analysis.Analyzer{source.Analyzer}, frontEnds...),
	ResultType: reflect.TypeOf((*facts.Unit)(nil)),
	Run:        run,
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[source.Analyzer].(*source.Unit)
	byFile := map[*source.File]*facts.File{}
	for _, fe := range frontEnds {
		for _, f := range pass.ResultOf[fe].(*facts.Unit).Files {
			if prev, ok := byFile[f.Source]; ok {
				prev.Merge(f)
				continue
			}
			byFile[f.Source] = f
		}
	}
	out := &facts.Unit{}
	for _, sf := range unit.Files {
		if f, ok := byFile[sf]; ok {
			// {{secrets/scope/key}} is Databricks' reference syntax in every
			// format that reaches a cluster or job: Spark conf and environment
			// variables written in Terraform, shell, SDK calls, JSON or YAML.
			f.MapValues(facts.SecretRefs)
			out.Files = append(out.Files, f)
		}
	}
	return out, nil
}
