package inifile

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

// FuzzAnalyzer checks that no .databrickscfg or .env input crashes the
// front-end, that every fact lies in the file and that the same bytes give
// the same facts twice.
func FuzzAnalyzer(f *testing.F) {
	seeds := append(factstest.SeedFiles(".databrickscfg", []string{"databrickscfg"}, "../../testdata/DBX*/*", "../../testdata/DBX*/*/*"),
		factstest.SeedFiles(".env", []string{".env"}, "../../testdata/DBX*/*", "../../testdata/DBX*/*/*")...)
	seeds = append(seeds, factstest.Seed{Name: ".databrickscfg", Src: []byte(databrickscfg)}, factstest.Seed{Name: ".env", Src: []byte(dotenv)})
	factstest.FuzzUnit(f, Analyzer, []string{".databrickscfg", ".env"}, seeds)
}
