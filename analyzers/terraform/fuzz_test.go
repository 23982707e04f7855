package terraform

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/bricklint/bricklint/analyzers/facts/factstest"
)

// fuzzNames are the Terraform file kinds fuzzed: each alone, and a module's
// variables.tf with a main.tf (variables, locals and tfvars fold across files).
var fuzzNames = []string{"main.tf", "main.tf.json", "terraform.tfvars", "terraform.tfvars.json", "variables.tf|main.tf", "terraform.tfvars|main.tf"}

// FuzzModule checks that no HCL or JSON input crashes the Terraform
// front-end, that every fact's span lies in its file and that the same bytes
// give the same facts twice. Seeds are this package's and the rules'
// Terraform fixtures.
func FuzzModule(f *testing.F) {
	var seeds []factstest.Seed
	dirs, _ := filepath.Glob("testdata/*")
	more, _ := filepath.Glob("../../testdata/DBX*/*")
	for _, dir := range append(dirs, more...) {
		read := func(name string) []byte {
			b, _ := os.ReadFile(filepath.Join(dir, name))
			return b
		}
		for _, name := range []string{"main.tf", "main.tf.json", "terraform.tfvars", "terraform.tfvars.json"} {
			if b := read(name); b != nil {
				seeds = append(seeds, factstest.Seed{Name: name, Src: b})
			}
		}
		if main := read("main.tf"); main != nil {
			for _, other := range []string{"variables.tf", "terraform.tfvars"} {
				if b := read(other); b != nil {
					seeds = append(seeds, factstest.Seed{Name: other + "|main.tf", Src: bytes.Join([][]byte{b, main}, []byte{0})})
				}
			}
		}
	}
	factstest.FuzzUnit(f, Analyzer, fuzzNames, seeds)
}
