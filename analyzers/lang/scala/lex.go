package scala

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
)

type tokKind uint8

const (
	tEOF    tokKind = iota
	tIdent          // a name or keyword; a backquoted name without its quotes
	tOp             // a run of operator characters: + -> => = :
	tDelim          // ( ) [ ] { } , ; .
	tString         // "...", """...""", or an interpolated string (its prefix in text)
	tChar           // 'c'
	tNumber         // as written
)

// token is one lexical token; offsets are into Code.Src.
type tok struct {
	kind       tokKind
	text       string // name, operator, number, or a string's interpolator ("" when plain)
	start, end int
	nl         bool    // a line break comes before the token
	pieces     []piece // tString and tChar: the content, in order
}

// piece is a run of a string's content: decoded literal text, or an
// interpolation hole ($name or ${expr}) whose tokens are in hole.
type piece struct {
	text       string // decoded text; for a hole, its source text
	start, end int    // the content's range in Src (no quotes)
	exact      bool   // text is byte-for-byte Src[start:end]
	hole       []tok
	isHole     bool
}

// maxHoleDepth bounds interpolations nested in interpolations, so that
// hostile input cannot recurse without limit.
const maxHoleDepth = 64

type lexer struct {
	code     *facts.Code
	src      []byte
	i        int
	depth    int
	nl       bool
	problems []facts.Problem
	badChar  bool // an unexpected character was reported already
}

func (lx *lexer) problem(off int, format string, args ...any) {
	lx.problems = append(lx.problems, facts.Problem{Pos: lx.code.Pos(off), Message: fmt.Sprintf(format, args...)})
}

// tokens lexes to the end of the source or, inside an interpolation hole,
// to the '}' that closes it (which it consumes).
func (lx *lexer) tokens(inHole bool) []tok {
	var toks []tok
	braces := 0
	for {
		lx.skipSpace()
		if lx.i >= len(lx.src) {
			if inHole {
				lx.problem(lx.i, "unterminated string interpolation")
			}
			return toks
		}
		if inHole {
			switch lx.src[lx.i] {
			case '{':
				braces++
			case '}':
				if braces == 0 {
					lx.i++
					return toks
				}
				braces--
			}
		}
		toks = append(toks, lx.next())
	}
}

// skipSpace skips blanks and comments, noting line breaks.
func (lx *lexer) skipSpace() {
	for lx.i < len(lx.src) {
		switch c := lx.src[lx.i]; {
		case c == '\n':
			lx.nl = true
			lx.i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			lx.i++
		case c == '/' && lx.at(1) == '/':
			for lx.i < len(lx.src) && lx.src[lx.i] != '\n' {
				lx.i++
			}
		case c == '/' && lx.at(1) == '*':
			lx.blockComment()
		default:
			return
		}
	}
}

// blockComment skips a /* */ comment; Scala comments nest.
func (lx *lexer) blockComment() {
	start := lx.i
	depth := 0
	for lx.i < len(lx.src) {
		switch {
		case lx.src[lx.i] == '/' && lx.at(1) == '*':
			depth++
			lx.i += 2
		case lx.src[lx.i] == '*' && lx.at(1) == '/':
			depth--
			lx.i += 2
			if depth == 0 {
				return
			}
		default:
			if lx.src[lx.i] == '\n' {
				lx.nl = true
			}
			lx.i++
		}
	}
	lx.problem(start, "unterminated block comment")
}

func (lx *lexer) at(k int) byte {
	if lx.i+k < len(lx.src) {
		return lx.src[lx.i+k]
	}
	return 0
}

func (lx *lexer) next() tok {
	start := lx.i
	nl := lx.nl
	lx.nl = false
	t := lx.scan()
	t.start, t.nl = start, nl
	t.end = lx.i
	return t
}

func (lx *lexer) scan() tok {
	c := lx.src[lx.i]
	switch {
	case isIdentStart(c):
		start := lx.i
		for lx.i < len(lx.src) && isIdentPart(lx.src[lx.i]) {
			lx.i++
		}
		name := string(lx.src[start:lx.i])
		if lx.i < len(lx.src) && lx.src[lx.i] == '"' {
			return lx.str(name)
		}
		return tok{kind: tIdent, text: name}
	case c >= '0' && c <= '9' || c == '.' && isDigit(lx.at(1)):
		return lx.number()
	case c == '"':
		return lx.str("")
	case c == '\'':
		return lx.char()
	case c == '`':
		end := lx.i + 1
		for end < len(lx.src) && lx.src[end] != '`' && lx.src[end] != '\n' {
			end++
		}
		if end >= len(lx.src) || lx.src[end] != '`' {
			lx.problem(lx.i, "unterminated backquoted name")
			name := string(lx.src[lx.i+1 : end])
			lx.i = end
			return tok{kind: tIdent, text: name}
		}
		name := string(lx.src[lx.i+1 : end])
		lx.i = end + 1
		return tok{kind: tIdent, text: name}
	case isDelim(c):
		lx.i++
		return tok{kind: tDelim, text: string(c)}
	case isOpChar(c):
		start := lx.i
		for lx.i < len(lx.src) && isOpChar(lx.src[lx.i]) {
			if lx.src[lx.i] == '/' && (lx.at(1) == '/' || lx.at(1) == '*') {
				break
			}
			lx.i++
		}
		return tok{kind: tOp, text: string(lx.src[start:lx.i])}
	}
	r, size := utf8.DecodeRune(lx.src[lx.i:])
	start := lx.i
	lx.i += size
	switch {
	case unicode.IsLetter(r):
		for lx.i < len(lx.src) {
			r, size := utf8.DecodeRune(lx.src[lx.i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				break
			}
			lx.i += size
		}
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
	case unicode.IsSymbol(r): // → and ⇒ are Scala's unicode arrows
		return tok{kind: tOp, text: string(lx.src[start:lx.i])}
	}
	if !lx.badChar {
		lx.badChar = true
		lx.problem(start, "unexpected character %q", r)
	}
	return tok{kind: tOp, text: string(lx.src[start:lx.i])}
}

func (lx *lexer) number() tok {
	start := lx.i
	if lx.src[lx.i] == '0' && (lx.at(1) == 'x' || lx.at(1) == 'X') {
		lx.i += 2
		for lx.i < len(lx.src) && (isHex(lx.src[lx.i]) || lx.src[lx.i] == '_') {
			lx.i++
		}
	} else {
		lx.digits()
		if lx.i < len(lx.src) && lx.src[lx.i] == '.' && isDigit(lx.at(1)) {
			lx.i++
			lx.digits()
		}
		if lx.i < len(lx.src) && (lx.src[lx.i] == 'e' || lx.src[lx.i] == 'E') {
			k := 1
			if lx.at(1) == '+' || lx.at(1) == '-' {
				k = 2
			}
			if isDigit(lx.at(k)) {
				lx.i += k
				lx.digits()
			}
		}
	}
	if lx.i < len(lx.src) {
		switch lx.src[lx.i] {
		case 'l', 'L', 'f', 'F', 'd', 'D':
			lx.i++
		}
	}
	return tok{kind: tNumber, text: string(lx.src[start:lx.i])}
}

func (lx *lexer) digits() {
	for lx.i < len(lx.src) && (isDigit(lx.src[lx.i]) || lx.src[lx.i] == '_') {
		lx.i++
	}
}

// char lexes 'c' or '\n'; a quote that starts no character literal is the
// old symbol syntax ('name) and becomes an operator token.
func (lx *lexer) char() tok {
	start := lx.i
	lx.i++
	if lx.i >= len(lx.src) || lx.src[lx.i] == '\n' {
		return tok{kind: tOp, text: "'"}
	}
	var text []byte
	exact := true
	if lx.src[lx.i] == '\\' {
		text = lx.escape(text)
		exact = false
	} else {
		_, size := utf8.DecodeRune(lx.src[lx.i:])
		text = lx.src[lx.i : lx.i+size]
		lx.i += size
	}
	if lx.i >= len(lx.src) || lx.src[lx.i] != '\'' {
		lx.i = start + 1
		return tok{kind: tOp, text: "'"}
	}
	lx.i++
	return tok{kind: tChar, pieces: []piece{{text: string(text), start: start + 1, end: lx.i - 1, exact: exact}}}
}

// str lexes a string literal at lx.i (the opening quote) with interpolator
// prefix ("" for a plain string). Escapes are decoded in plain "..." and in
// s and f interpolations; """...""" and raw keep backslashes.
func (lx *lexer) str(prefix string) tok {
	quote := lx.i
	triple := lx.at(1) == '"' && lx.at(2) == '"'
	if triple {
		lx.i += 3
	} else {
		lx.i++
	}
	interp := prefix != ""
	escapes := prefix == "" && !triple || prefix == "s" || prefix == "f"
	t := tok{kind: tString, text: prefix}

	var run []byte
	runStart, runExact := lx.i, true
	// flush ends the current literal run; an empty run is kept only when it
	// is the whole string, so that "" has one (empty) piece.
	flush := func(end int, last bool) {
		if runStart < end || last && len(t.pieces) == 0 {
			t.pieces = append(t.pieces, piece{text: string(run), start: runStart, end: end, exact: runExact})
		}
		run = run[:0]
		runExact = true
	}
	afterHole := false
	for {
		if lx.i >= len(lx.src) {
			lx.problem(quote, "unterminated string literal")
			flush(lx.i, true)
			return t
		}
		c := lx.src[lx.i]
		if triple {
			if c == '"' && lx.at(1) == '"' && lx.at(2) == '"' {
				end := lx.i + 3
				for end < len(lx.src) && lx.src[end] == '"' { // """a"""" ends at the last three quotes
					end++
				}
				run = append(run, lx.src[lx.i:end-3]...)
				lx.i = end - 3
				flush(lx.i, true)
				lx.i = end
				return t
			}
		} else if c == '"' {
			flush(lx.i, true)
			lx.i++
			return t
		} else if c == '\n' {
			lx.problem(quote, "unterminated string literal")
			flush(lx.i, true)
			return t
		}
		switch {
		case interp && c == '$':
			if lx.hole(&t, flush) {
				runStart = lx.i
				afterHole = true
				continue
			}
			run = append(run, '$')
			runExact = runExact && lx.at(1) != '$'
			if lx.at(1) == '$' {
				lx.i++
			}
			lx.i++
		case escapes && c == '\\':
			run = lx.escape(run)
			runExact = false
		case prefix == "f" && c == '%':
			if afterHole && len(run) == 0 { // the format of the value just interpolated: $x%.2f
				lx.i += formatSpecLen(lx.src[lx.i:])
				runStart = lx.i
				break
			}
			run = append(run, '%')
			if lx.at(1) == '%' {
				runExact = false
				lx.i++
			}
			lx.i++
		default:
			run = append(run, c)
			lx.i++
		}
		afterHole = false
	}
}

// hole lexes $name or ${expr} at lx.i; it returns false for a lone '$' or
// an escaped "$$", which stay text.
func (lx *lexer) hole(t *tok, flush func(int, bool)) bool {
	start := lx.i
	switch c := lx.at(1); {
	case c == '{':
		if lx.depth >= maxHoleDepth {
			lx.problem(start, "string interpolations nested too deeply")
			return false
		}
		flush(start, false)
		lx.i += 2
		lx.depth++
		saved := lx.nl
		toks := lx.tokens(true)
		lx.nl = saved
		lx.depth--
		text := strings.TrimSuffix(string(lx.src[start+2:lx.i]), "}")
		t.pieces = append(t.pieces, piece{text: text, start: start, end: lx.i, hole: toks, isHole: true})
		return true
	case isIdentStart(c) && c != '$':
		flush(start, false)
		lx.i++
		for lx.i < len(lx.src) && isIdentPart(lx.src[lx.i]) && lx.src[lx.i] != '$' {
			lx.i++
		}
		name := string(lx.src[start+1 : lx.i])
		id := tok{kind: tIdent, text: name, start: start + 1, end: lx.i}
		t.pieces = append(t.pieces, piece{text: name, start: start, end: lx.i, hole: []tok{id}, isHole: true})
		return true
	}
	return false
}

// formatSpecLen is the length of a java.util.Formatter specifier at b[0]=='%'.
func formatSpecLen(b []byte) int {
	k := 1
	for k < len(b) && (isDigit(b[k]) || b[k] == '.' || b[k] == '-' || b[k] == '+' || b[k] == '#' || b[k] == ' ' || b[k] == ',' || b[k] == '(') {
		k++
	}
	if k < len(b) && (b[k] >= 'a' && b[k] <= 'z' || b[k] >= 'A' && b[k] <= 'Z') {
		k++
	}
	return k
}

// escape decodes the escape sequence at lx.i (a backslash) onto b.
func (lx *lexer) escape(b []byte) []byte {
	start := lx.i
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
	case 'f':
		return append(b, '\f')
	case '"', '\'', '\\':
		return append(b, c)
	case 'u':
		for lx.i < len(lx.src) && lx.src[lx.i] == 'u' { // \uuuu0041 is legal
			lx.i++
		}
		if lx.i+4 <= len(lx.src) && isHex(lx.src[lx.i]) && isHex(lx.src[lx.i+1]) && isHex(lx.src[lx.i+2]) && isHex(lx.src[lx.i+3]) {
			var r rune
			for _, h := range lx.src[lx.i : lx.i+4] {
				r = r<<4 | rune(hexVal(h))
			}
			lx.i += 4
			return utf8.AppendRune(b, r)
		}
	case '0', '1', '2', '3', '4', '5', '6', '7': // deprecated octal escapes
		v := int(c - '0')
		for n := 1; n < 3 && lx.i < len(lx.src) && lx.src[lx.i] >= '0' && lx.src[lx.i] <= '7'; n++ {
			v = v*8 + int(lx.src[lx.i]-'0')
			lx.i++
		}
		return utf8.AppendRune(b, rune(v))
	}
	lx.problem(start, "invalid escape sequence")
	return append(b, lx.src[start:lx.i]...)
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) }
func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isHex(c byte) bool       { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isDelim(c byte) bool {
	switch c {
	case '(', ')', '[', ']', '{', '}', ',', ';', '.':
		return true
	}
	return false
}

func isOpChar(c byte) bool {
	switch c {
	case '+', '-', '*', '/', '<', '>', '=', '!', '&', '|', '^', '%', '~', '?', ':', '#', '@', '\\':
		return true
	}
	return false
}

func hexVal(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
