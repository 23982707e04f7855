package config

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"go.yaml.in/yaml/v3"
)

//go:embed schema.json
var schemaJSON []byte

// schemaURL names the embedded schema inside the compiler; nothing is fetched.
const schemaURL = "mem://bricklint/config.schema.json"

// Schema returns the JSON Schema (draft 2020-12) that Load validates against,
// for `bricklint config schema` and editor integration.
func Schema() []byte { return bytes.Clone(schemaJSON) }

// compiledSchema is the validator plus the schema as plain JSON, which error
// messages read to name allowed keys and values without repeating them here.
type compiledSchema struct {
	validator *jsonschema.Schema
	doc       any
}

var loadSchema = sync.OnceValues(func() (*compiledSchema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("%s: only the embedded configuration schema is available", u)
	}
	if err := c.AddResource(schemaURL, bytes.NewReader(schemaJSON)); err != nil {
		return nil, err
	}
	validator, err := c.Compile(schemaURL)
	if err != nil {
		return nil, err
	}
	var doc any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		return nil, err
	}
	return &compiledSchema{validator: validator, doc: doc}, nil
})

// validate checks value (converted from root) against the schema and turns
// each failing leaf into a positioned, human message.
func validate(path string, root *yaml.Node, value any) Errors {
	s, err := loadSchema()
	if err != nil {
		return Errors{{Path: path, Msg: "internal error: configuration schema: " + err.Error()}}
	}
	err = s.validator.Validate(value)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return Errors{{Path: path, Msg: err.Error()}}
	}
	var errs Errors
	for _, leaf := range leaves(ve, nil) {
		errs = append(errs, s.explain(path, root, leaf)...)
	}
	return errs
}

// leaves collects the innermost errors: the outer ones only say "doesn't
// validate with ...".
func leaves(ve *jsonschema.ValidationError, out []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return append(out, ve)
	}
	for _, c := range ve.Causes {
		out = leaves(c, out)
	}
	return out
}

// explain words one leaf error for a person editing the YAML file.
func (s *compiledSchema) explain(path string, root *yaml.Node, leaf *jsonschema.ValidationError) Errors {
	inst := pointerSegments(leaf.InstanceLocation)
	keywordPath := pointerSegments(fragment(leaf.KeywordLocation))
	keyword := ""
	if len(keywordPath) > 0 {
		keyword = keywordPath[len(keywordPath)-1]
	}
	schema := s.schemaAt(leaf.AbsoluteKeywordLocation)
	node, key := lookup(root, inst)

	switch {
	case containsSegment(keywordPath, "propertyNames") && len(inst) > 0:
		// The instance location names the key whose spelling failed.
		if key != nil {
			node = key
		}
		return Errors{at(path, node, badName(inst[:len(inst)-1], inst[len(inst)-1]))}
	case keyword == "additionalProperties" && schema["additionalProperties"] == false:
		return unknownKeys(path, node, inst, schema)
	case keyword == "pattern":
		return Errors{at(path, node, badName(inst[:len(inst)-1], resolveAlias(node).Value))}
	default:
		msg := describe(inst) + " must be " + expect(inst, schema) + got(node)
		if key != nil && node.ShortTag() == "!!null" && node.Value == "" {
			node = key // an empty value has no text of its own: point at its key
		}
		return Errors{at(path, node, msg)}
	}
}

// unknownKeys reports every key of the mapping at node that the schema object
// does not declare, at the key itself.
func unknownKeys(path string, node *yaml.Node, inst []string, schema map[string]any) Errors {
	props, _ := schema["properties"].(map[string]any)
	allowed := make([]string, 0, len(props))
	for name := range props {
		allowed = append(allowed, name)
	}
	sort.Strings(allowed)
	what, owner := "key", ""
	if len(inst) == 2 && inst[0] == "rules" {
		what, owner = "option", " for "+inst[1]
	}
	var errs Errors
	m := resolveAlias(node)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := resolveAlias(m.Content[i])
		if _, ok := props[k.Value]; !ok {
			msg := fmt.Sprintf("unknown %s %q%s (allowed: %s)", what, k.Value, owner, strings.Join(allowed, ", "))
			errs = append(errs, at(path, m.Content[i], msg))
		}
	}
	return errs
}

// badName explains a misspelt rule ID/name or option name; parent is the
// location of the mapping or list the name appears in.
func badName(parent []string, name string) string {
	if len(parent) == 2 && parent[0] == "rules" {
		return fmt.Sprintf("%q is not a valid option name for %s (use kebab-case, like max-lifetime-days)", name, parent[1])
	}
	return fmt.Sprintf("%q is not a rule ID (like DBX101) or rule name (like jdbc-credential)", name)
}

// describe names an instance location the way the YAML file reads.
func describe(inst []string) string {
	switch {
	case len(inst) == 0:
		return "the configuration"
	case len(inst) == 1:
		return inst[0]
	case len(inst) == 2 && inst[0] == "severity":
		return "severity of " + inst[1]
	case len(inst) == 2 && inst[0] == "rules":
		return "options of " + inst[1]
	case len(inst) == 2:
		return "each entry of " + inst[0]
	case len(inst) == 3 && inst[0] == "rules":
		return "option " + inst[2] + " of " + inst[1]
	}
	return strings.Join(inst, ".")
}

// expect says what belongs at an instance location: enums and ranges come
// from the failing schema object, shapes from where the value sits.
func expect(inst []string, schema map[string]any) string {
	if enum, ok := schema["enum"].([]any); ok {
		words := make([]string, len(enum))
		for i, v := range enum {
			words[i] = fmt.Sprint(v)
		}
		return "one of " + strings.Join(words, ", ")
	}
	if schema["type"] == "integer" && schema["minimum"] != nil && schema["maximum"] != nil {
		return fmt.Sprintf("an integer from %v to %v", schema["minimum"], schema["maximum"])
	}
	section := ""
	if len(inst) > 0 {
		section = inst[0]
	}
	switch {
	case len(inst) == 0:
		return "a mapping of settings"
	case len(inst) == 1 && (section == "enable" || section == "disable"):
		return "a list of rule IDs or names"
	case len(inst) == 2 && (section == "enable" || section == "disable"):
		return "a rule ID or name"
	case len(inst) == 1 && section == "exclude":
		return "a list of glob patterns"
	case len(inst) == 2 && section == "exclude":
		return "a non-empty glob pattern"
	case len(inst) == 1 && section == "severity":
		return "a mapping from rule ID or name to level"
	case len(inst) == 1 && section == "rules":
		return "a mapping from rule ID or name to options"
	case len(inst) == 2 && section == "rules":
		return "a mapping of option names to values"
	case len(inst) == 3 && section == "rules":
		return "a string, number or boolean"
	}
	return "valid"
}

// got shows the offending value briefly.
func got(node *yaml.Node) string {
	n := resolveAlias(node)
	switch {
	case n.Kind == yaml.MappingNode:
		return " (got a mapping)"
	case n.Kind == yaml.SequenceNode:
		return " (got a list)"
	case n.ShortTag() == "!!null":
		return " (got an empty value)"
	case n.ShortTag() == "!!str":
		return fmt.Sprintf(" (got %q)", n.Value)
	}
	return " (got " + n.Value + ")"
}

// schemaAt returns the schema object holding the keyword at an absolute
// keyword location ("mem://...#/properties/severity/additionalProperties/enum").
func (s *compiledSchema) schemaAt(absoluteKeywordLocation string) map[string]any {
	segs := pointerSegments(fragment(absoluteKeywordLocation))
	if len(segs) == 0 {
		return nil
	}
	cur := s.doc
	for _, seg := range segs[:len(segs)-1] {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[seg]
	}
	m, _ := cur.(map[string]any)
	return m
}

// fragment is the part after "#" of a keyword location, or the whole string
// when there is none (relative keyword locations have no "#").
func fragment(loc string) string {
	if i := strings.IndexByte(loc, '#'); i >= 0 {
		return loc[i+1:]
	}
	return loc
}

// pointerSegments splits a JSON pointer as jsonschema/v5 writes it: tokens
// escaped with ~0/~1 and then URL-path-escaped.
func pointerSegments(ptr string) []string {
	if ptr == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, p := range parts {
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(p, "~1", "/"), "~0", "~")
	}
	return parts
}

func containsSegment(segs []string, s string) bool {
	for _, seg := range segs {
		if seg == s {
			return true
		}
	}
	return false
}
