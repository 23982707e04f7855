// Package yamlfile is the front-end for YAML files: Databricks Asset Bundle
// configuration (databricks.yml and the files it includes), CI pipelines and
// any other YAML. Every document of a file is read with yaml.v3's Node API;
// scalars become Values, mapping entries Pairs and mappings Blocks addressed
// by a dotted path ("resources.jobs.nightly.tasks[0].new_cluster"). Aliases
// and merge keys are resolved, and reference syntaxes inside strings become
// reference parts: {{secrets/scope/key}}, bundle ${var.x} (folded to the
// variable's literal default when it has one), ${bundle.*}/${workspace.*}/
// ${resources.*}, and GitHub Actions ${{ secrets.X }}.
package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/shell"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Analyzer extracts the facts of the unit's YAML files; its Result is a
// *facts.Unit holding only those files.
// A bundle's files resolve their ${var.x} against each other, so the
// extraction of one file sees the unit's other YAML files.
var Analyzer = &analysis.Analyzer{
	Name:       "yamlfile",
	Doc:        "extract facts (values, entries, mappings, bundle kind) from YAML files",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	ResultType: reflect.TypeOf((*facts.Unit)(nil)),
	Run: func(pass *analysis.Pass) (any, error) {
		unit := pass.ResultOf[source.Analyzer].(*source.Unit)
		out := &facts.Unit{}
		for _, f := range unit.Files {
			if f.Format == source.YAML {
				out.Files = append(out.Files, ExtractIn(f, unit.Files))
			}
		}
		return out, nil
	},
}

// Extract parses every document of one YAML file and returns its facts. A
// syntax error is a Fatal problem; the documents before it keep their facts.
func Extract(f *source.File) *facts.File {
	return ExtractIn(f, nil)
}

// ExtractIn is Extract for a file of a unit: when it is bundle
// configuration, the variables and targets of the unit's other bundle files
// (databricks.yml and the files it includes) are its own.
func ExtractIn(f *source.File, unit []*source.File) *facts.File {
	out := &facts.File{Source: f}
	docs, err := decodeAll(f.Src)
	if err != nil {
		out.Problems = append(out.Problems, problem(f, err))
	}
	x := &extractor{file: f, out: out, budget: aliasBudget, folds: foldBudget, resolving: map[string]bool{}}
	if isBundle(f.Path, docs) {
		out.Kinds = []string{"bundle"}
		x.bundle = bundleFiles(f, docs, unit)
	}
	for _, doc := range docs {
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		switch r, _ := x.resolve(root); r.Kind {
		case yaml.MappingNode:
			out.Blocks = append(out.Blocks, x.mapping(r, "yaml", "", false, 0))
		case yaml.SequenceNode:
			top := &facts.Block{}
			x.sequence(top, nil, r, "yaml", "", false, 0)
			out.Blocks = append(out.Blocks, top.Blocks...)
		case yaml.ScalarNode:
			x.scalarValue(r, true)
		}
	}
	for _, code := range pipelineScripts(f, out.Pairs) {
		out.Merge(shell.Extract(code, facts.NewEnv()))
	}
	return out
}

// scriptKeys hold shell scripts in CI pipelines: GitHub Actions run:, Azure
// Pipelines script:/bash:/inlineScript:, GitLab CI script: lists. Token
// requests live there as often as in .sh files.
var scriptKeys = map[string]bool{
	"run": true, "script": true, "bash": true, "inlineScript": true,
	"before_script": true, "after_script": true,
}

// pipelineScripts returns the shell code of the file's script entries.
func pipelineScripts(f *source.File, pairs []facts.Pair) []*facts.Code {
	var out []*facts.Code
	for _, p := range pairs {
		if scriptKeys[p.Key] && p.Value.Type == facts.String && p.Value.HasLiteral() {
			out = append(out, facts.Embedded(f, p.Value, source.Shell))
		}
	}
	return out
}

// decodeAll reads every document. yaml.v3 reports syntax errors by panicking
// internally and recovering; the recover here is a last line of defence so
// that no input can crash a scan.
func decodeAll(src []byte) (docs []*yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: internal parser error: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if errors.Is(err, io.EOF) {
				return docs, nil
			}
			return docs, err
		}
		docs = append(docs, &doc)
	}
}

var errLine = regexp.MustCompile(`^yaml: line (\d+): `)

// problem turns a yaml.v3 error ("yaml: line 7: mapping values are not
// allowed in this context") into a Fatal problem at that line's first
// non-blank character.
func problem(f *source.File, err error) facts.Problem {
	msg := err.Error()
	p := facts.Problem{Pos: f.Pos(0), Fatal: true}
	if m := errLine.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
		if line, err := strconv.Atoi(m[1]); err == nil && line >= 1 && line <= f.Tok.LineCount() {
			off := f.Tok.Offset(f.Tok.LineStart(line))
			for off < len(f.Src) && (f.Src[off] == ' ' || f.Src[off] == '\t') {
				off++
			}
			p.Pos = f.Pos(off)
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	p.Message = "invalid YAML: " + msg
	return p
}

// bundleResourceTypes are the keys under resources: that mark a bundle file.
var bundleResourceTypes = map[string]bool{
	"jobs": true, "pipelines": true, "clusters": true, "experiments": true, "models": true,
	"registered_models": true, "model_serving_endpoints": true, "quality_monitors": true,
	"schemas": true, "volumes": true, "apps": true, "dashboards": true, "sql_warehouses": true,
	"secret_scopes": true, "database_instances": true,
}

// isBundle recognises Databricks Asset Bundle configuration: databricks.yml
// itself, any file with a top-level bundle: key, and included files that
// declare bundle resources or targets.
func isBundle(name string, docs []*yaml.Node) bool {
	if IsBundleRoot(name) {
		return true
	}
	for _, doc := range docs {
		root := docRoot(doc)
		if root == nil {
			continue
		}
		if get(root, "bundle") != nil {
			return true
		}
		if res := get(root, "resources"); res != nil && res.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(res.Content); i += 2 {
				if bundleResourceTypes[res.Content[i].Value] {
					return true
				}
			}
		}
		if targets := get(root, "targets"); targets != nil && targets.Kind == yaml.MappingNode {
			for i := 1; i < len(targets.Content); i += 2 {
				t := targets.Content[i]
				if get(t, "resources") != nil || get(t, "workspace") != nil || get(t, "mode") != nil || get(t, "variables") != nil {
					return true
				}
			}
		}
	}
	return false
}

func docRoot(doc *yaml.Node) *yaml.Node {
	if doc == nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	return doc.Content[0]
}

// get returns the value of key in mapping m (not following merges), or nil.
func get(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
