package terraform

import (
	"cmp"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// literals lists every string, number and bool written in a file, once, where
// it is written: attribute values, defaults, tfvars values and the literal
// text of templates. Object keys are names, not values, and are left out.
func (m *module) literals(f *tfFile) []facts.Value {
	var out []facts.Value
	if body, ok := f.body.(*hclsyntax.Body); ok {
		w := &literalWalker{f: f}
		hclsyntax.Walk(body, w)
		out = w.values
	} else {
		attrs, _ := attributes(f.body)
		for _, a := range attrs {
			out = m.jsonLiterals(a.Expr, f, out)
		}
	}
	slices.SortStableFunc(out, func(a, b facts.Value) int { return cmp.Compare(a.Pos, b.Pos) })
	return out
}

// literalWalker collects the constants of a native-syntax file.
type literalWalker struct {
	f      *tfFile
	inKey  int // depth inside object keys
	values []facts.Value
}

func (w *literalWalker) Enter(n hclsyntax.Node) hcl.Diagnostics {
	switch x := n.(type) {
	case *hclsyntax.ObjectConsKeyExpr:
		w.inKey++
	case *hclsyntax.LiteralValueExpr:
		if w.inKey == 0 && x.Val.IsKnown() && !x.Val.IsNull() && x.Val.Type() != cty.DynamicPseudoType {
			w.values = append(w.values, literal(x.Val, x.SrcRange, w.f, facts.Literal))
		}
	}
	return nil
}

func (w *literalWalker) Exit(n hclsyntax.Node) hcl.Diagnostics {
	if _, ok := n.(*hclsyntax.ObjectConsKeyExpr); ok {
		w.inKey--
	}
	return nil
}

// jsonLiterals collects the constants of a JSON value: the members of
// objects and arrays, and the literal text of strings around ${...}.
func (m *module) jsonLiterals(expr hcl.Expression, f *tfFile, out []facts.Value) []facts.Value {
	if items, ok := m.objectItems(expr, f); ok {
		for _, it := range items {
			out = m.jsonLiterals(it.value, f, out)
		}
		return out
	}
	if elems, diags := hcl.ExprList(expr); !diags.HasErrors() {
		for _, e := range elems {
			out = m.jsonLiterals(e, f, out)
		}
		return out
	}
	v := m.eval(expr, f, false)
	if v.Type == facts.Null {
		return out
	}
	if v.Kind() == facts.Literal {
		return append(out, v)
	}
	for _, p := range v.Parts {
		if p.Kind == facts.Literal {
			out = append(out, facts.Value{Parts: []facts.Part{p}, Type: v.Type, Pos: p.Pos, End: p.End})
		}
	}
	return out
}
