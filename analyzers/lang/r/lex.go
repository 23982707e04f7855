package r

import (
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
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

// content is a string token's content as a literal piece.
func (t tok) content() lexutil.Piece {
	return lexutil.Piece{Text: t.text, Start: t.contentStart, End: t.contentEnd, Exact: t.exact}
}

type lexer struct {
	lexutil.Scanner
	nl bool // a line break was skipped since the last token
}

func (lx *lexer) tokens() []tok {
	var toks []tok
	for {
		lx.skipSpace()
		if lx.Off >= len(lx.Src) {
			return toks
		}
		start, nl := lx.Off, lx.nl
		lx.nl = false
		t := lx.scan()
		t.start, t.end, t.nl = start, lx.Off, nl
		toks = append(toks, t)
	}
}

// skipSpace skips blanks and # comments, noting line breaks.
func (lx *lexer) skipSpace() {
	for lx.Off < len(lx.Src) {
		switch lx.Src[lx.Off] {
		case '\n':
			lx.nl = true
			lx.Off++
		case ' ', '\t', '\r', '\f':
			lx.Off++
		case '#':
			lx.SkipLine()
		default:
			return
		}
	}
}

// ops are R's multi-character operators, longest first.
var ops = []string{"<<-", "->>", ":::", "<-", "->", "|>", "::", "==", "!=", "<=", ">=", "&&", "||"}

func (lx *lexer) scan() tok {
	c := lx.Src[lx.Off]
	switch {
	case (c == 'r' || c == 'R') && (lx.At(1) == '"' || lx.At(1) == '\''):
		return lx.rawString()
	case c >= '0' && c <= '9' || c == '.' && lexutil.IsDigit(lx.At(1)):
		return lx.number()
	case isIdentStart(c):
		start := lx.Off
		lx.SkipWhile(isIdentPart)
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	case c == '"' || c == '\'':
		return lx.str()
	case c == '`':
		end := lx.Off + 1
		for end < len(lx.Src) && lx.Src[end] != '`' {
			end++
		}
		name := string(lx.Src[lx.Off+1 : end])
		if end >= len(lx.Src) {
			lx.Problem(lx.Off, "unterminated backquoted name")
			lx.Off = end
		} else {
			lx.Off = end + 1
		}
		return tok{kind: tIdent, text: name}
	case c == '%':
		end := lx.Off + 1
		for end < len(lx.Src) && lx.Src[end] != '%' && lx.Src[end] != '\n' {
			end++
		}
		if end < len(lx.Src) && lx.Src[end] == '%' {
			op := string(lx.Src[lx.Off : end+1])
			lx.Off = end + 1
			return tok{kind: tOp, text: op}
		}
		lx.Off++
		return tok{kind: tOp, text: "%"}
	case c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == ';':
		lx.Off++
		return tok{kind: tDelim, text: string(c)}
	}
	for _, op := range ops {
		if len(lx.Src)-lx.Off >= len(op) && string(lx.Src[lx.Off:lx.Off+len(op)]) == op {
			lx.Off += len(op)
			return tok{kind: tOp, text: op}
		}
	}
	if isOpChar(c) {
		lx.Off++
		return tok{kind: tOp, text: string(c)}
	}
	r, size := utf8.DecodeRune(lx.Src[lx.Off:])
	start := lx.Off
	lx.Off += size
	if unicode.IsLetter(r) {
		lx.SkipRunes(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' })
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	}
	lx.UnexpectedChar(start, r)
	return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
}

func (lx *lexer) number() tok {
	start := lx.Off
	if !lx.HexNumber(lexutil.IsHex) {
		lx.SkipWhile(isDigitOrDot)
		lx.Exponent(lexutil.IsDigit)
	}
	text := string(lx.Src[start:lx.Off])
	switch {
	case lx.Off < len(lx.Src) && lx.Src[lx.Off] == 'L': // 5432L is the integer 5432: the text is the number
		lx.Off++
	case lx.Off < len(lx.Src) && lx.Src[lx.Off] == 'i':
		lx.Off++
		text += "i"
	}
	return tok{kind: tNumber, text: text}
}

// str lexes '...' or "..."; R strings may span lines.
func (lx *lexer) str() tok {
	quote := lx.Src[lx.Off]
	start := lx.Off
	lx.Off++
	t := tok{kind: tString, contentStart: lx.Off, exact: true}
	var text []byte
	for {
		if lx.Off >= len(lx.Src) {
			lx.Problem(start, "unterminated string literal")
			t.text, t.contentEnd = string(text), lx.Off
			return t
		}
		c := lx.Src[lx.Off]
		switch {
		case c == quote:
			t.text, t.contentEnd = string(text), lx.Off
			lx.Off++
			return t
		case c == '\\':
			text = lx.escape(text)
			t.exact = false
		default:
			text = append(text, c)
			lx.Off++
		}
	}
}

// rawString lexes r"(...)", R'[...]', r"{...}", with optional dashes
// between the quote and the bracket: r"--(...)--".
func (lx *lexer) rawString() tok {
	start := lx.Off
	quote := lx.Src[lx.Off+1]
	k := lx.Off + 2
	for k < len(lx.Src) && lx.Src[k] == '-' {
		k++
	}
	dashes := k - lx.Off - 2
	var closer byte
	if k < len(lx.Src) {
		switch lx.Src[k] {
		case '(':
			closer = ')'
		case '[':
			closer = ']'
		case '{':
			closer = '}'
		}
	}
	if closer == 0 { // not a raw string: the name r, then a string
		lx.Off++
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	}
	content := k + 1
	for j := content; j < len(lx.Src); j++ {
		if lx.Src[j] != closer || j+1+dashes >= len(lx.Src) {
			continue
		}
		end := j + 1
		for end < j+1+dashes && lx.Src[end] == '-' {
			end++
		}
		if end == j+1+dashes && lx.Src[end] == quote {
			lx.Off = end + 1
			return tok{kind: tString, text: string(lx.Src[content:j]), contentStart: content, contentEnd: j, exact: true}
		}
	}
	lx.Problem(start, "unterminated raw string literal")
	lx.Off = len(lx.Src)
	return tok{kind: tString, text: string(lx.Src[content:]), contentStart: content, contentEnd: lx.Off, exact: true}
}

// singleEscapes are R's one-character escapes; a backslash before a line
// break continues the string.
var singleEscapes = map[byte]byte{
	'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'a': '\a', 'f': '\f', 'v': '\v',
	'"': '"', '\'': '\'', '\\': '\\', '`': '`', ' ': ' ', '\n': '\n',
}

// escape decodes the escape sequence at lx.Off (a backslash) onto b: one of
// singleEscapes, \x41, \u0041, \u{41}, \U0001F600 or octal \101.
func (lx *lexer) escape(b []byte) []byte {
	start := lx.Off
	c, ok := lx.EscapeLetter()
	if !ok {
		return append(b, '\\')
	}
	if e, ok := singleEscapes[c]; ok {
		return append(b, e)
	}
	switch c {
	case 'x':
		if v, n := lx.HexDigits(2); n > 0 {
			return append(b, byte(v))
		}
	case 'u', 'U':
		max := 4
		if c == 'U' {
			max = 8
		}
		braced := lx.At(0) == '{'
		if braced {
			lx.Off++
		}
		v, n := lx.HexDigits(max)
		if braced && lx.At(0) == '}' {
			lx.Off++
		}
		if n > 0 {
			return utf8.AppendRune(b, rune(v))
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return append(b, byte(lx.Octal(c)))
	}
	return lx.InvalidEscape(b, start)
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_'
}

func isIdentPart(c byte) bool  { return isIdentStart(c) || lexutil.IsDigit(c) }
func isDigitOrDot(c byte) bool { return lexutil.IsDigit(c) || c == '.' }

func isOpChar(c byte) bool {
	switch c {
	case '+', '-', '*', '/', '<', '>', '=', '!', '&', '|', '^', '~', '?', ':', '$', '@', '\\':
		return true
	}
	return false
}
