// Package jsonast is a small JSON parser that keeps byte offsets: every value
// knows where it starts and ends in the file, object members keep their
// source order and key positions, and a decoded string can be mapped back
// to the raw bytes it came from (escapes such as \" and \n make the two
// differ). encoding/json loses all of this, and the rules must report the
// exact line and column of a credential inside job JSON or a notebook.
//
// The parser is tolerant: comments, trailing commas, missing commas and
// duplicate keys are reported and read past; on a real syntax error it stops
// and returns the tree read so far. It never panics and limits nesting depth.
package jsonast

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the JSON type of a node.
type Kind uint8

const (
	Invalid Kind = iota
	Object
	Array
	String
	Number
	Bool
	Null
)

func (k Kind) String() string {
	switch k {
	case Object:
		return "object"
	case Array:
		return "array"
	case String:
		return "string"
	case Number:
		return "number"
	case Bool:
		return "bool"
	case Null:
		return "null"
	}
	return "invalid"
}

// MaxDepth is the deepest nesting of objects and arrays Parse accepts.
const MaxDepth = 10000

// Node is one JSON value.
type Node struct {
	Kind Kind
	// Start and End are the byte offsets of the whole value in the source,
	// quotes and brackets included. A container cut short by a syntax error
	// ends where the error is.
	Start, End int
	Members    []Member // Object: in source order, duplicates kept
	Elems      []*Node  // Array
	// Str is the decoded text of a String, and the source text of a Number,
	// Bool or Null ("1e3", "true", "null").
	Str string
	// Raw is the source of the value (src[Start:End]); it shares the source.
	Raw     []byte
	escaped bool // a String whose source contains a backslash escape
}

// Member is one "key": value pair of an object.
type Member struct {
	Key string
	// KeyStart and KeyEnd are the offsets of the key token, quotes included.
	KeyStart, KeyEnd int
	Value            *Node
}

// Error is a problem found while parsing, at a byte offset of the source.
type Error struct {
	Offset  int
	Message string
	// Lenient means the parser read past the problem without losing any
	// content: a comment, a trailing or missing comma, a duplicate key, a
	// bad escape. Otherwise parsing stopped at Offset.
	Lenient bool
}

func (e Error) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Message) }

// Parse reads one JSON document. It returns the root value (nil when not even
// its start could be read) and every problem found, in source order.
func Parse(src []byte) (*Node, []Error) {
	p := &parser{src: src}
	if len(src) >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf {
		p.pos = 3 // a UTF-8 byte-order mark, as some Windows editors write
	}
	p.skipSpace()
	root := p.value()
	if !p.failed {
		p.skipSpace()
		if p.pos < len(src) {
			p.fail(p.pos, "unexpected content after the JSON value")
		}
	}
	return root, p.errs
}

type parser struct {
	src    []byte
	pos    int
	depth  int
	failed bool // a syntax error stopped parsing; every caller unwinds
	errs   []Error
	slab   []Node // nodes are allocated in chunks: far fewer allocations
}

func (p *parser) newNode(kind Kind, start int) *Node {
	if len(p.slab) == 0 {
		p.slab = make([]Node, 128)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	n.Kind, n.Start = kind, start
	return n
}

// fail records a syntax error; only the first counts, as parsing stops there.
func (p *parser) fail(off int, format string, args ...any) {
	if p.failed {
		return
	}
	p.failed = true
	p.errs = append(p.errs, Error{Offset: off, Message: fmt.Sprintf(format, args...)})
}

func (p *parser) lenient(off int, format string, args ...any) {
	p.errs = append(p.errs, Error{Offset: off, Message: fmt.Sprintf(format, args...), Lenient: true})
}

// skipSpace skips white space and comments, which JSON does not allow but
// hand-written config files (and VS Code's JSONC) often contain.
func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		case '/':
			if p.pos+1 >= len(p.src) {
				return
			}
			switch p.src[p.pos+1] {
			case '/':
				p.lenient(p.pos, "comment (not allowed in JSON)")
				end := indexByteFrom(p.src, p.pos, '\n')
				if end < 0 {
					end = len(p.src)
				}
				p.pos = end
			case '*':
				p.lenient(p.pos, "comment (not allowed in JSON)")
				end := bytes.Index(p.src[p.pos+2:], []byte("*/"))
				if end < 0 {
					p.fail(p.pos, "unterminated comment")
					p.pos = len(p.src)
					return
				}
				p.pos += 2 + end + 2
			default:
				return
			}
		default:
			return
		}
	}
}

func indexByteFrom(b []byte, from int, c byte) int {
	for i := from; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

func (p *parser) value() *Node {
	if p.pos >= len(p.src) {
		p.fail(p.pos, "unexpected end of input, expected a value")
		return nil
	}
	switch c := p.src[p.pos]; {
	case c == '{' || c == '[':
		if p.depth >= MaxDepth {
			p.fail(p.pos, "nesting deeper than %d levels", MaxDepth)
			return nil
		}
		p.depth++
		defer func() { p.depth-- }()
		if c == '{' {
			return p.object()
		}
		return p.array()
	case c == '"':
		return p.stringNode()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case c == 't':
		return p.word("true", Bool)
	case c == 'f':
		return p.word("false", Bool)
	case c == 'n':
		return p.word("null", Null)
	default:
		p.fail(p.pos, "unexpected %s, expected a value", describe(p.src[p.pos:]))
		return nil
	}
}

// describe names the bad input at the start of b for an error message.
func describe(b []byte) string {
	r, _ := utf8.DecodeRune(b)
	if r == utf8.RuneError || !strconv.IsPrint(r) {
		return fmt.Sprintf("byte 0x%02x", b[0])
	}
	return strconv.QuoteRune(r)
}

func (p *parser) finish(n *Node) *Node {
	n.End = p.pos
	n.Raw = p.src[n.Start:n.End]
	return n
}

func (p *parser) object() *Node {
	n := p.newNode(Object, p.pos)
	p.pos++ // {
	var seen map[string]bool
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			p.fail(p.pos, "unexpected end of input in object")
			return p.finish(n)
		}
		if p.src[p.pos] == '}' && len(n.Members) == 0 {
			p.pos++
			return p.finish(n)
		}
		if p.src[p.pos] != '"' {
			p.fail(p.pos, "unexpected %s, expected a string key", describe(p.src[p.pos:]))
			return p.finish(n)
		}
		keyStart := p.pos
		key, _, ok := p.string()
		if !ok {
			return p.finish(n)
		}
		keyEnd := p.pos
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			p.fail(p.pos, "expected ':' after object key %q", key)
			return p.finish(n)
		}
		p.pos++
		p.skipSpace()
		v := p.value()
		if v != nil {
			seen = p.checkDuplicate(n, seen, key, keyStart)
			n.Members = append(n.Members, Member{Key: key, KeyStart: keyStart, KeyEnd: keyEnd, Value: v})
		}
		if p.failed {
			return p.finish(n)
		}
		if closed, ok := p.separator(n, '}'); closed || !ok {
			return p.finish(n)
		}
	}
}

// checkDuplicate reports key when n already has it. Small objects are
// searched linearly; a set is built only for large ones.
func (p *parser) checkDuplicate(n *Node, seen map[string]bool, key string, off int) map[string]bool {
	const linear = 8
	dup := false
	if seen == nil && len(n.Members) < linear {
		for _, m := range n.Members {
			if m.Key == key {
				dup = true
				break
			}
		}
	} else {
		if seen == nil {
			seen = make(map[string]bool, 2*linear)
			for _, m := range n.Members {
				seen[m.Key] = true
			}
		}
		dup = seen[key]
		seen[key] = true
	}
	if dup {
		p.lenient(off, "duplicate key %q (the last one wins)", key)
	}
	return seen
}

// separator reads what follows a member or element: ',' or the closing
// bracket. It tolerates a trailing comma and a missing comma. closed says
// the container ended; ok is false when a syntax error stopped parsing.
func (p *parser) separator(n *Node, closing byte) (closed, ok bool) {
	p.skipSpace()
	if p.pos >= len(p.src) {
		p.fail(p.pos, "unexpected end of input in %s", n.Kind)
		return false, false
	}
	switch c := p.src[p.pos]; {
	case c == closing:
		p.pos++
		return true, true
	case c == ',':
		comma := p.pos
		p.pos++
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == closing {
			p.lenient(comma, "trailing comma (not allowed in JSON)")
			p.pos++
			return true, true
		}
		return false, true
	case closing == '}' && c == '"':
		p.lenient(p.pos, "missing ',' before this member")
		return false, true
	case closing == ']' && startsValue(c):
		p.lenient(p.pos, "missing ',' before this element")
		return false, true
	default:
		p.fail(p.pos, "unexpected %s, expected ',' or '%c'", describe(p.src[p.pos:]), closing)
		return false, false
	}
}

func startsValue(c byte) bool {
	switch c {
	case '"', '{', '[', '-', 't', 'f', 'n':
		return true
	}
	return '0' <= c && c <= '9'
}

func (p *parser) array() *Node {
	n := p.newNode(Array, p.pos)
	p.pos++ // [
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ']' && len(n.Elems) == 0 {
			p.pos++
			return p.finish(n)
		}
		v := p.value()
		if v != nil {
			n.Elems = append(n.Elems, v)
		}
		if p.failed {
			return p.finish(n)
		}
		if closed, ok := p.separator(n, ']'); closed || !ok {
			return p.finish(n)
		}
	}
}

func (p *parser) stringNode() *Node {
	start := p.pos
	s, escaped, ok := p.string()
	if !ok {
		return nil
	}
	n := p.newNode(String, start)
	n.Str, n.escaped = s, escaped
	return p.finish(n)
}

// string reads the string token at p.pos and decodes it.
func (p *parser) string() (s string, escaped, ok bool) {
	start := p.pos
	i := start + 1
	for ; i < len(p.src); i++ {
		switch c := p.src[i]; {
		case c == '"':
			p.pos = i + 1
			raw := p.src[start+1 : i]
			if !escaped {
				return string(raw), false, true
			}
			var b []byte
			bad := walkString(raw, func(dec []byte, _, _ int, _ bool) { b = append(b, dec...) })
			if bad >= 0 {
				p.lenient(start+1+bad, "invalid escape in string")
			}
			return string(b), true, true
		case c == '\\':
			escaped = true
			i++ // the escaped character cannot end the string
		case c == '\n':
			p.fail(start, "unterminated string (a string cannot contain a line break)")
			return "", false, false
		case c < 0x20:
			p.fail(i, "control character 0x%02x in string", c)
			return "", false, false
		}
	}
	p.fail(start, "unterminated string")
	return "", false, false
}

func (p *parser) number() *Node {
	start := p.pos
	i := start
	digits := func() int {
		j := i
		for i < len(p.src) && '0' <= p.src[i] && p.src[i] <= '9' {
			i++
		}
		return i - j
	}
	if p.src[i] == '-' {
		i++
	}
	ok := false
	if i < len(p.src) && p.src[i] == '0' {
		i++ // no leading zeros: "01" is a zero followed by junk
		ok = true
	} else {
		ok = digits() > 0
	}
	if ok && i < len(p.src) && p.src[i] == '.' {
		i++
		ok = digits() > 0
	}
	if ok && i < len(p.src) && (p.src[i] == 'e' || p.src[i] == 'E') {
		i++
		if i < len(p.src) && (p.src[i] == '+' || p.src[i] == '-') {
			i++
		}
		ok = digits() > 0
	}
	if !ok {
		p.fail(start, "invalid number")
		return nil
	}
	p.pos = i
	n := p.newNode(Number, start)
	p.finish(n)
	n.Str = string(n.Raw)
	return n
}

func (p *parser) word(w string, kind Kind) *Node {
	if !bytes.HasPrefix(p.src[p.pos:], []byte(w)) {
		p.fail(p.pos, "unexpected %s, expected a value", describe(p.src[p.pos:]))
		return nil
	}
	n := p.newNode(kind, p.pos)
	p.pos += len(w)
	n.Str = w
	return p.finish(n)
}

// walkString decodes the content of a string token (raw, without quotes),
// calling emit for each run of plain bytes (escape false: dec is raw[i:j])
// and for each escape sequence (escape true: dec is its decoded UTF-8). It
// returns the offset in raw of the first invalid escape, or -1; an invalid
// escape decodes to the character after the backslash.
func walkString(raw []byte, emit func(dec []byte, i, j int, escape bool)) int {
	bad := -1
	var buf [8]byte
	run := 0
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			i++
			continue
		}
		if run < i {
			emit(raw[run:i], run, i, false)
		}
		start := i
		if i+1 >= len(raw) {
			// A lone backslash can only end a string cut short by an error.
			emit(raw[i:], i, len(raw), true)
			return i
		}
		var dec []byte
		switch c := raw[i+1]; c {
		case '"', '\\', '/':
			buf[0] = c
			dec, i = buf[:1], i+2
		case 'b', 'f', 'n', 'r', 't':
			buf[0] = controlEscape(c)
			dec, i = buf[:1], i+2
		case 'u':
			r, n := decodeU(raw[i:])
			if n == 0 {
				if bad < 0 {
					bad = i
				}
				buf[0] = 'u'
				dec, i = buf[:1], i+2
				break
			}
			dec, i = buf[:utf8.EncodeRune(buf[:], r)], i+n
		default:
			if bad < 0 {
				bad = i
			}
			l := 1
			if c >= utf8.RuneSelf {
				_, l = utf8.DecodeRune(raw[i+1:])
			}
			dec, i = raw[i+1:i+1+l], i+1+l
		}
		emit(dec, start, i, true)
		run = i
	}
	if run < len(raw) {
		emit(raw[run:], run, len(raw), false)
	}
	return bad
}

func controlEscape(c byte) byte {
	switch c {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	}
	return '\t'
}

// decodeU decodes a \uXXXX escape at the start of b, with the second half of
// a surrogate pair when one follows; n is the escape's length, 0 if invalid.
func decodeU(b []byte) (r rune, n int) {
	r1, ok := hex4(b)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r1) {
		if r2, ok := hex4(b[6:]); ok {
			if r := utf16.DecodeRune(r1, r2); r != utf8.RuneError {
				return r, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r1, 6
}

// hex4 reads `\uXXXX` at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[2:6]), 16, 32)
	return rune(v), err == nil
}

// Exact reports whether a String's decoded text is byte for byte its source
// between the quotes (no escapes). Non-strings are exact too: Str is their
// source text.
func (n *Node) Exact() bool { return !n.escaped }

// StringOffsets returns, for each byte of a String's decoded text, the file
// offset it comes from; all bytes of an escape sequence map to its
// backslash. It is computed on each call (strings with findings are rare),
// so callers that need it more than once should keep the result.
func (n *Node) StringOffsets() []int {
	if n.Kind != String {
		return nil
	}
	offs := make([]int, 0, len(n.Str))
	base := n.Start + 1
	content := n.Raw[1 : len(n.Raw)-1]
	if !n.escaped {
		for i := range content {
			offs = append(offs, base+i)
		}
		return offs
	}
	walkString(content, func(dec []byte, i, j int, escape bool) {
		for k := range dec {
			if escape {
				offs = append(offs, base+i)
			} else {
				offs = append(offs, base+i+k)
			}
		}
	})
	return offs
}

// Get returns the value of an object's member key (the last one when the key
// is duplicated, as encoding/json and most APIs read it), or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := len(n.Members) - 1; i >= 0; i-- {
		if n.Members[i].Key == key {
			return n.Members[i].Value
		}
	}
	return nil
}

// Index returns an array's i'th element, or nil.
func (n *Node) Index(i int) *Node {
	if n == nil || n.Kind != Array || i < 0 || i >= len(n.Elems) {
		return nil
	}
	return n.Elems[i]
}

// Lookup returns the value at a JSON pointer (RFC 6901, "/tasks/0/new_cluster";
// "" is n itself), or nil.
func (n *Node) Lookup(pointer string) *Node {
	if pointer == "" {
		return n
	}
	if pointer[0] != '/' {
		return nil
	}
	for _, tok := range strings.Split(pointer[1:], "/") {
		tok = unescapePointer(tok)
		switch {
		case n == nil:
			return nil
		case n.Kind == Object:
			n = n.Get(tok)
		case n.Kind == Array:
			i, err := strconv.Atoi(tok)
			if err != nil || tok != strconv.Itoa(i) {
				return nil
			}
			n = n.Index(i)
		default:
			return nil
		}
	}
	return n
}

// EscapePointer escapes one reference token of a JSON pointer ("a/b" → "a~1b").
func EscapePointer(tok string) string {
	if !strings.ContainsAny(tok, "~/") {
		return tok
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(tok)
}

func unescapePointer(tok string) string {
	if !strings.Contains(tok, "~") {
		return tok
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
}

// Walk calls fn for n and every value inside it, depth first in source order,
// with each value's JSON pointer (the root's is ""). When fn returns false
// the values inside that one are skipped.
func (n *Node) Walk(fn func(pointer string, n *Node) bool) {
	n.walk("", fn)
}

func (n *Node) walk(ptr string, fn func(string, *Node) bool) {
	if n == nil || !fn(ptr, n) {
		return
	}
	for _, m := range n.Members {
		m.Value.walk(ptr+"/"+EscapePointer(m.Key), fn)
	}
	for i, e := range n.Elems {
		e.walk(ptr+"/"+strconv.Itoa(i), fn)
	}
}

// ToAny converts the tree to the types encoding/json produces with UseNumber
// (map[string]any, []any, json.Number, string, bool, nil), as JSON Schema
// validation wants. Duplicate keys keep the last value.
func (n *Node) ToAny() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case Object:
		m := make(map[string]any, len(n.Members))
		for _, mem := range n.Members {
			m[mem.Key] = mem.Value.ToAny()
		}
		return m
	case Array:
		a := make([]any, len(n.Elems))
		for i, e := range n.Elems {
			a[i] = e.ToAny()
		}
		return a
	case String:
		return n.Str
	case Number:
		return json.Number(n.Str)
	case Bool:
		return n.Str == "true"
	}
	return nil
}
