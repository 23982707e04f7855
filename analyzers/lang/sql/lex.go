package sql

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
)

type tokKind uint8

const (
	tEOF    tokKind = iota
	tIdent          // a name or keyword; a backquoted name without its quotes
	tOp             // = => || :: <> ...
	tDelim          // ( ) [ ] , ; .
	tString         // '...' or "..." (Spark SQL reads both as strings), r'...'
	tNumber         // as written
	tParam          // a parameter whose value is supplied at run time: :name, ${var}, {{param}}
)

// tok is one lexical token; offsets are into Code.Src.
type tok struct {
	kind       tokKind
	text       string // name, operator, number or parameter as written
	start, end int
	quoted     bool    // a backquoted name
	pieces     []piece // tString: the content, in order
}

// piece is a run of a string's content: decoded literal text, or a
// substituted parameter (${var} or {{param}}) written inside the string.
type piece struct {
	text       string // decoded text, or the parameter as written
	start, end int    // the content's range in Src
	exact      bool   // text is byte-for-byte Src[start:end]
	param      bool
}

type lexer struct {
	code     *facts.Code
	src      []byte
	i        int
	problems []facts.Problem
	badChar  bool // an unexpected character was reported already
}

func (lx *lexer) problem(off int, format string, args ...any) {
	lx.problems = append(lx.problems, facts.Problem{Pos: lx.code.Pos(off), Message: fmt.Sprintf(format, args...)})
}

func (lx *lexer) tokens() []tok {
	var toks []tok
	for {
		lx.skipSpace()
		if lx.i >= len(lx.src) {
			return toks
		}
		start := lx.i
		t := lx.scan()
		t.start, t.end = start, lx.i
		toks = append(toks, t)
	}
}

// skipSpace skips blanks, -- comments and /* */ comments (which nest in
// Spark SQL), and the Jinja comments {# #} and statement tags {% %} of
// templated SQL (dbt models and macros), which are no SQL text.
func (lx *lexer) skipSpace() {
	for lx.i < len(lx.src) {
		switch c := lx.src[lx.i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f':
			lx.i++
		case c == '{' && (lx.at(1) == '#' || lx.at(1) == '%'):
			closer := string(lx.at(1)) + "}"
			end := bytes.Index(lx.src[lx.i+2:], []byte(closer))
			if end < 0 {
				lx.problem(lx.i, "unterminated Jinja tag")
				lx.i = len(lx.src)
				return
			}
			lx.i += 2 + end + 2
		case c == '-' && lx.at(1) == '-':
			for lx.i < len(lx.src) && lx.src[lx.i] != '\n' {
				lx.i++
			}
		case c == '/' && lx.at(1) == '*':
			start := lx.i
			depth := 0
			for lx.i < len(lx.src) {
				if lx.src[lx.i] == '/' && lx.at(1) == '*' {
					depth++
					lx.i += 2
				} else if lx.src[lx.i] == '*' && lx.at(1) == '/' {
					lx.i += 2
					if depth--; depth == 0 {
						break
					}
				} else {
					lx.i++
				}
			}
			if depth > 0 {
				lx.problem(start, "unterminated block comment")
			}
		default:
			return
		}
	}
}

func (lx *lexer) at(k int) byte {
	if lx.i+k < len(lx.src) {
		return lx.src[lx.i+k]
	}
	return 0
}

// ops are the multi-character operators, longest first.
var ops = []string{"<=>", "=>", "||", "::", "<>", "!=", "<=", ">=", "==", "->", "<<", ">>"}

func (lx *lexer) scan() tok {
	c := lx.src[lx.i]
	switch {
	case (c == 'r' || c == 'R') && (lx.at(1) == '\'' || lx.at(1) == '"'):
		lx.i++
		return lx.str(true)
	case c == '\'' || c == '"':
		return lx.str(false)
	case isDigit(c) || c == '.' && isDigit(lx.at(1)):
		return lx.number()
	case isIdentStart(c):
		start := lx.i
		for lx.i < len(lx.src) && isIdentPart(lx.src[lx.i]) {
			lx.i++
		}
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
	case c == '`':
		var name []byte
		lx.i++
		for {
			if lx.i >= len(lx.src) {
				lx.problem(lx.i, "unterminated backquoted name")
				return tok{kind: tIdent, text: string(name), quoted: true}
			}
			if lx.src[lx.i] == '`' {
				if lx.at(1) != '`' {
					lx.i++
					return tok{kind: tIdent, text: string(name), quoted: true}
				}
				lx.i++ // `` is a backquote inside the name
			}
			name = append(name, lx.src[lx.i])
			lx.i++
		}
	case c == ':' && isIdentStart(lx.at(1)):
		start := lx.i
		lx.i++
		for lx.i < len(lx.src) && isIdentPart(lx.src[lx.i]) {
			lx.i++
		}
		return tok{kind: tParam, text: string(lx.src[start:lx.i])}
	case c == '$' && lx.at(1) == '{', c == '{' && lx.at(1) == '{':
		if n := paramLen(lx.src[lx.i:]); n > 0 {
			lx.i += n
			return tok{kind: tParam, text: string(lx.src[lx.i-n : lx.i])}
		}
	case c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == '.':
		lx.i++
		return tok{kind: tDelim, text: string(c)}
	}
	for _, op := range ops {
		if len(lx.src)-lx.i >= len(op) && string(lx.src[lx.i:lx.i+len(op)]) == op {
			lx.i += len(op)
			return tok{kind: tOp, text: op}
		}
	}
	r, size := utf8.DecodeRune(lx.src[lx.i:])
	start := lx.i
	lx.i += size
	if unicode.IsLetter(r) {
		for lx.i < len(lx.src) {
			r, size := utf8.DecodeRune(lx.src[lx.i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				break
			}
			lx.i += size
		}
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
	}
	if r < 0x80 && unicode.IsPrint(r) { // + - * / % = < > ! ? & | ^ ~ { } $ @ # :
		return tok{kind: tOp, text: string(lx.src[start:lx.i])}
	}
	if !lx.badChar {
		lx.badChar = true
		lx.problem(start, "unexpected character %q", r)
	}
	return tok{kind: tOp, text: string(lx.src[start:lx.i])}
}

// paramLen is the length of ${name} or {{ name }} at the start of b, or 0.
// Databricks substitutes both as text, inside strings too.
func paramLen(b []byte) int {
	var open, closer string
	switch {
	case len(b) > 1 && b[0] == '$' && b[1] == '{':
		open, closer = "${", "}"
	case len(b) > 1 && b[0] == '{' && b[1] == '{':
		open, closer = "{{", "}}"
	default:
		return 0
	}
	if open == "{{" {
		// A Jinja expression ({{ env_var("PG_PASSWORD") }}) is one parameter,
		// whatever it holds, as long as it closes on the same line.
		if end := bytes.Index(b, []byte("}}")); end > 2 && bytes.IndexByte(b[:end], '\n') < 0 {
			return end + 2
		}
		return 0
	}
	k := len(open)
	for k < len(b) && b[k] == ' ' {
		k++
	}
	nameStart := k
	for k < len(b) && (isIdentPart(b[k]) || b[k] == '.' || b[k] == ':' || b[k] == '-') {
		k++
	}
	if k == nameStart {
		return 0
	}
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if len(b)-k < len(closer) || string(b[k:k+len(closer)]) != closer {
		return 0
	}
	return k + len(closer)
}

func (lx *lexer) number() tok {
	start := lx.i
	for lx.i < len(lx.src) && (isDigit(lx.src[lx.i]) || lx.src[lx.i] == '.') {
		lx.i++
	}
	if lx.i < len(lx.src) && (lx.src[lx.i] == 'e' || lx.src[lx.i] == 'E') {
		k := 1
		if lx.at(1) == '+' || lx.at(1) == '-' {
			k = 2
		}
		if isDigit(lx.at(k)) {
			lx.i += k
			for lx.i < len(lx.src) && isDigit(lx.src[lx.i]) {
				lx.i++
			}
		}
	}
	// type suffixes: 10L, 1.5D, 2BD, 3S, 4Y, 1.0F
	for n := 0; n < 2 && lx.i < len(lx.src) && isLetter(lx.src[lx.i]); n++ {
		lx.i++
	}
	return tok{kind: tNumber, text: string(lx.src[start:lx.i])}
}

// str lexes a string at lx.i (the quote): backslash escapes and doubled
// quotes are decoded unless raw; ${var} and {{param}} become parameter pieces.
func (lx *lexer) str(raw bool) tok {
	quote := lx.src[lx.i]
	start := lx.i
	lx.i++
	t := tok{kind: tString}
	var run []byte
	runStart, runExact := lx.i, true
	flush := func(end int, last bool) {
		if runStart < end || last && len(t.pieces) == 0 {
			t.pieces = append(t.pieces, piece{text: string(run), start: runStart, end: end, exact: runExact})
		}
		run, runExact = run[:0], true
	}
	for {
		if lx.i >= len(lx.src) {
			lx.problem(start, "unterminated string literal")
			flush(lx.i, true)
			return t
		}
		c := lx.src[lx.i]
		switch {
		case c == quote && lx.at(1) == quote: // '' is a quote
			run = append(run, quote)
			runExact = false
			lx.i += 2
		case c == quote:
			flush(lx.i, true)
			lx.i++
			return t
		case c == '\\' && !raw:
			run = lx.escape(run)
			runExact = false
		case c == '$' || c == '{':
			if n := paramLen(lx.src[lx.i:]); n > 0 {
				flush(lx.i, false)
				t.pieces = append(t.pieces, piece{text: string(lx.src[lx.i : lx.i+n]), start: lx.i, end: lx.i + n, param: true})
				lx.i += n
				runStart = lx.i
				continue
			}
			run = append(run, c)
			lx.i++
		default:
			run = append(run, c)
			lx.i++
		}
	}
}

// escape decodes a Spark SQL escape at lx.i (a backslash) onto b; unknown
// escapes stand for the character itself.
func (lx *lexer) escape(b []byte) []byte {
	lx.i++
	if lx.i >= len(lx.src) {
		return append(b, '\\')
	}
	c := lx.src[lx.i]
	lx.i++
	switch c {
	case 'n':
		return append(b, '\n')
	case 't':
		return append(b, '\t')
	case 'r':
		return append(b, '\r')
	case 'b':
		return append(b, '\b')
	case '0':
		return append(b, 0)
	case 'Z':
		return append(b, 26)
	case '%', '_': // kept escaped for LIKE patterns
		return append(b, '\\', c)
	case 'u':
		if lx.i+4 <= len(lx.src) && isHex(lx.src[lx.i]) && isHex(lx.src[lx.i+1]) && isHex(lx.src[lx.i+2]) && isHex(lx.src[lx.i+3]) {
			var r rune
			for _, h := range lx.src[lx.i : lx.i+4] {
				r = r<<4 | rune(hexVal(h))
			}
			lx.i += 4
			return utf8.AppendRune(b, r)
		}
	}
	return append(b, c)
}

func isLetter(c byte) bool     { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isIdentStart(c byte) bool { return isLetter(c) || c == '_' }
func isIdentPart(c byte) bool  { return isIdentStart(c) || isDigit(c) }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isHex(c byte) bool        { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func hexVal(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
