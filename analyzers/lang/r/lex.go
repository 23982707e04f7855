package r

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
)

type tokKind uint8

const (
	tEOF    tokKind = iota
	tIdent          // a name or keyword; a backquoted name without its quotes
	tOp             // <- -> = |> %>% :: $ + ...
	tDelim          // ( ) [ ] { } , ;
	tString         // '...', "...", r"(...)"
	tNumber         // as written
)

// tok is one lexical token; offsets are into Code.Src.
type tok struct {
	kind       tokKind
	text       string // name, operator or number; for a string its decoded content
	start, end int
	nl         bool // a line break comes before the token
	// For strings: where the content is written and whether text is
	// byte-for-byte that content (no escapes).
	contentStart, contentEnd int
	exact                    bool
}

type lexer struct {
	code     *facts.Code
	src      []byte
	i        int
	nl       bool
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
		start, nl := lx.i, lx.nl
		lx.nl = false
		t := lx.scan()
		t.start, t.end, t.nl = start, lx.i, nl
		toks = append(toks, t)
	}
}

// skipSpace skips blanks and # comments, noting line breaks.
func (lx *lexer) skipSpace() {
	for lx.i < len(lx.src) {
		switch lx.src[lx.i] {
		case '\n':
			lx.nl = true
			lx.i++
		case ' ', '\t', '\r', '\f':
			lx.i++
		case '#':
			for lx.i < len(lx.src) && lx.src[lx.i] != '\n' {
				lx.i++
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

// ops are R's multi-character operators, longest first.
var ops = []string{"<<-", "->>", ":::", "<-", "->", "|>", "::", "==", "!=", "<=", ">=", "&&", "||"}

func (lx *lexer) scan() tok {
	c := lx.src[lx.i]
	switch {
	case (c == 'r' || c == 'R') && (lx.at(1) == '"' || lx.at(1) == '\''):
		return lx.rawString()
	case c >= '0' && c <= '9' || c == '.' && isDigit(lx.at(1)):
		return lx.number()
	case isIdentStart(c):
		start := lx.i
		for lx.i < len(lx.src) && isIdentPart(lx.src[lx.i]) {
			lx.i++
		}
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
	case c == '"' || c == '\'':
		return lx.str()
	case c == '`':
		end := lx.i + 1
		for end < len(lx.src) && lx.src[end] != '`' {
			end++
		}
		name := string(lx.src[lx.i+1 : end])
		if end >= len(lx.src) {
			lx.problem(lx.i, "unterminated backquoted name")
			lx.i = end
		} else {
			lx.i = end + 1
		}
		return tok{kind: tIdent, text: name}
	case c == '%':
		end := lx.i + 1
		for end < len(lx.src) && lx.src[end] != '%' && lx.src[end] != '\n' {
			end++
		}
		if end < len(lx.src) && lx.src[end] == '%' {
			op := string(lx.src[lx.i : end+1])
			lx.i = end + 1
			return tok{kind: tOp, text: op}
		}
		lx.i++
		return tok{kind: tOp, text: "%"}
	case c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == ';':
		lx.i++
		return tok{kind: tDelim, text: string(c)}
	}
	for _, op := range ops {
		if len(lx.src)-lx.i >= len(op) && string(lx.src[lx.i:lx.i+len(op)]) == op {
			lx.i += len(op)
			return tok{kind: tOp, text: op}
		}
	}
	if isOpChar(c) {
		lx.i++
		return tok{kind: tOp, text: string(c)}
	}
	r, size := utf8.DecodeRune(lx.src[lx.i:])
	start := lx.i
	lx.i += size
	if unicode.IsLetter(r) {
		for lx.i < len(lx.src) {
			r, size := utf8.DecodeRune(lx.src[lx.i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' {
				break
			}
			lx.i += size
		}
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
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
		for lx.i < len(lx.src) && isHex(lx.src[lx.i]) {
			lx.i++
		}
	} else {
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
	}
	text := string(lx.src[start:lx.i])
	switch {
	case lx.i < len(lx.src) && lx.src[lx.i] == 'L': // 5432L is the integer 5432: the text is the number
		lx.i++
	case lx.i < len(lx.src) && lx.src[lx.i] == 'i':
		lx.i++
		text += "i"
	}
	return tok{kind: tNumber, text: text}
}

// str lexes '...' or "..."; R strings may span lines.
func (lx *lexer) str() tok {
	quote := lx.src[lx.i]
	start := lx.i
	lx.i++
	t := tok{kind: tString, contentStart: lx.i, exact: true}
	var text []byte
	for {
		if lx.i >= len(lx.src) {
			lx.problem(start, "unterminated string literal")
			t.text, t.contentEnd = string(text), lx.i
			return t
		}
		c := lx.src[lx.i]
		switch {
		case c == quote:
			t.text, t.contentEnd = string(text), lx.i
			lx.i++
			return t
		case c == '\\':
			text = lx.escape(text)
			t.exact = false
		default:
			text = append(text, c)
			lx.i++
		}
	}
}

// rawString lexes r"(...)", R'[...]', r"{...}", with optional dashes
// between the quote and the bracket: r"--(...)--".
func (lx *lexer) rawString() tok {
	start := lx.i
	quote := lx.src[lx.i+1]
	k := lx.i + 2
	for k < len(lx.src) && lx.src[k] == '-' {
		k++
	}
	dashes := k - lx.i - 2
	var closer byte
	if k < len(lx.src) {
		switch lx.src[k] {
		case '(':
			closer = ')'
		case '[':
			closer = ']'
		case '{':
			closer = '}'
		}
	}
	if closer == 0 { // not a raw string: the name r, then a string
		lx.i++
		return tok{kind: tIdent, text: string(lx.src[start:lx.i])}
	}
	content := k + 1
	for j := content; j < len(lx.src); j++ {
		if lx.src[j] != closer || j+1+dashes >= len(lx.src) {
			continue
		}
		end := j + 1
		for end < j+1+dashes && lx.src[end] == '-' {
			end++
		}
		if end == j+1+dashes && lx.src[end] == quote {
			lx.i = end + 1
			return tok{kind: tString, text: string(lx.src[content:j]), contentStart: content, contentEnd: j, exact: true}
		}
	}
	lx.problem(start, "unterminated raw string literal")
	lx.i = len(lx.src)
	return tok{kind: tString, text: string(lx.src[content:]), contentStart: content, contentEnd: lx.i, exact: true}
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
	case 'a':
		return append(b, '\a')
	case 'f':
		return append(b, '\f')
	case 'v':
		return append(b, '\v')
	case '"', '\'', '\\', '`', ' ', '\n':
		return append(b, c)
	case 'x':
		if v, n := lx.hexDigits(2, false); n > 0 {
			return append(b, byte(v))
		}
	case 'u', 'U':
		max := 4
		if c == 'U' {
			max = 8
		}
		braced := lx.i < len(lx.src) && lx.src[lx.i] == '{'
		if braced {
			lx.i++
		}
		if v, n := lx.hexDigits(max, braced); n > 0 {
			return utf8.AppendRune(b, rune(v))
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := int(c - '0')
		for n := 1; n < 3 && lx.i < len(lx.src) && lx.src[lx.i] >= '0' && lx.src[lx.i] <= '7'; n++ {
			v = v*8 + int(lx.src[lx.i]-'0')
			lx.i++
		}
		return append(b, byte(v))
	}
	lx.problem(start, "invalid escape sequence")
	return append(b, lx.src[start:lx.i]...)
}

// hexDigits reads up to max hex digits (and a closing brace when braced).
func (lx *lexer) hexDigits(max int, braced bool) (int, int) {
	v, n := 0, 0
	for n < max && lx.i < len(lx.src) && isHex(lx.src[lx.i]) {
		v = v<<4 | int(hexVal(lx.src[lx.i]))
		lx.i++
		n++
	}
	if braced && lx.i < len(lx.src) && lx.src[lx.i] == '}' {
		lx.i++
	}
	return v, n
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || isDigit(c) }
func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isHex(c byte) bool       { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isOpChar(c byte) bool {
	switch c {
	case '+', '-', '*', '/', '<', '>', '=', '!', '&', '|', '^', '~', '?', ':', '$', '@', '\\':
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
