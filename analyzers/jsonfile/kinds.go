package jsonfile

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/bricklint/bricklint/analyzers/jsonast"
)

// The schemas classify documents; they do not validate every field.
//
//go:embed schemas/*.json
var schemaFS embed.FS

// kindOrder lists the kinds in the order Kinds reports them; each has a
// schema file named after it.
var kindOrder = []string{
	"databricks-job",
	"databricks-cluster",
	"workspace-conf",
	"token-create",
	"secret-scope",
	"secret-acl",
	"arm-template",
	"arm-databricks-workspace",
	"arm-parameters",
}

const schemaBase = "embed:///schemas/"

type kindSchema struct {
	kind   string
	schema *jsonschema.Schema
}

var (
	compileOnce sync.Once
	kindSchemas []kindSchema
)

// compileSchemas compiles the embedded schemas. They are part of the
// binary, so a failure is a programming error caught by the tests; it panics
// at the first use rather than classifying silently wrong.
func compileSchemas() {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	// Only the embedded schemas may be loaded: never the network or disk.
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema %s is not embedded in bricklint", url)
	}
	entries, err := schemaFS.ReadDir("schemas")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		data, err := schemaFS.ReadFile(path.Join("schemas", e.Name()))
		if err != nil {
			panic(err)
		}
		if err := c.AddResource(schemaBase+e.Name(), bytes.NewReader(data)); err != nil {
			panic(err)
		}
	}
	for _, kind := range kindOrder {
		kindSchemas = append(kindSchemas, kindSchema{kind, c.MustCompile(schemaBase + kind + ".json")})
	}
}

// Classify returns every kind whose schema the document matches, in a fixed
// order. Only objects and arrays are classified.
func Classify(root *jsonast.Node) []string {
	if root == nil || root.Kind != jsonast.Object && root.Kind != jsonast.Array {
		return nil
	}
	compileOnce.Do(compileSchemas)
	doc := root.ToAny()
	var kinds []string
	for _, ks := range kindSchemas {
		if ks.schema.Validate(doc) == nil {
			kinds = append(kinds, ks.kind)
		}
	}
	return kinds
}

// isARM reports whether kinds mark an ARM template or parameters file, whose
// strings may be template expressions.
func isARM(kinds []string) bool {
	for _, k := range kinds {
		if strings.HasPrefix(k, "arm-") {
			return true
		}
	}
	return false
}
