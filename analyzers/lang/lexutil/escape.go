package lexutil

// The helpers below are the building blocks of backslash escapes; each
// language's lexer decides which escapes it has and what an unknown one
// means. They all start with Off just after the escape's letter.

// EscapeLetter consumes the backslash at Off and the character after it,
// and returns that character; ok is false when the backslash ends the
// source.
func (s *Scanner) EscapeLetter() (c byte, ok bool) {
	s.Off++
	if s.Off >= len(s.Src) {
		return 0, false
	}
	c = s.Src[s.Off]
	s.Off++
	return c, true
}

// Octal is the value of an octal escape whose first digit, first, was
// read already: up to two more octal digits follow.
func (s *Scanner) Octal(first byte) int {
	v := int(first - '0')
	for n := 1; n < 3 && s.Off < len(s.Src) && s.Src[s.Off] >= '0' && s.Src[s.Off] <= '7'; n++ {
		v = v*8 + int(s.Src[s.Off]-'0')
		s.Off++
	}
	return v
}

// HexDigits reads up to max hex digits and returns their value and how
// many there were (\x41, \u{1F600}).
func (s *Scanner) HexDigits(max int) (v, n int) {
	for n < max && s.Off < len(s.Src) && IsHex(s.Src[s.Off]) {
		v = v<<4 | int(hexVal(s.Src[s.Off]))
		s.Off++
		n++
	}
	return v, n
}

// Hex4 reads exactly four hex digits (\u0041); with fewer it reads nothing
// and returns false.
func (s *Scanner) Hex4() (rune, bool) {
	if s.Off+4 > len(s.Src) || !IsHex(s.Src[s.Off]) || !IsHex(s.Src[s.Off+1]) || !IsHex(s.Src[s.Off+2]) || !IsHex(s.Src[s.Off+3]) {
		return 0, false
	}
	v, _ := s.HexDigits(4)
	return rune(v), true
}

// InvalidEscape reports the escape that starts at start (its backslash)
// and keeps it as written.
func (s *Scanner) InvalidEscape(b []byte, start int) []byte {
	s.Problem(start, "invalid escape sequence")
	return append(b, s.Src[start:s.Off]...)
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
