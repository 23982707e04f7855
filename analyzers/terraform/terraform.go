// Package terraform is the front-end for Terraform module directories. It
// parses every .tf, .tf.json, .tfvars and .tfvars.json file of a unit once,
// normalises native and JSON syntax into the same facts.Block trees, and
// folds var.* (defaults overridden by auto-loaded tfvars, a -var-file, or
// the arguments of the module block that calls a local child module),
// local.* and module.x.out into values whose literal parts point where the
// literal is written, so a rule can report a password at its default in
// variables.tf, its value in terraform.tfvars or env/prod.tfvars, or the
// argument a root module passes to ./modules/db.
package terraform

import (
	"cmp"
	"fmt"
	"path"
	"reflect"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Analyzer extracts the facts of the Terraform files of a unit. Files of
// other formats are left out of its result.
var Analyzer = &analysis.Analyzer{
	Name: "terraform",
	Doc: "extract facts from the Terraform files (.tf, .tf.json, .tfvars, .tfvars.json) of a module directory: " +
		"blocks, attributes and literals, with var.* and local.* folded",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	ResultType: reflect.TypeOf((*facts.Unit)(nil)),
	Run:        run,
}

// Kind is the facts.File kind of every Terraform file.
const Kind = "terraform"

// tfFile is one parsed file of the module.
type tfFile struct {
	src    *source.File
	body   hcl.Body // nil when nothing could be parsed
	json   bool     // JSON syntax (.tf.json, .tfvars.json)
	tfvars bool     // a variable definitions file: only attributes, no blocks
	// blocks are the top-level blocks of a .tf/.tf.json file.
	blocks   []*hcl.Block
	problems []facts.Problem
	// tmpl is the parsed content of a templatefile() template.
	tmpl hcl.Expression
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[source.Analyzer].(*source.Unit)
	var files []*tfFile
	others := map[string]*source.File{}
	for _, sf := range unit.Files {
		if sf.Format == source.Terraform {
			files = append(files, parse(sf))
		} else {
			others[sf.Path] = sf // a template read by templatefile()
		}
	}
	p := newProgram(files, others)
	out := &facts.Unit{}
	for _, f := range files {
		out.Files = append(out.Files, p.fileFacts(f))
	}
	return out, nil
}

// topSchema names the top-level blocks of a JSON-syntax configuration and
// their labels; native syntax needs no schema.
var topSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "locals"},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "check", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "ephemeral", LabelNames: []string{"type", "name"}},
	{Type: "import"},
	{Type: "moved"},
	{Type: "removed"},
}}

// parse parses a file once, keeping whatever part of it parsed: hcl returns a
// best-effort body next to its error diagnostics.
func parse(sf *source.File) *tfFile {
	name := strings.ToLower(path.Base(sf.Path))
	f := &tfFile{
		src:    sf,
		json:   strings.HasSuffix(name, ".json"),
		tfvars: strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json"),
	}
	if off, deep := tooDeep(sf.Src); deep {
		f.problems = append(f.problems, facts.Problem{
			Pos:     sf.Pos(off),
			Message: fmt.Sprintf("brackets nested deeper than %d levels; file not parsed", maxNesting),
			Fatal:   true,
		})
		return f
	}
	var (
		file  *hcl.File
		diags hcl.Diagnostics
	)
	if f.json {
		file, diags = hcljson.Parse(sf.Src, sf.Path)
	} else {
		file, diags = hclsyntax.ParseConfig(sf.Src, sf.Path, hcl.InitialPos)
	}
	// One problem per file: after the first syntax error hcl reports a
	// cascade (one per unclosed bracket), which says nothing new.
	if errs := errorsOf(diags); len(errs) > 0 {
		d := errs[0]
		off := 0
		if d.Subject != nil {
			off = d.Subject.Start.Byte
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		if len(errs) > 1 {
			msg += fmt.Sprintf(" (and %d more errors)", len(errs)-1)
		}
		f.problems = append(f.problems, facts.Problem{Pos: sf.Pos(off), Message: msg})
	}
	if file == nil || file.Body == nil {
		return f
	}
	f.body = file.Body
	if f.tfvars {
		return f
	}
	if body, ok := f.body.(*hclsyntax.Body); ok {
		for _, b := range body.Blocks {
			f.blocks = append(f.blocks, b.AsHCLBlock())
		}
	} else if content, _, _ := f.body.PartialContent(topSchema); content != nil {
		f.blocks = content.Blocks
	}
	return f
}

func errorsOf(diags hcl.Diagnostics) hcl.Diagnostics {
	var errs hcl.Diagnostics
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			errs = append(errs, d)
		}
	}
	return errs
}

// maxNesting bounds how deeply brackets may nest before a file is parsed.
// hcl's parsers recurse once per level, and a million "[" overflow the
// goroutine stack, which kills the process; real configurations nest a few
// dozen levels at most.
const maxNesting = 1000

// tooDeep reports whether brackets nest deeper than maxNesting, and where.
// Brackets in strings and comments count too: skipping strings would have
// to follow ${...} back into code, and real files never come near the limit.
func tooDeep(src []byte) (int, bool) {
	depth := 0
	for i, c := range src {
		switch c {
		case '[', '{', '(':
			if depth++; depth > maxNesting {
				return i, true
			}
		case ']', '}', ')':
			depth = max(depth-1, 0)
		}
	}
	return 0, false
}

// attributes returns a body's attributes in source order and, for native
// syntax, its nested blocks. In JSON syntax nested blocks are attributes
// whose value is an object or a list of objects.
func attributes(body hcl.Body) ([]*hcl.Attribute, []*hclsyntax.Block) {
	var attrs []*hcl.Attribute
	var blocks []*hclsyntax.Block
	if nb, ok := body.(*hclsyntax.Body); ok {
		for _, a := range nb.Attributes {
			attrs = append(attrs, a.AsHCLAttribute())
		}
		blocks = nb.Blocks
	} else {
		m, _ := body.JustAttributes()
		for _, a := range m {
			attrs = append(attrs, a)
		}
	}
	slices.SortFunc(attrs, func(a, b *hcl.Attribute) int { return cmp.Compare(a.Range.Start.Byte, b.Range.Start.Byte) })
	return attrs, blocks
}

// fileFacts builds the facts of one file: its blocks and pairs once per
// instance of its module, each instance's values folded in, and its
// literals once.
func (p *program) fileFacts(f *tfFile) *facts.File {
	out := &facts.File{Source: f.src, Kinds: []string{Kind}, Problems: f.problems}
	if f.body == nil {
		return out
	}
	mods := p.instances[p.owner[f]]
	if f.tfvars {
		mods = mods[:1] // its values are literals, the same in every instance
	}
	root := &facts.Block{}
	var pairs []facts.Pair
	for _, m := range mods {
		b := &builder{m: m, f: f}
		inst := &facts.Block{}
		if f.json && !f.tfvars {
			for _, hb := range f.blocks {
				b.jsonBlock(inst, hb)
			}
		} else {
			// Native .tf files and all tfvars files: attributes at the top level
			// (tfvars) become the file's own pairs, blocks its blocks.
			b.fill(inst, f.body)
		}
		root.Blocks = append(root.Blocks, inst.Blocks...)
		pairs = append(pairs, b.pairs...)
	}
	out.Blocks = root.Blocks
	out.Requests = httpRequests(root.Blocks)
	out.Pairs = pairs
	slices.SortStableFunc(out.Pairs, func(a, b facts.Pair) int { return cmp.Compare(a.KeyPos, b.KeyPos) })
	out.Values = mods[0].literals(f)
	return out
}

// jsonBody is the nested block that holds the members of a data "http"
// request_body = jsonencode({...}).
const jsonBody = "request_body"

// httpRequests turns the http provider's data sources into requests:
// `data "http"` can POST to a token endpoint at plan time, and some modules
// fetch a Databricks or Azure AD token that way.
func httpRequests(blocks []*facts.Block) []facts.Request {
	var out []facts.Request
	for _, b := range blocks {
		if b.Type != "data" || len(b.Labels) != 2 || b.Labels[0] != "http" {
			continue
		}
		url, ok := b.Get("url")
		if !ok {
			continue
		}
		r := facts.Request{Tool: "terraform http", Method: "GET", URL: url.Value, Pos: b.Pos, End: b.End}
		if m, ok := b.Get("method"); ok && m.Value.IsKnown() {
			r.Method = strings.ToUpper(m.Value.Text())
		}
		if body, ok := b.Get("request_body"); ok {
			r.Params = append(r.Params, facts.FormPairs(body.Value, url.Value.Text(), facts.FormParam)...)
		}
		if body := b.Child(jsonBody); body != nil {
			body.Walk(func(m *facts.Block) {
				for _, p := range m.Pairs {
					p.Origin = facts.JSONBody
					r.Params = append(r.Params, p)
				}
			})
		}
		r.Params = append(r.Params, facts.FormPairs(url.Value, url.Value.Text(), facts.QueryParam)...)
		if h := b.Child("request_headers"); h != nil {
			for _, p := range h.Pairs {
				p.Origin = facts.Header
				r.Headers = append(r.Headers, p)
			}
		}
		out = append(out, r)
	}
	return out
}
