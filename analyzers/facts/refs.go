package facts

import (
	"go/token"
	"strings"
)

// ReplaceRefs returns v with references in its known text replaced by the
// parts replace gives for them. find returns the range [i, j) of the next
// reference at or after from in text, or i < 0 when there is none; replace
// receives the reference's text and source range. Text outside references
// keeps its parts and exact positions. Matches that touch a part which is
// already a reference are left alone.
func ReplaceRefs(v Value, find func(text string, from int) (i, j int),
	replace func(ref string, pos, end token.Pos) []Part) Value {
	text := v.Text()
	var parts []Part
	last := 0
	for from := 0; from < len(text); {
		i, j := find(text, from)
		if i < from || j <= i || j > len(text) {
			break
		}
		from = j
		if !v.KnownAt(i, j) {
			continue
		}
		if i > last {
			parts = append(parts, v.Slice(last, i).Parts...)
		}
		pos, end := v.Span(i, j)
		parts = append(parts, replace(text[i:j], pos, end)...)
		last = j
	}
	if parts == nil {
		return v
	}
	if last < len(text) {
		parts = append(parts, v.Slice(last, len(text)).Parts...)
	}
	v.Parts = parts
	return v
}

// SecretRefs replaces every Databricks secret reference {{secrets/scope/key}}
// in v by a SecretRef part: Spark conf, environment variables and job
// parameters may hold them, and Databricks substitutes the secret at run time.
func SecretRefs(v Value) Value {
	if !strings.Contains(v.Text(), "{{secrets/") {
		return v
	}
	return ReplaceRefs(v, NextSecretRef, func(ref string, pos, end token.Pos) []Part {
		return []Part{{Text: Placeholder(SecretRef, ref[2:len(ref)-2]), Kind: SecretRef, Pos: pos, End: end}}
	})
}

// NextSecretRef finds the next {{secrets/<scope>/<key>}} in text at or after
// from, returning its range, or -1, -1.
func NextSecretRef(text string, from int) (int, int) {
	for {
		k := strings.Index(text[from:], "{{secrets/")
		if k < 0 {
			return -1, -1
		}
		i := from + k
		body := text[i+len("{{secrets/"):]
		scope, rest, ok := strings.Cut(body, "/")
		if ok && validRefName(scope) {
			if key, _, ok := strings.Cut(rest, "}}"); ok && validRefName(key) {
				return i, i + len("{{secrets/") + len(scope) + 1 + len(key) + 2
			}
		}
		from = i + 1
	}
}

// validRefName reports whether s can be a secret scope or key name in a
// reference: non-empty, without separators, braces or white space.
func validRefName(s string) bool {
	return s != "" && !strings.ContainsAny(s, "/{} \t\r\n\x00")
}
