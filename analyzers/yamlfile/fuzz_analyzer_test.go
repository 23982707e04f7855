package yamlfile

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

// FuzzAnalyzer checks that no input crashes the YAML front-end (bundles,
// workflows, anchors), that every fact lies in the file and that the same
// bytes give the same facts twice.
func FuzzAnalyzer(f *testing.F) {
	seeds := factstest.SeedFiles("databricks.yml", []string{".yml", ".yaml"}, "testdata/*", "../../testdata/DBX*/*", "../../testdata/DBX*/*/*")
	factstest.FuzzUnit(f, Analyzer, []string{"databricks.yml", "deploy.yml"}, seeds)
}
