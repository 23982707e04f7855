package python

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

type tokKind uint8

const (
	tNewline tokKind = iota + 1 // the end of a logical line (only at bracket depth 0)
	tName                       // an identifier or keyword
	tNumber
	tString // one string literal with its prefix and quotes
	tOp     // an operator or delimiter, or a byte Python has no use for
)

// tok is a token of Code.Src; start and end are offsets into it.
type tok struct {
	kind       tokKind
	start, end int
	text       string  // names, numbers and operators: the source text
	str        *strLit // strings: the decoded literal
}

// logicalLine is one Python logical line: physical lines joined by brackets
// or backslashes, comments dropped.
type logicalLine struct {
	indent int // bytes of whitespace before the first token
	toks   []tok
}

// strLit is a decoded string literal: runs of text and, in f-strings, fields.
type strLit struct {
	format       bool // f-string (or a 3.14 t-string)
	bytes        bool
	pieces       []piece
	contentStart int // just after the opening quote
}

// piece is a run of a literal's decoded text, or an f-string field.
type piece struct {
	text       string
	start, end int  // where it is written in Src
	verbatim   bool // text is byte-for-byte Src[start:end]
	unknown    bool // an escape whose value the lexer does not know (\N{...} with an unlisted name)
	field      *field
}

// field is an f-string replacement field {expr=!conv:spec}.
type field struct {
	start, end         int // the braces included
	exprStart, exprEnd int
	debugEnd           int    // for {expr=}: the end of the self-documenting text Src[exprStart:debugEnd]
	conv               byte   // 's', 'r', 'a' or 0
	spec               string // the format spec, when it has no nested fields
	specFields         bool   // the spec has nested {fields}: its effect is unknown
}

type lexProblem struct {
	off int
	msg string
}

// maxNest bounds f-strings nested in f-string fields, so hostile input
// cannot exhaust the stack.
const maxNest = 32

type lexer struct {
	src      []byte
	text     string // src as one string: token texts are views into it, not one allocation each
	pos, end int
	flat     bool // inside an f-string field: newlines never end a line
	depth    int  // bracket nesting
	nest     int  // f-string field nesting
	problems []lexProblem
}

// lexLines splits Python source (text is string(src)) into logical lines of
// tokens. The lines' tokens share arrays of up to maxChunk tokens, each line
// capped at its end so that an append to one cannot overwrite the next: a
// few allocations instead of one growing slice per line, and no copying of
// one huge array as it grows.
func lexLines(src []byte, text string) ([]logicalLine, []lexProblem) {
	l := &lexer{src: src, text: text, end: len(src)}
	var lines []logicalLine
	// The benchmark corpus's Python has a token every 6.7 bytes: room for one
	// every 8 is one more chunk at most for dense code, little waste for prose.
	size := min(len(src)/8+8, maxChunk)
	chunk := make([]tok, 0, size)
	from, indent := -1, 0 // where the current line starts in chunk (-1: between lines)
	for {
		t, ok := l.next()
		if !ok {
			break
		}
		if t.kind == tNewline {
			if from >= 0 {
				lines = append(lines, logicalLine{indent: indent, toks: chunk[from:len(chunk):len(chunk)]})
				from = -1
			}
			continue
		}
		if from < 0 {
			from, indent = len(chunk), l.indentAt(t.start)
		}
		if len(chunk) == cap(chunk) { // a new chunk, with the line so far
			cur := chunk[from:]
			chunk = append(make([]tok, 0, max(size, 2*len(cur))), cur...)
			from = 0
		}
		chunk = append(chunk, t)
	}
	if from >= 0 {
		lines = append(lines, logicalLine{indent: indent, toks: chunk[from:len(chunk):len(chunk)]})
	}
	return lines, l.problems
}

// maxChunk is the most tokens lexLines allocates at once (192 KiB).
const maxChunk = 4096

// lexRange returns the tokens of Src[i:j] (text is string(src)), an
// f-string field's expression. Its problems were already reported when the
// enclosing string was lexed.
func lexRange(src []byte, text string, i, j int) []tok {
	l := &lexer{src: src, text: text, pos: i, end: j, flat: true}
	var toks []tok
	for {
		t, ok := l.next()
		if !ok {
			return toks
		}
		toks = append(toks, t)
	}
}

// problem records a lexing error at offset off.
func (l *lexer) problem(off int, msg string) {
	l.problems = append(l.problems, lexProblem{off, msg})
}

func (l *lexer) indentAt(off int) int {
	k := off
	for k > 0 && (l.src[k-1] == ' ' || l.src[k-1] == '\t') {
		k--
	}
	return off - k
}

// next returns the next token, skipping blanks, comments and backslash
// continuations; false at the end.
func (l *lexer) next() (tok, bool) {
	for l.pos < l.end {
		switch c := l.src[l.pos]; {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			l.pos++
		case c == '\n':
			l.pos++
			if l.depth == 0 && !l.flat {
				return tok{kind: tNewline, start: l.pos - 1, end: l.pos}, true
			}
		case c == '#':
			for l.pos < l.end && l.src[l.pos] != '\n' {
				l.pos++
			}
		case c == '\\' && l.continuation():
		default:
			return l.token(), true
		}
	}
	return tok{}, false
}

// continuation consumes a backslash that ends a physical line.
func (l *lexer) continuation() bool {
	k := l.pos + 1
	if k < l.end && l.src[k] == '\r' {
		k++
	}
	if k < l.end && l.src[k] == '\n' {
		l.pos = k + 1
		return true
	}
	return false
}

func (l *lexer) token() tok {
	start := l.pos
	c := l.src[start]
	switch {
	case isIdentStart(c):
		for l.pos < l.end && isIdentChar(l.src[l.pos]) {
			l.pos++
		}
		word := l.text[start:l.pos]
		if l.pos < l.end && isQuote(l.src[l.pos]) && isStringPrefix(word) {
			return l.str(start, strings.ToLower(word))
		}
		return tok{kind: tName, start: start, end: l.pos, text: word}
	case isQuote(c):
		return l.str(start, "")
	case isDigit(c) || c == '.' && start+1 < l.end && isDigit(l.src[start+1]):
		return l.number()
	}
	return l.op()
}

func (l *lexer) number() tok {
	start := l.pos
	hex := l.pos+1 < l.end && l.src[l.pos] == '0' && (l.src[l.pos+1] == 'x' || l.src[l.pos+1] == 'X')
	for l.pos < l.end {
		c := l.src[l.pos]
		exponentSign := (c == '+' || c == '-') && !hex && (l.src[l.pos-1] == 'e' || l.src[l.pos-1] == 'E')
		if !isIdentChar(c) && c != '.' && !exponentSign {
			break
		}
		l.pos++
	}
	return tok{kind: tNumber, start: start, end: l.pos, text: l.text[start:l.pos]}
}

var ops = []string{
	"**=", "//=", ">>=", "<<=", "...",
	"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
}

func (l *lexer) op() tok {
	start := l.pos
	rest := l.src[start:l.end]
	for _, o := range ops {
		if len(rest) >= len(o) && string(rest[:len(o)]) == o {
			l.pos += len(o)
			return tok{kind: tOp, start: start, end: l.pos, text: o}
		}
	}
	l.pos++
	switch rest[0] {
	case '(', '[', '{':
		l.depth++
	case ')', ']', '}':
		if l.depth > 0 {
			l.depth--
		}
	}
	return tok{kind: tOp, start: start, end: l.pos, text: string(rest[:1])}
}

// str lexes a string literal whose prefix (lower-cased) starts at start and
// whose opening quote is at l.pos.
func (l *lexer) str(start int, prefix string) tok {
	s := &strLit{format: strings.ContainsAny(prefix, "ft"), bytes: strings.Contains(prefix, "b")}
	raw := strings.Contains(prefix, "r")
	q := l.src[l.pos]
	triple := l.closesTriple(q)
	if triple {
		l.pos += 3
	} else {
		l.pos++
	}
	s.contentStart = l.pos
	mark := len(l.problems)
	if !l.body(s, q, triple, raw) {
		l.problems = l.problems[:mark] // what broke inside follows from this
		if triple {
			l.problem(start, "unterminated triple-quoted string literal")
		} else {
			l.problem(start, "unterminated string literal")
		}
	}
	return tok{kind: tString, start: start, end: l.pos, str: s}
}

func (l *lexer) closesTriple(q byte) bool {
	return l.pos+2 < l.end && l.src[l.pos] == q && l.src[l.pos+1] == q && l.src[l.pos+2] == q
}

// body lexes a string's content up to and including its closing quote. It
// reports whether the string was closed; an unclosed single-quoted string
// stops before the end of its line.
func (l *lexer) body(s *strLit, q byte, triple, raw bool) bool {
	run := l.pos // start of the current verbatim run
	flush := func() {
		if l.pos > run {
			s.pieces = append(s.pieces, piece{text: l.text[run:l.pos], start: run, end: l.pos, verbatim: true})
		}
	}
	for l.pos < l.end {
		c := l.src[l.pos]
		switch {
		case c == q && (!triple || l.closesTriple(q)):
			flush()
			if triple {
				l.pos += 3
			} else {
				l.pos++
			}
			return true
		case c == '\n' && !triple:
			flush()
			return false
		case c == '\\' && raw:
			// A raw string keeps its backslashes, but one still stops the next quote from closing the string.
			l.pos++
			if l.pos < l.end && !(s.format && (l.src[l.pos] == '{' || l.src[l.pos] == '}')) {
				l.pos++
			}
		case c == '\\':
			text, n, unknown := decodeEscape(l.src[l.pos:l.end], s.bytes)
			if n == 0 { // not an escape: Python keeps the backslash
				l.pos++
				continue
			}
			flush()
			if text != "" || unknown {
				s.pieces = append(s.pieces, piece{text: text, start: l.pos, end: l.pos + n, unknown: unknown})
			}
			l.pos += n
			run = l.pos
		case s.format && (c == '{' || c == '}'):
			if l.pos+1 < l.end && l.src[l.pos+1] == c { // {{ or }}: the first brace is the text
				flush()
				s.pieces = append(s.pieces, piece{text: string(c), start: l.pos, end: l.pos + 1, verbatim: true})
				l.pos += 2
				run = l.pos
				continue
			}
			if c == '}' { // a stray closing brace (a syntax error): keep it as text
				l.pos++
				continue
			}
			flush()
			f := l.field(q, triple)
			s.pieces = append(s.pieces, piece{start: f.start, end: f.end, field: f})
			run = l.pos
		default:
			l.pos++
		}
	}
	flush()
	return false
}

// field lexes an f-string replacement field starting at its '{'. The
// expression may hold strings with any quotes (Python 3.12).
func (l *lexer) field(q byte, triple bool) *field {
	f := &field{start: l.pos}
	l.pos++
	f.exprStart = l.pos
	f.exprEnd = -1
	l.nest++
	defer func() { l.nest-- }()
	if l.nest > maxNest {
		l.problem(f.start, "f-string nested too deeply")
		l.skipToLineEnd()
		f.exprEnd, f.end = l.pos, l.pos
		return f
	}
	depth := 0
	for l.pos < l.end {
		c := l.src[l.pos]
		if c == '\n' && !triple {
			break
		}
		if depth == 0 {
			switch c {
			case '}':
				f.setExprEnd(l.pos)
				l.pos++
				f.end = l.pos
				return f
			case '!':
				if l.pos+1 < l.end && l.src[l.pos+1] != '=' {
					f.setExprEnd(l.pos)
					f.conv = l.src[l.pos+1]
					l.pos += 2
					return l.fieldTail(f, q, triple)
				}
			case ':':
				f.setExprEnd(l.pos)
				l.pos++
				return l.spec(f, q, triple)
			case '=':
				if k, ok := l.selfDocumenting(); ok {
					f.exprEnd, f.debugEnd = l.pos, k
					l.pos = k
					continue
				}
			}
		}
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
			l.pos++
		case c == ')' || c == ']' || c == '}':
			if depth > 0 {
				depth--
			}
			l.pos++
		case isQuote(c):
			l.str(l.pos, "")
		case isIdentStart(c):
			start := l.pos
			for l.pos < l.end && isIdentChar(l.src[l.pos]) {
				l.pos++
			}
			if word := l.text[start:l.pos]; l.pos < l.end && isQuote(l.src[l.pos]) && isStringPrefix(word) {
				l.str(start, strings.ToLower(word))
			}
		default:
			l.pos++
		}
	}
	return l.unterminatedField(f)
}

func (f *field) setExprEnd(at int) {
	if f.debugEnd == 0 {
		f.exprEnd = at
	}
}

// selfDocumenting reports whether the '=' at l.pos makes {expr=} and where
// the text to print ends (Python keeps blanks after the '=').
func (l *lexer) selfDocumenting() (int, bool) {
	if l.pos+1 >= l.end || l.src[l.pos+1] == '=' || l.pos == 0 || strings.IndexByte("=!<>", l.src[l.pos-1]) >= 0 {
		return 0, false
	}
	k := l.pos + 1
	for k < l.end && (l.src[k] == ' ' || l.src[k] == '\t') {
		k++
	}
	if k < l.end && (l.src[k] == '}' || l.src[k] == '!' || l.src[k] == ':') {
		return k, true
	}
	return 0, false
}

// fieldTail lexes what follows a field's conversion: a spec or the '}'.
func (l *lexer) fieldTail(f *field, q byte, triple bool) *field {
	if l.pos < l.end && l.src[l.pos] == ':' {
		l.pos++
		return l.spec(f, q, triple)
	}
	if l.pos < l.end && l.src[l.pos] == '}' {
		l.pos++
		f.end = l.pos
		return f
	}
	return l.unterminatedField(f)
}

// spec lexes a format spec up to the field's closing '}'.
func (l *lexer) spec(f *field, q byte, triple bool) *field {
	start := l.pos
	for l.pos < l.end {
		c := l.src[l.pos]
		switch {
		case c == '}':
			if !f.specFields {
				f.spec = l.text[start:l.pos]
			}
			l.pos++
			f.end = l.pos
			return f
		case c == '{':
			f.specFields = true
			l.field(q, triple)
		case c == '\n' && !triple, c == q && (!triple || l.closesTriple(q)):
			return l.unterminatedField(f)
		default:
			l.pos++
		}
	}
	return l.unterminatedField(f)
}

func (l *lexer) unterminatedField(f *field) *field {
	l.problem(f.start, "unterminated f-string replacement field")
	if f.exprEnd < 0 {
		f.exprEnd = l.pos
	}
	f.end = l.pos
	return f
}

func (l *lexer) skipToLineEnd() {
	for l.pos < l.end && l.src[l.pos] != '\n' {
		l.pos++
	}
}

// decodeEscape decodes the escape sequence at the start of b (b[0] is the
// backslash). n is its length in bytes, 0 when it is no escape (the
// backslash stays). unknown is set for \N{name} with a name this package does
// not know; text is then the name.
func decodeEscape(b []byte, isBytes bool) (text string, n int, unknown bool) {
	if len(b) < 2 {
		return "", 0, false
	}
	switch c := b[1]; c {
	case '\n':
		return "", 2, false
	case '\r':
		if len(b) > 2 && b[2] == '\n' {
			return "", 3, false
		}
		return "", 2, false
	case '\\', '\'', '"':
		return string(c), 2, false
	case 'a':
		return "\a", 2, false
	case 'b':
		return "\b", 2, false
	case 'f':
		return "\f", 2, false
	case 'n':
		return "\n", 2, false
	case 'r':
		return "\r", 2, false
	case 't':
		return "\t", 2, false
	case 'v':
		return "\v", 2, false
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n = 1
		v := 0
		for n < 4 && n < len(b) && b[n] >= '0' && b[n] <= '7' {
			v = v*8 + int(b[n]-'0')
			n++
		}
		return codeUnit(v, isBytes), n, false
	case 'x':
		if v, ok := hexValue(b, 2); ok {
			return codeUnit(v, isBytes), 4, false
		}
	case 'u', 'U':
		digits := 4
		if c == 'U' {
			digits = 8
		}
		if v, ok := hexValue(b, digits); ok && !isBytes && utf8.ValidRune(rune(v)) {
			return string(rune(v)), 2 + digits, false
		}
	case 'N':
		if isBytes || len(b) < 3 || b[2] != '{' {
			break
		}
		end := 3
		for end < len(b) && b[end] != '}' && b[end] != '\n' {
			end++
		}
		if end == len(b) || b[end] != '}' {
			break
		}
		name := strings.ToUpper(string(b[3:end]))
		if r, ok := unicodeNames[name]; ok {
			return string(r), end + 1, false
		}
		return name, end + 1, true
	}
	return "", 0, false
}

func hexValue(b []byte, digits int) (int, bool) {
	if len(b) < 2+digits {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[2:2+digits]), 16, 32)
	return int(v), err == nil
}

// codeUnit is the text of a \x or octal escape: a byte in bytes literals, a
// code point in strings.
func codeUnit(v int, isBytes bool) string {
	if isBytes {
		return string([]byte{byte(v)})
	}
	return string(rune(v))
}

// unicodeNames covers the \N{...} names seen in data code; others decode to
// an Unknown part. Go's standard library has no Unicode name table.
var unicodeNames = map[string]rune{
	"SPACE": ' ', "NO-BREAK SPACE": '\u00a0', "NBSP": '\u00a0', "EN DASH": '\u2013', "EM DASH": '\u2014',
	"BULLET": '\u2022', "DEGREE SIGN": '\u00b0', "HORIZONTAL ELLIPSIS": '\u2026', "EURO SIGN": '\u20ac',
	"POUND SIGN": '\u00a3', "COPYRIGHT SIGN": '\u00a9', "REGISTERED SIGN": '\u00ae', "MIDDLE DOT": '\u00b7',
	"CHECK MARK": '\u2713', "RIGHTWARDS ARROW": '\u2192', "ZERO WIDTH SPACE": '\u200b', "TAB": '\t',
	"LINE FEED": '\n', "CARRIAGE RETURN": '\r', "NULL": 0, "QUOTATION MARK": '"', "APOSTROPHE": '\'',
	"REVERSE SOLIDUS": '\\', "PERCENT SIGN": '%', "AMPERSAND": '&', "COMMERCIAL AT": '@',
}

func isQuote(c byte) bool      { return c == '\'' || c == '"' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool { return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isIdentChar(c byte) bool  { return isIdentStart(c) || isDigit(c) }

// isStringPrefix reports whether word (before a quote) is a string prefix.
func isStringPrefix(word string) bool {
	switch strings.ToLower(word) {
	case "r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt":
		return true
	}
	return false
}
