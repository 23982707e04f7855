package inifile

import (
	"bytes"
	"fmt"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// readConfig reads a .databrickscfg the way the Databricks CLI and SDKs do
// (go-ini, configparser): [PROFILE] headers, "key = value" or "key: value"
// lines, whole-line ; and # comments, a comment after blanks at the end of
// an unquoted value, and values in matching quotes taken without them. Keys
// before the first header belong to DEFAULT.
func readConfig(f *source.File) *facts.File {
	out := &facts.File{Source: f, Kinds: []string{"databrickscfg"}}
	src := f.Src
	// The file has no variables of its own: ${NAME} is left for the
	// environment (a template filled by envsubst in CI), an env-ref.
	env := facts.NewEnv()
	var profile *facts.Block
	for _, l := range lines(src) {
		i := skipBlanks(src, l.start, l.end)
		if i == l.end || src[i] == ';' || src[i] == '#' {
			continue
		}
		if src[i] == '[' {
			closing := bytes.IndexByte(src[i:l.end], ']')
			if closing < 0 {
				out.Problems = append(out.Problems, facts.Problem{Pos: f.Pos(i),
					Message: fmt.Sprintf("line %d: profile header without ']'", l.num)})
				continue
			}
			name := string(bytes.TrimSpace(src[i+1 : i+closing]))
			profile = &facts.Block{Type: "profile", Labels: []string{name}, Path: "[" + name + "]",
				Pos: f.Pos(i), End: f.Pos(i + closing + 1)}
			out.Blocks = append(out.Blocks, profile)
			continue
		}
		keyEnd := i
		delim := bytes.IndexAny(src[i:l.end], "=:")
		if delim >= 0 {
			keyEnd = trimBlanks(src, i, i+delim)
		}
		if keyEnd == i {
			out.Problems = append(out.Problems, facts.Problem{Pos: f.Pos(i),
				Message: fmt.Sprintf("line %d: neither a [profile] header nor a key = value line", l.num)})
			continue
		}
		if profile == nil {
			profile = &facts.Block{Type: "profile", Labels: []string{"DEFAULT"}, Path: "[DEFAULT]", Pos: f.Pos(i)}
			out.Blocks = append(out.Blocks, profile)
		}
		v, defaults := configValue(f, env, i+delim+1, l.end)
		p := facts.Pair{Key: string(src[i:keyEnd]), KeyPos: f.Pos(i), KeyEnd: f.Pos(keyEnd), Path: profile.Path,
			Value: v, Origin: facts.INIKey}
		profile.Pairs = append(profile.Pairs, p)
		profile.End = f.Pos(l.end)
		out.Pairs = append(out.Pairs, p)
		if writtenInPlace(v) {
			out.Values = append(out.Values, v)
		}
		out.Values = append(out.Values, defaults...)
	}
	return out
}

// configValue reads the value after a key's delimiter, up to end.
func configValue(f *source.File, env *facts.Env, start, end int) (facts.Value, []facts.Value) {
	src := f.Src
	vs := skipBlanks(src, start, end)
	if vs < end && (src[vs] == '"' || src[vs] == '\'') {
		if closing := bytes.IndexByte(src[vs+1:end], src[vs]); closing >= 0 {
			ve := vs + 1 + closing
			v, defaults := scanValue(f, env, vs+1, ve, plain)
			v.Pos, v.End = f.Pos(vs), f.Pos(ve+1)
			return v, defaults
		}
	}
	ve := vs
	for ve < end && !((src[ve] == '#' || src[ve] == ';') && ve > vs && (src[ve-1] == ' ' || src[ve-1] == '\t')) {
		ve++
	}
	ve = trimBlanks(src, vs, ve)
	v, defaults := scanValue(f, env, vs, ve, plain)
	v.Pos, v.End = f.Pos(vs), f.Pos(ve)
	return v, defaults
}
