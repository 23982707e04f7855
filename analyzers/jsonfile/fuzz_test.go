package jsonfile

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

// FuzzFile checks that no input crashes the JSON front-end (JSONC, job and
// ARM documents, schema matching), that every fact lies in the file and
// that the same bytes give the same facts twice.
func FuzzFile(f *testing.F) {
	seeds := factstest.SeedFiles("job.json", []string{".json"}, "testdata/*", "../../testdata/DBX*/*", "../../testdata/DBX*/*/*")
	factstest.FuzzUnit(f, Analyzer, []string{"job.json", "azuredeploy.json"}, seeds)
}
