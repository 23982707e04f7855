// Package lexutil holds what the hand-written lexers and parsers of the
// notebook languages (R, Scala, SQL) share: a byte cursor with problem
// reporting, the pieces of escape decoding and number scanning that the
// languages have in common, literal string pieces and their facts, and the
// text of placeholders. Each language keeps its own rules (which escapes
// exist, what a number suffix or a name may be) and calls these helpers
// with them.
package lexutil

import (
	"fmt"
	"unicode/utf8"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Scanner is a lexer's cursor over Code.Src and the problems found so far.
// Language lexers embed it.
type Scanner struct {
	Code     *facts.Code
	Src      []byte
	Off      int // the next byte to read
	Problems []facts.Problem
	badChar  bool // an unexpected character was reported already
}

// NewScanner starts a Scanner at the beginning of c.
func NewScanner(c *facts.Code) Scanner {
	return Scanner{Code: c, Src: c.Src}
}

// At is the byte k places after Off, or 0 past the end.
func (s *Scanner) At(k int) byte {
	if s.Off+k < len(s.Src) {
		return s.Src[s.Off+k]
	}
	return 0
}

// Problem records a problem at offset off of Src.
func (s *Scanner) Problem(off int, format string, args ...any) {
	s.Problems = append(s.Problems, facts.Problem{Pos: s.Code.Pos(off), Message: fmt.Sprintf(format, args...)})
}

// UnexpectedChar reports a character no token starts with; only the first
// one in the source, so that binary input gives one problem, not thousands.
func (s *Scanner) UnexpectedChar(off int, r rune) {
	if !s.badChar {
		s.badChar = true
		s.Problem(off, "unexpected character %q", r)
	}
}

// SkipWhile advances over the bytes that ok accepts.
func (s *Scanner) SkipWhile(ok func(byte) bool) {
	for s.Off < len(s.Src) && ok(s.Src[s.Off]) {
		s.Off++
	}
}

// SkipRunes advances over the UTF-8 runes that ok accepts.
func (s *Scanner) SkipRunes(ok func(rune) bool) {
	for s.Off < len(s.Src) {
		r, size := utf8.DecodeRune(s.Src[s.Off:])
		if !ok(r) {
			return
		}
		s.Off += size
	}
}

// SkipLine advances to the end of the line (the '\n' is not consumed): the
// rest of a line comment.
func (s *Scanner) SkipLine() {
	for s.Off < len(s.Src) && s.Src[s.Off] != '\n' {
		s.Off++
	}
}

// SkipBlockComment skips a /* */ comment at Off, where such comments nest
// (Scala, Spark SQL), and reports one that never closes. It returns whether
// the comment spans a line break.
func (s *Scanner) SkipBlockComment() (newline bool) {
	start := s.Off
	depth := 0
	for s.Off < len(s.Src) {
		switch {
		case s.Src[s.Off] == '/' && s.At(1) == '*':
			depth++
			s.Off += 2
		case s.Src[s.Off] == '*' && s.At(1) == '/':
			depth--
			s.Off += 2
			if depth == 0 {
				return newline
			}
		default:
			if s.Src[s.Off] == '\n' {
				newline = true
			}
			s.Off++
		}
	}
	s.Problem(start, "unterminated block comment")
	return newline
}

// HexNumber advances over a 0x or 0X prefix and the digits after it, if
// Off is at one; digit says what a language allows there (IsHex, or also
// '_' separators).
func (s *Scanner) HexNumber(digit func(byte) bool) bool {
	if s.Off >= len(s.Src) || s.Src[s.Off] != '0' || s.At(1) != 'x' && s.At(1) != 'X' {
		return false
	}
	s.Off += 2
	s.SkipWhile(digit)
	return true
}

// Exponent advances over an exponent (e5, E-3) at Off; an 'e' that no
// digit follows is not one and stays.
func (s *Scanner) Exponent(digit func(byte) bool) {
	if s.Off >= len(s.Src) || s.Src[s.Off] != 'e' && s.Src[s.Off] != 'E' {
		return
	}
	k := 1
	if s.At(1) == '+' || s.At(1) == '-' {
		k = 2
	}
	if IsDigit(s.At(k)) {
		s.Off += k
		s.SkipWhile(digit)
	}
}

// IsDigit reports an ASCII decimal digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsHex reports an ASCII hexadecimal digit.
func IsHex(c byte) bool { return IsDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// IsLetter reports an ASCII letter.
func IsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
