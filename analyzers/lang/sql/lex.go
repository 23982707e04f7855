package sql

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
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
	lexutil.Piece // for a parameter, Text is as written
	param         bool
}

type lexer struct {
	lexutil.Scanner
}

func (lx *lexer) tokens() []tok {
	var toks []tok
	for {
		lx.skipSpace()
		if lx.Off >= len(lx.Src) {
			return toks
		}
		start := lx.Off
		t := lx.scan()
		t.start, t.end = start, lx.Off
		toks = append(toks, t)
	}
}

// skipSpace skips blanks, -- comments and /* */ comments (which nest in
// Spark SQL), and the Jinja comments {# #} and statement tags {% %} of
// templated SQL (dbt models and macros), which are no SQL text.
func (lx *lexer) skipSpace() {
	for lx.Off < len(lx.Src) {
		switch c := lx.Src[lx.Off]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f':
			lx.Off++
		case c == '{' && (lx.At(1) == '#' || lx.At(1) == '%'):
			closer := string(lx.At(1)) + "}"
			end := bytes.Index(lx.Src[lx.Off+2:], []byte(closer))
			if end < 0 {
				lx.Problem(lx.Off, "unterminated Jinja tag")
				lx.Off = len(lx.Src)
				return
			}
			lx.Off += 2 + end + 2
		case c == '-' && lx.At(1) == '-':
			lx.SkipLine()
		case c == '/' && lx.At(1) == '*':
			lx.SkipBlockComment()
		default:
			return
		}
	}
}

// ops are the multi-character operators, longest first.
var ops = []string{"<=>", "=>", "||", "::", "<>", "!=", "<=", ">=", "==", "->", "<<", ">>"}

func (lx *lexer) scan() tok {
	c := lx.Src[lx.Off]
	switch {
	case (c == 'r' || c == 'R') && (lx.At(1) == '\'' || lx.At(1) == '"'):
		lx.Off++
		return lx.str(true)
	case c == '\'' || c == '"':
		return lx.str(false)
	case lexutil.IsDigit(c) || c == '.' && lexutil.IsDigit(lx.At(1)):
		return lx.number()
	case isIdentStart(c):
		start := lx.Off
		lx.SkipWhile(isIdentPart)
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	case c == '`':
		var name []byte
		lx.Off++
		for {
			if lx.Off >= len(lx.Src) {
				lx.Problem(lx.Off, "unterminated backquoted name")
				return tok{kind: tIdent, text: string(name), quoted: true}
			}
			if lx.Src[lx.Off] == '`' {
				if lx.At(1) != '`' {
					lx.Off++
					return tok{kind: tIdent, text: string(name), quoted: true}
				}
				lx.Off++ // `` is a backquote inside the name
			}
			name = append(name, lx.Src[lx.Off])
			lx.Off++
		}
	case c == ':' && isIdentStart(lx.At(1)):
		start := lx.Off
		lx.Off++
		lx.SkipWhile(isIdentPart)
		return tok{kind: tParam, text: string(lx.Src[start:lx.Off])}
	case c == '$' && lx.At(1) == '{', c == '{' && lx.At(1) == '{':
		if n := paramLen(lx.Src[lx.Off:]); n > 0 {
			lx.Off += n
			return tok{kind: tParam, text: string(lx.Src[lx.Off-n : lx.Off])}
		}
	case c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == '.':
		lx.Off++
		return tok{kind: tDelim, text: string(c)}
	}
	for _, op := range ops {
		if len(lx.Src)-lx.Off >= len(op) && string(lx.Src[lx.Off:lx.Off+len(op)]) == op {
			lx.Off += len(op)
			return tok{kind: tOp, text: op}
		}
	}
	r, size := utf8.DecodeRune(lx.Src[lx.Off:])
	start := lx.Off
	lx.Off += size
	if unicode.IsLetter(r) {
		lx.SkipRunes(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
		return tok{kind: tIdent, text: string(lx.Src[start:lx.Off])}
	}
	if r < 0x80 && unicode.IsPrint(r) { // + - * / % = < > ! ? & | ^ ~ { } $ @ # :
		return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
	}
	lx.UnexpectedChar(start, r)
	return tok{kind: tOp, text: string(lx.Src[start:lx.Off])}
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
	start := lx.Off
	lx.SkipWhile(func(c byte) bool { return lexutil.IsDigit(c) || c == '.' })
	lx.Exponent(lexutil.IsDigit)
	// type suffixes: 10L, 1.5D, 2BD, 3S, 4Y, 1.0F
	for n := 0; n < 2 && lexutil.IsLetter(lx.At(0)); n++ {
		lx.Off++
	}
	return tok{kind: tNumber, text: string(lx.Src[start:lx.Off])}
}

// str lexes a string at lx.Off (the quote): backslash escapes and doubled
// quotes are decoded unless raw; ${var} and {{param}} become parameter pieces.
func (lx *lexer) str(raw bool) tok {
	quote := lx.Src[lx.Off]
	start := lx.Off
	lx.Off++
	t := tok{kind: tString}
	run := lexutil.NewRun(lx.Off)
	// flush ends the current literal run; an empty run is kept only when it
	// is the whole string, so that '' has one (empty) piece.
	flush := func(end int, last bool) {
		if pc, keep := run.Flush(end, last && len(t.pieces) == 0); keep {
			t.pieces = append(t.pieces, piece{Piece: pc})
		}
	}
	for {
		if lx.Off >= len(lx.Src) {
			lx.Problem(start, "unterminated string literal")
			flush(lx.Off, true)
			return t
		}
		c := lx.Src[lx.Off]
		switch {
		case c == quote && lx.At(1) == quote: // '' is a quote
			run.Text = append(run.Text, quote)
			run.Exact = false
			lx.Off += 2
		case c == quote:
			flush(lx.Off, true)
			lx.Off++
			return t
		case c == '\\' && !raw:
			run.Text = lx.escape(run.Text)
			run.Exact = false
		case c == '$' || c == '{':
			if n := paramLen(lx.Src[lx.Off:]); n > 0 {
				flush(lx.Off, false)
				param := lexutil.Piece{Text: string(lx.Src[lx.Off : lx.Off+n]), Start: lx.Off, End: lx.Off + n}
				t.pieces = append(t.pieces, piece{Piece: param, param: true})
				lx.Off += n
				run.Start = lx.Off
				continue
			}
			run.Text = append(run.Text, c)
			lx.Off++
		default:
			run.Text = append(run.Text, c)
			lx.Off++
		}
	}
}

// singleEscapes are Spark SQL's one-character escapes that change the
// character; \0 is NUL and \Z is Ctrl-Z, as in MySQL.
var singleEscapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', '0': 0, 'Z': 26}

// escape decodes a Spark SQL escape at lx.Off (a backslash) onto b: one of
// singleEscapes or \u0041; \% and \_ stay escaped for LIKE patterns, and
// any other escape stands for the character itself.
func (lx *lexer) escape(b []byte) []byte {
	c, ok := lx.EscapeLetter()
	if !ok {
		return append(b, '\\')
	}
	if e, ok := singleEscapes[c]; ok {
		return append(b, e)
	}
	switch c {
	case '%', '_':
		return append(b, '\\', c)
	case 'u':
		if r, ok := lx.Hex4(); ok {
			return utf8.AppendRune(b, r)
		}
	}
	return append(b, c)
}

func isIdentStart(c byte) bool { return lexutil.IsLetter(c) || c == '_' }
func isIdentPart(c byte) bool  { return isIdentStart(c) || lexutil.IsDigit(c) }
