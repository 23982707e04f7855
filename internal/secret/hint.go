package secret

import (
	"go/token"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// FixHint says how to read a secret instead of writing it, in the words of
// the file's format or the language of the code at pos (a notebook cell's own).
func FixHint(f *facts.File, pos token.Pos) string {
	switch f.Source.Format {
	case source.Terraform:
		return "pass it in from a secret store (data.azurerm_key_vault_secret, or a sensitive variable with no default)"
	case source.JSON, source.YAML:
		return "reference a secret instead: {{secrets/<scope>/<key>}}"
	case source.INI, source.Dotenv:
		return "keep it out of the repository (use the environment or `databricks auth login`)"
	}
	switch f.LangAt(pos) {
	case source.SQL:
		return "read it with secret('<scope>', '<key>') instead"
	case source.Shell:
		return "read it from the environment or `databricks secrets get-secret` instead"
	case source.R, source.Scala, source.Python:
		return "read it with dbutils.secrets.get(scope, key) instead"
	}
	return "read it from a secret scope instead"
}

// URLFixHint is FixHint for a password inside a URL: the URL keeps no
// credential and the password is passed separately.
func URLFixHint(f *facts.File, pos token.Pos) string {
	switch f.Source.Format {
	case source.Terraform, source.JSON, source.YAML, source.INI, source.Dotenv:
		return "drop it from the URL and " + FixHint(f, pos)
	}
	return "drop it from the URL and pass the password option, " + FixHint(f, pos)
}
