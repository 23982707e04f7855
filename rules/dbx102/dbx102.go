// Package dbx102 reports Databricks personal access tokens and OAuth secrets
// written anywhere in a file. A token is a leak wherever it is written, in
// code, comments, markdown cells or notebook output alike, so this rule reads
// the raw bytes rather than the facts.
package dbx102

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/source"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/secret"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX102",
	Name:      "databricks-token",
	Title:     "Databricks personal access token or OAuth secret written into a file",
	Summary:   "A Databricks personal access token (dapi…) or service-principal OAuth secret (dose…) is written in the repository. Anyone who can read the file or its history can call the workspace API as its owner until the token is revoked; read it from the environment, a secret scope or `databricks auth login` instead.",
	Severity:  meta.Error,
	Security:  9.0,
	Precision: meta.VeryHigh,
	CWE:       "CWE-798",
	Tags:      []string{"credentials", "token"},
	Keywords:  []string{"dapi", "dose", "dkea", "dosa"},
	Secret:    true,
	Help:      doc,
}

// Analyzer is the rule.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.ID,
	Doc:      Meta.Doc(),
	URL:      Meta.HelpURL(),
	Requires: []*analysis.Analyzer{source.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[source.Analyzer].(*source.Unit)
	for _, f := range unit.Files {
		// Raw offsets are file offsets: positions are exact in every format,
		// .ipynb and JSON included (hex and dose bodies have no escapes).
		for _, tok := range secret.FindDatabricksTokens(f.Src) {
			text := string(f.Src[tok.Start:tok.End])
			pass.Report(analysis.Diagnostic{
				Pos:      f.Pos(tok.Start),
				End:      f.Pos(tok.End),
				Category: Meta.Name,
				Message:  fmt.Sprintf("Databricks %s written in the file (%q); %s", tok.Kind, secret.Redact(text), fix(tok.Kind)),
			})
		}
	}
	return nil, nil
}

// fix says how to revoke the kind of token and where to read it from.
func fix(k secret.TokenKind) string {
	const read = "read it from the environment, a secret scope or `databricks auth login`"
	switch k {
	case secret.PersonalAccessToken:
		return "revoke it (User Settings > Developer > Access tokens) and " + read
	case secret.OAuthSecret:
		return "delete it on the service principal's Secrets tab, create a new one and " + read
	}
	return "revoke it and " + read
}
