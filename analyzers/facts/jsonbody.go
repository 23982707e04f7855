package facts

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A JSON body written as a string (a shell word, a Python '''...''' % (...) or
// .format() template) is text often with unknown parts in it, so
// encoding/json can neither parse it nor say where a member is written. This
// scanner reads the value's decoded text, skipping the placeholders of
// unknown parts, and cuts members out of the value with Value.Slice so that
// their positions point into the source.

// maxJSONDepth bounds recursion on deeply nested input.
const maxJSONDepth = 200

// JSONPairs returns the members of the JSON object (or array of objects) in
// v, flattened: each scalar member is a pair keyed by its own name, whose
// Path is the JSON pointer of the object holding it. Scalars in an array
// take the array's name. Malformed JSON yields the members read so far.
func JSONPairs(v Value, origin Origin) []Pair {
	s := &jsonScanner{v: v, text: v.Text(), origin: origin}
	s.value("", "", 0)
	return s.pairs
}

type jsonScanner struct {
	v      Value
	text   string
	i      int
	origin Origin
	pairs  []Pair
	// keyStart and keyEnd locate the name of the member being read.
	keyStart, keyEnd int
}

func (s *jsonScanner) space() {
	for s.i < len(s.text) && strings.IndexByte(" \t\r\n", s.text[s.i]) >= 0 {
		s.i++
	}
}

// value reads the value named key (empty for the document and for array
// elements) held by the object or array at pointer in. It reports whether
// the text was well formed.
func (s *jsonScanner) value(in, key string, depth int) bool {
	s.space()
	if s.i >= len(s.text) || depth > maxJSONDepth {
		return false
	}
	ptr := in
	if key != "" {
		ptr += "/" + escapePointer(key)
	}
	switch s.text[s.i] {
	case '{':
		return s.object(ptr, depth)
	case '[':
		return s.array(in, key, depth)
	case '"':
		start, end, ok := s.str()
		if key != "" {
			s.add(in, key, decodeJSONString(s.v.Slice(start, end)))
		}
		return ok
	}
	start := s.i
	for s.i < len(s.text) && strings.IndexByte(",}] \t\r\n", s.text[s.i]) < 0 {
		s.skipPlaceholder()
		s.i++
	}
	if s.i == start {
		return false
	}
	if key != "" {
		val := s.v.Slice(start, s.i)
		val.Type = JSONType(s.text[start:s.i])
		s.add(in, key, val)
	}
	return true
}

// skipPlaceholder moves over an unknown part's placeholder, which may hold
// any character but NUL.
func (s *jsonScanner) skipPlaceholder() {
	if s.text[s.i] != 0 {
		return
	}
	if j := strings.IndexByte(s.text[s.i+1:], 0); j >= 0 {
		s.i += j + 1
	}
}

func (s *jsonScanner) add(in, key string, val Value) {
	kp, ke := s.v.Span(s.keyStart, s.keyEnd)
	s.pairs = append(s.pairs, Pair{Key: key, KeyPos: kp, KeyEnd: ke, Path: in, Value: val, Origin: s.origin})
}

// str reads a string at s.i and returns the range of its content.
func (s *jsonScanner) str() (start, end int, ok bool) {
	s.i++
	start = s.i
	for s.i < len(s.text) {
		switch s.text[s.i] {
		case '"':
			end = s.i
			s.i++
			return start, end, true
		case '\\':
			s.i++
		case 0:
			s.skipPlaceholder()
		}
		s.i++
	}
	return start, len(s.text), false
}

func (s *jsonScanner) object(ptr string, depth int) bool {
	s.i++
	for {
		s.space()
		if s.i >= len(s.text) {
			return false
		}
		switch s.text[s.i] {
		case '}':
			s.i++
			return true
		case ',':
			s.i++
			continue
		case '"':
		default:
			return false
		}
		ks, ke, ok := s.str()
		if !ok {
			return false
		}
		key := decodeJSONString(s.v.Slice(ks, ke)).Text()
		s.space()
		if s.i >= len(s.text) || s.text[s.i] != ':' {
			return false
		}
		s.i++
		s.keyStart, s.keyEnd = ks, ke
		if !s.value(ptr, key, depth+1) {
			return false
		}
	}
}

// array reads the array that is the value of member key of the object at
// in. A scalar element is a pair named after the array, which is where it is
// written: "scopes": ["all-apis"] reads like "scope": "all-apis".
func (s *jsonScanner) array(in, key string, depth int) bool {
	s.i++
	ptr := in
	if key != "" {
		ptr += "/" + escapePointer(key)
	}
	ks, ke := s.keyStart, s.keyEnd
	for n := 0; ; {
		s.space()
		if s.i >= len(s.text) {
			return false
		}
		var ok bool
		switch s.text[s.i] {
		case ']':
			s.i++
			return true
		case ',':
			s.i++
			continue
		case '{', '[':
			ok = s.value(ptr+"/"+strconv.Itoa(n), "", depth+1)
		default:
			s.keyStart, s.keyEnd = ks, ke
			ok = s.value(in, key, depth+1)
		}
		if !ok {
			return false
		}
		n++
	}
}

// escapePointer escapes a key for a JSON pointer (RFC 6901).
func escapePointer(k string) string {
	if !strings.ContainsAny(k, "~/") {
		return k
	}
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// JSONType is the type of a JSON scalar written as text.
func JSONType(t string) Type {
	switch t {
	case "true", "false":
		return Bool
	case "null":
		return Null
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return Number
	}
	return String
}

// decodeJSONString decodes the escapes of a JSON string's content in each
// literal part; a part with escapes is no longer exact.
func decodeJSONString(v Value) Value {
	for k, p := range v.Parts {
		if p.Kind != Literal || !strings.Contains(p.Text, `\`) {
			continue
		}
		v.Parts[k].Text = unescapeJSON(p.Text)
		v.Parts[k].Exact = false
	}
	return v
}

func unescapeJSON(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'u':
			r, n := hexRune(s[i+1:])
			if n == 0 {
				b.WriteString(`\u`)
				continue
			}
			i += n
			if utf16.IsSurrogate(r) && strings.HasPrefix(s[i+1:], `\u`) {
				if r2, n2 := hexRune(s[i+3:]); n2 == 4 {
					r = utf16.DecodeRune(r, r2)
					i += 2 + n2
				}
			}
			b.WriteRune(r)
		default: // \" \\ \/
			b.WriteByte(c)
		}
	}
	return b.String()
}

// hexRune reads the four hex digits of a \u escape.
func hexRune(s string) (rune, int) {
	if len(s) < 4 {
		return utf8.RuneError, 0
	}
	v, err := strconv.ParseUint(s[:4], 16, 32)
	if err != nil {
		return utf8.RuneError, 0
	}
	return rune(v), 4
}
