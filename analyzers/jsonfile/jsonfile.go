// Package jsonfile is the front-end for JSON files (other than .ipynb and
// Terraform JSON): Databricks job, cluster, token, secret and workspace-conf
// payloads, ARM templates and parameter files, and any other JSON. It parses
// with jsonast, classifies the document with embedded JSON Schemas
// (facts.File.Kinds) and turns every scalar into a Value, every object member
// into a Pair and every object into a Block addressed by its JSON pointer.
package jsonfile

import (
	"strconv"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/jsonast"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Analyzer extracts the facts of the unit's JSON files; its Result is a
// *facts.Unit holding only those files.
var Analyzer = facts.PerFile("jsonfile", "extract facts (values, members, objects, document kinds) from JSON files", Extract, source.JSON)

// Extract parses one JSON file and returns its facts. Syntax errors are Fatal
// problems (what follows them is missing); comments, trailing commas and
// duplicate keys are reported but lose nothing. A document cut short by a
// syntax error keeps its facts but gets no Kinds: a partial document must
// not look like, say, a token request without a lifetime.
func Extract(f *source.File) *facts.File {
	out := &facts.File{Source: f}
	root, errs := jsonast.Parse(f.Src)
	broken := false
	for _, e := range errs {
		msg := e.Message
		if !e.Lenient {
			msg = "invalid JSON: " + msg
			broken = true
		}
		out.Problems = append(out.Problems, facts.Problem{Pos: f.Pos(e.Offset), Message: msg, Fatal: !e.Lenient})
	}
	if root == nil {
		return out
	}
	if !broken {
		out.Kinds = Classify(root)
	}
	x := &extractor{file: f, out: out, arm: isARM(out.Kinds)}
	switch root.Kind {
	case jsonast.Object:
		out.Blocks = append(out.Blocks, x.object(root, "json", ""))
	case jsonast.Array:
		top := &facts.Block{}
		x.array(top, nil, root, "json", "")
		out.Blocks = append(out.Blocks, top.Blocks...)
	default:
		x.scalar(root)
	}
	return out
}

// maxPathLen bounds a block's JSON pointer: past it a document is hostile,
// not configuration, and pointers would cost memory quadratic in the depth.
const maxPathLen = 4096

type extractor struct {
	file    *source.File
	out     *facts.File
	arm     bool // strings may be ARM template expressions
	tooDeep bool // reported once
}

// deep reports whether ptr is too long to descend into, with a problem the
// first time.
func (x *extractor) deep(ptr string, n *jsonast.Node) bool {
	if len(ptr) <= maxPathLen {
		return false
	}
	if !x.tooDeep {
		x.tooDeep = true
		x.out.Problems = append(x.out.Problems, facts.Problem{
			Pos:     x.file.Pos(n.Start),
			Message: "JSON nested too deeply; the values inside were skipped",
			Fatal:   true,
		})
	}
	return true
}

// object turns an object at JSON pointer ptr into a block of type typ.
func (x *extractor) object(n *jsonast.Node, typ, ptr string) *facts.Block {
	b := &facts.Block{Type: typ, Path: ptr, Pos: x.file.Pos(n.Start), End: x.file.Pos(n.End)}
	for _, m := range n.Members {
		mptr := ptr + "/" + jsonast.EscapePointer(m.Key)
		if x.deep(mptr, m.Value) {
			break
		}
		switch m.Value.Kind {
		case jsonast.Object:
			if name, ok := keyVaultSecret(m.Value); ok {
				v := facts.Ref(facts.SecretRef, "keyvault:"+name, x.file.Pos(m.Value.Start), x.file.Pos(m.Value.End))
				x.pair(b, m, ptr, v)
			}
			b.Blocks = append(b.Blocks, x.object(m.Value, m.Key, mptr))
		case jsonast.Array:
			x.array(b, &m, m.Value, m.Key, mptr)
		default:
			v := x.scalar(m.Value)
			x.pair(b, m, ptr, v)
		}
	}
	return b
}

func (x *extractor) pair(b *facts.Block, m jsonast.Member, ptr string, v facts.Value) {
	p := facts.Pair{
		Key:    m.Key,
		KeyPos: x.file.Pos(m.KeyStart + 1), // after the quote, like values
		KeyEnd: x.file.Pos(m.KeyEnd - 1),
		Path:   ptr,
		Value:  v,
		Origin: facts.JSONMember,
	}
	b.Pairs = append(b.Pairs, p)
	x.out.Pairs = append(x.out.Pairs, p)
}

// array adds the objects of an array (also inside nested arrays) to parent
// as blocks of type typ, the key that holds the array. Its scalars become
// pairs of parent keyed by that member ("scopes": ["all-apis", "sql"] gives
// two "scopes" pairs), or only Values for a top-level array (m is nil).
func (x *extractor) array(parent *facts.Block, m *jsonast.Member, n *jsonast.Node, typ, ptr string) {
	for i, e := range n.Elems {
		eptr := ptr + "/" + strconv.Itoa(i)
		if x.deep(eptr, e) {
			break
		}
		switch e.Kind {
		case jsonast.Object:
			parent.Blocks = append(parent.Blocks, x.object(e, typ, eptr))
		case jsonast.Array:
			x.array(parent, m, e, typ, eptr)
		default:
			v := x.scalar(e)
			if m != nil && e.Kind != jsonast.Null {
				x.pair(parent, *m, parent.Path, v)
			}
		}
	}
}

// scalar converts a scalar and records it in the file's Values (nulls are
// not values).
func (x *extractor) scalar(n *jsonast.Node) facts.Value {
	v := n.Value(x.file)
	if n.Kind == jsonast.String {
		if x.arm {
			v = armValue(v)
		}
		v = facts.SecretRefs(v)
	}
	if n.Kind != jsonast.Null {
		x.out.Values = append(x.out.Values, v)
	}
	return v
}

// keyVaultSecret recognises an ARM Key Vault reference,
// {"reference": {"keyVault": {"id": ...}, "secretName": "..."}}, and returns
// the secret's name.
func keyVaultSecret(n *jsonast.Node) (string, bool) {
	ref := n.Get("reference")
	if ref.Get("keyVault") == nil {
		return "", false
	}
	name := ref.Get("secretName")
	if name == nil || name.Kind != jsonast.String {
		return "", false
	}
	return name.Str, true
}
