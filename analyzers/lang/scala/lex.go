package scala

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
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
	lexutil.Piece // for a hole, Text is its source text
	hole          []tok
	isHole        bool
}

// maxHoleDepth bounds interpolations nested in interpolations, so that
// hostile input cannot recurse without limit.
const maxHoleDepth = 64

type lexer struct {
	lexutil.Scanner
	depth int  // interpolation holes open around Off
	nl    bool // a line break was skipped since the last token
}

// tokens lexes to the end of the source or, inside an interpolation hole,
// to the '}' that closes it (which it consumes).
func (lx *lexer) tokens(inHole bool) []tok {
	var toks []tok
	braces := 0
	for {
		lx.skipSpace()
		if lx.Off >= len(lx.Src) {
			if inHole {
				lx.Problem(lx.Off, "unterminated string interpolation")
			}
			return toks
		}
		if inHole {
			switch lx.Src[lx.Off] {
			case '{':
				braces++
			case '}':
				if braces == 0 {
					lx.Off++
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
	for lx.Off < len(lx.Src) {
		switch c := lx.Src[lx.Off]; {
		case c == '\n':
			lx.nl = true
			lx.Off++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			lx.Off++
		case c == '/' && lx.At(1) == '/':
			lx.SkipLine()
		case c == '/' && lx.At(1) == '*':
			if lx.SkipBlockComment() { // Scala comments nest
				lx.nl = true
			}
		default:
			return
		}
	}
}

func (lx *lexer) next() tok {
	start := lx.Off
	nl := lx.nl
	lx.nl = false
	t := lx.scan()
	t.start, t.nl = start, nl
	t.end = lx.Off
	return t
}

func (lx *lexer) scan() tok {
	c := lx.Src[lx.Off]
	switch {
	case isIdentStart(c):
		start := lx.Off
		lx.SkipWhile(isIdentPart)
		name := string(lx.Src[start:lx.Off])
		if lx.Off < len(lx.Src) && lx.Src[lx.Off] == '"' {
			return lx.str(name)
		}
		return tok{kind: tIdent, text: name}
	case c >= '0' && c <= '9' || c == '.' && lexutil.IsDigit(lx.At(1)):
		return lx.number()
	case c == '"':
		return lx.str("")
	case c == '\'':
		return lx.char()
	case c == '`':
		end := lx.Off + 1
		for end < len(lx.Src) && lx.Src[end] != '`' && lx.Src[end] != '\n' {
			end++
		}
		if end >= len(lx.Src) || lx.Src[end] != '`' {
			lx.Problem(lx.Off, "unterminated backquoted name")
			name := string(lx.Src[lx.Off+1 : end])
			lx.Off = end
			return tok{kind: tIdent, text: name}
		}
		name := string(lx.Src[lx.Off+1 : end])
		lx.Off = end + 1
		return tok{kind: tIdent, text: name}
	case isDelim(c):
		lx.Off++
		return tok{kind: tDelim, text: string(c)}
	case isOpChar(c):
		start := lx.Off
		for lx.Off < len(lx.Src) && isOpChar(lx.Src[lx.Off]) {
			if lx.Src[lx.Off] == '/' && (lx.At(1) == '/' || lx.At(1) == '*') {
				break
			}
			lx.Off++
		}
		return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
	}
	r, size := utf8.DecodeRune(lx.Src[lx.Off:])
	start := lx.Off
	lx.Off += size
	switch {
	case unicode.IsLetter(r):
		lx.SkipRunes(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	case unicode.IsSymbol(r): // → and ⇒ are Scala's unicode arrows
		return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
	}
	lx.UnexpectedChar(start, r)
	return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
}

func (lx *lexer) number() tok {
	start := lx.Off
	if !lx.HexNumber(func(c byte) bool { return lexutil.IsHex(c) || c == '_' }) {
		lx.SkipWhile(isDigitOrUnderscore)
		if lx.At(0) == '.' && lexutil.IsDigit(lx.At(1)) {
			lx.Off++
			lx.SkipWhile(isDigitOrUnderscore)
		}
		lx.Exponent(isDigitOrUnderscore)
	}
	if lx.Off < len(lx.Src) {
		switch lx.Src[lx.Off] {
		case 'l', 'L', 'f', 'F', 'd', 'D':
			lx.Off++
		}
	}
	return tok{kind: tNumber, text: string(lx.Src[start:lx.Off])}
}

// isDigitOrUnderscore accepts the digits of a number with separators: 1_000_000.
func isDigitOrUnderscore(c byte) bool { return lexutil.IsDigit(c) || c == '_' }

// char lexes 'c' or '\n'; a quote that starts no character literal is the
// old symbol syntax ('name) and becomes an operator token.
func (lx *lexer) char() tok {
	start := lx.Off
	lx.Off++
	if lx.Off >= len(lx.Src) || lx.Src[lx.Off] == '\n' {
		return tok{kind: tOp, text: "'"}
	}
	var text []byte
	exact := true
	if lx.Src[lx.Off] == '\\' {
		text = lx.escape(text)
		exact = false
	} else {
		_, size := utf8.DecodeRune(lx.Src[lx.Off:])
		text = lx.Src[lx.Off : lx.Off+size]
		lx.Off += size
	}
	if lx.Off >= len(lx.Src) || lx.Src[lx.Off] != '\'' {
		lx.Off = start + 1
		return tok{kind: tOp, text: "'"}
	}
	lx.Off++
	content := lexutil.Piece{Text: string(text), Start: start + 1, End: lx.Off - 1, Exact: exact}
	return tok{kind: tChar, pieces: []piece{{Piece: content}}}
}

// str lexes a string literal at lx.Off (the opening quote) with interpolator
// prefix ("" for a plain string). Escapes are decoded in plain "..." and in
// s and f interpolations; """...""" and raw keep backslashes.
func (lx *lexer) str(prefix string) tok {
	quote := lx.Off
	triple := lx.At(1) == '"' && lx.At(2) == '"'
	if triple {
		lx.Off += 3
	} else {
		lx.Off++
	}
	interp := prefix != ""
	escapes := prefix == "" && !triple || prefix == "s" || prefix == "f"
	t := tok{kind: tString, text: prefix}

	run := lexutil.NewRun(lx.Off)
	// flush ends the current literal run; an empty run is kept only when it
	// is the whole string, so that "" has one (empty) piece.
	flush := func(end int, last bool) {
		if pc, keep := run.Flush(end, last && len(t.pieces) == 0); keep {
			t.pieces = append(t.pieces, piece{Piece: pc})
		}
	}
	afterHole := false
	for {
		if lx.Off >= len(lx.Src) {
			lx.Problem(quote, "unterminated string literal")
			flush(lx.Off, true)
			return t
		}
		c := lx.Src[lx.Off]
		if triple {
			if c == '"' && lx.At(1) == '"' && lx.At(2) == '"' {
				end := lx.Off + 3
				for end < len(lx.Src) && lx.Src[end] == '"' { // """a"""" ends at the last three quotes
					end++
				}
				run.Text = append(run.Text, lx.Src[lx.Off:end-3]...)
				lx.Off = end - 3
				flush(lx.Off, true)
				lx.Off = end
				return t
			}
		} else if c == '"' {
			flush(lx.Off, true)
			lx.Off++
			return t
		} else if c == '\n' {
			lx.Problem(quote, "unterminated string literal")
			flush(lx.Off, true)
			return t
		}
		switch {
		case interp && c == '$':
			if lx.hole(&t, flush) {
				run.Start = lx.Off
				afterHole = true
				continue
			}
			run.Text = append(run.Text, '$')
			run.Exact = run.Exact && lx.At(1) != '$'
			if lx.At(1) == '$' {
				lx.Off++
			}
			lx.Off++
		case escapes && c == '\\':
			run.Text = lx.escape(run.Text)
			run.Exact = false
		case prefix == "f" && c == '%':
			if afterHole && len(run.Text) == 0 { // the format of the value just interpolated: $x%.2f
				lx.Off += formatSpecLen(lx.Src[lx.Off:])
				run.Start = lx.Off
				break
			}
			run.Text = append(run.Text, '%')
			if lx.At(1) == '%' {
				run.Exact = false
				lx.Off++
			}
			lx.Off++
		default:
			run.Text = append(run.Text, c)
			lx.Off++
		}
		afterHole = false
	}
}

// hole lexes $name or ${expr} at lx.Off; it returns false for a lone '$' or
// an escaped "$$", which stay text.
func (lx *lexer) hole(t *tok, flush func(int, bool)) bool {
	start := lx.Off
	switch c := lx.At(1); {
	case c == '{':
		if lx.depth >= maxHoleDepth {
			lx.Problem(start, "string interpolations nested too deeply")
			return false
		}
		flush(start, false)
		lx.Off += 2
		lx.depth++
		saved := lx.nl
		toks := lx.tokens(true)
		lx.nl = saved
		lx.depth--
		text := strings.TrimSuffix(string(lx.Src[start+2:lx.Off]), "}")
		t.pieces = append(t.pieces, piece{Piece: lexutil.Piece{Text: text, Start: start, End: lx.Off}, hole: toks, isHole: true})
		return true
	case isIdentStart(c) && c != '$':
		flush(start, false)
		lx.Off++
		for lx.Off < len(lx.Src) && isIdentPart(lx.Src[lx.Off]) && lx.Src[lx.Off] != '$' {
			lx.Off++
		}
		name := string(lx.Src[start+1 : lx.Off])
		id := tok{kind: tIdent, text: name, start: start + 1, end: lx.Off}
		t.pieces = append(t.pieces, piece{Piece: lexutil.Piece{Text: name, Start: start, End: lx.Off}, hole: []tok{id}, isHole: true})
		return true
	}
	return false
}

// formatSpecLen is the length of a java.util.Formatter specifier at b[0]=='%'.
func formatSpecLen(b []byte) int {
	k := 1
	for k < len(b) && (lexutil.IsDigit(b[k]) || b[k] == '.' || b[k] == '-' || b[k] == '+' || b[k] == '#' || b[k] == ' ' || b[k] == ',' || b[k] == '(') {
		k++
	}
	if k < len(b) && lexutil.IsLetter(b[k]) {
		k++
	}
	return k
}

// singleEscapes are Scala's one-character escapes.
var singleEscapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}

// escape decodes the escape sequence at lx.Off (a backslash) onto b: one of
// singleEscapes, \u0041 (also \uuuu0041) or a deprecated octal \101.
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
	case 'u':
		lx.SkipWhile(func(c byte) bool { return c == 'u' })
		if r, ok := lx.Hex4(); ok {
			return utf8.AppendRune(b, r)
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return utf8.AppendRune(b, rune(lx.Octal(c)))
	}
	return lx.InvalidEscape(b, start)
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || lexutil.IsDigit(c) }
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
