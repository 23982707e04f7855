package inifile

import (
	"bytes"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// quoting says how the text of a value is read.
type quoting uint8

const (
	plain        quoting = iota // unquoted: ${NAME} expands
	doubleQuoted                // ${NAME} expands and backslash escapes are decoded (.env "...")
	singleQuoted                // literal text (.env '...')
)

// dotenvEscapes are the escapes python-dotenv decodes in double quotes; any
// other escaped character stands for itself (\" \\ \$).
var dotenvEscapes = map[byte]string{'n': "\n", 't': "\t", 'r': "\r", 'b': "\b", 'f': "\f", 'v': "\v", 'a': "\a"}

// scanValue builds the value written at src[start:end]. Literal runs are
// exact parts; ${NAME} is the value env binds to NAME or an env-ref (the
// file is read with the environment of the process that loads it). It also
// returns the defaults written in ${NAME:-default}, which are values too.
func scanValue(f *source.File, env *facts.Env, start, end int, q quoting) (facts.Value, []facts.Value) {
	src := f.Src
	var v facts.Value
	var defaults []facts.Value
	run := start // the start of the literal run not yet added
	flush := func(i int) {
		if i > run {
			v.Parts = append(v.Parts, facts.Part{Text: string(src[run:i]), Kind: facts.Literal,
				Pos: f.Pos(run), End: f.Pos(i), Exact: true})
		}
	}
	for i := start; i < end; {
		switch c := src[i]; {
		case q == doubleQuoted && c == '\\' && i+1 < end:
			flush(i)
			next := src[i+1]
			if decoded, ok := dotenvEscapes[next]; ok {
				v.Parts = append(v.Parts, facts.Part{Text: decoded, Kind: facts.Literal, Pos: f.Pos(i), End: f.Pos(i + 2)})
			} else {
				v.Parts = append(v.Parts, facts.Part{Text: string(next), Kind: facts.Literal,
					Pos: f.Pos(i + 1), End: f.Pos(i + 2), Exact: true})
			}
			i += 2
			run = i
		case q != singleQuoted && c == '$' && i+1 < end && src[i+1] == '{':
			closing := bytes.IndexByte(src[i+2:end], '}')
			if closing < 0 {
				i++
				continue
			}
			inner := string(src[i+2 : i+2+closing])
			name, def, hasDefault := strings.Cut(inner, ":-")
			if !isName(name) {
				i++
				continue
			}
			flush(i)
			refEnd := i + 2 + closing + 1
			if known, ok := env.Use(name, f.Pos(i), f.Pos(refEnd)); ok {
				v.Parts = append(v.Parts, known.Parts...)
				if v.Via == "" {
					v.Via = name
				}
			} else {
				v.Parts = append(v.Parts, facts.Ref(facts.EnvRef, name, f.Pos(i), f.Pos(refEnd)).Parts...)
			}
			if hasDefault && def != "" {
				d := i + 2 + len(name) + len(":-")
				defaults = append(defaults, facts.Lit(def, f.Pos(d), f.Pos(d+len(def)), true))
			}
			i = refEnd
			run = i
		default:
			i++
		}
	}
	flush(end)
	if len(v.Parts) == 0 {
		v.Parts = []facts.Part{{Kind: facts.Literal, Pos: f.Pos(start), End: f.Pos(start), Exact: true}}
	}
	return v, defaults
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// writtenInPlace reports whether v has literal text written where v is, not
// only references (whose literals were values where they were written).
func writtenInPlace(v facts.Value) bool {
	for _, p := range v.Parts {
		if p.Kind == facts.Literal && p.Text != "" && p.Pos >= v.Pos && p.Pos < v.End {
			return true
		}
	}
	return false
}
