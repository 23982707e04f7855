package inifile

import (
	"bytes"
	"fmt"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// readDotenv reads a .env file the way python-dotenv and docker compose do:
// KEY=value lines, optionally after "export", # comments, values in single
// quotes (literal) or double quotes (escapes, ${NAME}; both may span lines),
// unquoted values up to a comment after blanks. ${NAME} is the value NAME
// was given above, or an env-ref.
func readDotenv(f *source.File) *facts.File {
	out := &facts.File{Source: f, Kinds: []string{"dotenv"}}
	src := f.Src
	env := facts.NewEnv()
	ls := lines(src)
	for k := 0; k < len(ls); k++ {
		l := ls[k]
		i := skipBlanks(src, l.start, l.end)
		if i == l.end || src[i] == '#' {
			continue
		}
		if rest := src[i:l.end]; bytes.HasPrefix(rest, []byte("export")) && len(rest) > 6 && (rest[6] == ' ' || rest[6] == '\t') {
			i = skipBlanks(src, i+6, l.end)
		}
		eq := bytes.IndexByte(src[i:l.end], '=')
		keyEnd := i
		if eq >= 0 {
			keyEnd = trimBlanks(src, i, i+eq)
		}
		key := string(src[i:keyEnd])
		if !isDotenvKey(key) {
			out.Problems = append(out.Problems, facts.Problem{Pos: f.Pos(i),
				Message: fmt.Sprintf("line %d: not a KEY=value line", l.num)})
			continue
		}
		v, defaults, end, problem := dotenvValue(f, env, i+eq+1, l.end)
		if problem != "" {
			out.Problems = append(out.Problems, facts.Problem{Pos: v.Pos, Message: fmt.Sprintf("line %d: %s", l.num, problem)})
		}
		for k+1 < len(ls) && ls[k+1].start < end { // a quoted value spanned lines
			k++
		}
		env.Set(key, v)
		out.Pairs = append(out.Pairs, facts.Pair{Key: key, KeyPos: f.Pos(i), KeyEnd: f.Pos(keyEnd), Value: v,
			Origin: facts.EnvAssign})
		if writtenInPlace(v) {
			out.Values = append(out.Values, v)
		}
		out.Values = append(out.Values, defaults...)
	}
	return out
}

// isDotenvKey reports whether s is a variable name as .env readers accept
// it: letters, digits, '_', '.' and '-', not starting with a digit.
func isDotenvKey(s string) bool {
	if s == "" || '0' <= s[0] && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c == '.' || c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// dotenvValue reads the value that starts after the '=' at start, on the
// line that ends at lineEnd. It returns where the value ends in the file and
// a problem when a quote is not closed.
func dotenvValue(f *source.File, env *facts.Env, start, lineEnd int) (v facts.Value, defaults []facts.Value, end int, problem string) {
	src := f.Src
	vs := skipBlanks(src, start, lineEnd)
	if vs < lineEnd && (src[vs] == '"' || src[vs] == '\'') {
		q := src[vs]
		closing := closingQuote(src, vs+1, q)
		if closing >= 0 {
			mode := singleQuoted
			if q == '"' {
				mode = doubleQuoted
			}
			v, defaults = scanValue(f, env, vs+1, closing, mode)
			v.Pos, v.End = f.Pos(vs), f.Pos(closing+1)
			return v, defaults, closing + 1, ""
		}
		problem = "unterminated quoted value"
	}
	ve := vs
	for ve < lineEnd && !(src[ve] == '#' && ve > vs && (src[ve-1] == ' ' || src[ve-1] == '\t')) {
		ve++
	}
	ve = trimBlanks(src, vs, ve)
	v, defaults = scanValue(f, env, vs, ve, plain)
	v.Pos, v.End = f.Pos(vs), f.Pos(ve)
	return v, defaults, lineEnd, problem
}

// closingQuote returns the offset of the quote q that closes a value
// starting at i, skipping backslash-escaped characters in double quotes.
func closingQuote(src []byte, i int, q byte) int {
	for ; i < len(src); i++ {
		switch src[i] {
		case q:
			return i
		case '\\':
			if q == '"' {
				i++
			}
		}
	}
	return -1
}
