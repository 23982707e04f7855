package main
import (
 _ "golang.org/x/tools/go/analysis"
 _ "github.com/hashicorp/hcl/v2"
 _ "github.com/hashicorp/hcl/v2/hclsyntax"
 _ "github.com/hashicorp/hcl/v2/json"
 _ "github.com/zclconf/go-cty/cty"
 _ "github.com/santhosh-tekuri/jsonschema/v5"
 _ "go.yaml.in/yaml/v3"
 _ "github.com/go-git/go-git/v5/plumbing/format/gitignore"
 _ "github.com/bmatcuk/doublestar/v4"
)
func main(){}
