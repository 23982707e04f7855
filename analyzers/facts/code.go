package facts

import (
	"go/token"
	"sort"

	"github.com/bricklint/bricklint/analyzers/source"
)

// Code is source text in one language cut out of a file: a whole file, a
// notebook cell with its "# MAGIC " prefixes removed, or an .ipynb cell's
// decoded JSON strings. Language lexers work on Src and turn offsets into
// file positions with Pos, so every fact points into the real file.
type Code struct {
	Src  []byte
	Lang source.Lang
	File *source.File
	segs []segment
}

// segment maps Src[virt:virt+n] to the file. offs is nil when the bytes are
// contiguous in the file from off; otherwise it holds one file offset a byte.
type segment struct {
	virt, off, n int
	offs         []int32
}

// NewCode starts an empty code text for lang in file f.
func NewCode(f *source.File, lang source.Lang) *Code {
	return &Code{Lang: lang, File: f}
}

// WholeFile is the code text of an entire file.
func WholeFile(f *source.File, lang source.Lang) *Code {
	c := NewCode(f, lang)
	c.Add(0, f.Src)
	return c
}

// Add appends b, which stands in the file at byte offset off.
func (c *Code) Add(off int, b []byte) {
	if len(b) == 0 {
		return
	}
	if n := len(c.segs); n > 0 {
		last := &c.segs[n-1]
		if last.offs == nil && last.off+last.n == off && last.virt+last.n == len(c.Src) {
			last.n += len(b)
			c.Src = append(c.Src, b...)
			return
		}
	}
	c.segs = append(c.segs, segment{virt: len(c.Src), off: off, n: len(b)})
	c.Src = append(c.Src, b...)
}

// AddMapped appends b where byte i stands at file offset offs[i] (decoded
// escapes: several file bytes make one byte of b).
func (c *Code) AddMapped(b []byte, offs []int) {
	if len(b) == 0 {
		return
	}
	o := make([]int32, len(b))
	for i := range b {
		o[i] = int32(offs[i])
	}
	c.segs = append(c.segs, segment{virt: len(c.Src), n: len(b), offs: o})
	c.Src = append(c.Src, b...)
}

// Offset maps an offset in Src to a byte offset in the file.
func (c *Code) Offset(i int) int {
	if len(c.segs) == 0 {
		return 0
	}
	k := sort.Search(len(c.segs), func(k int) bool { return c.segs[k].virt > i }) - 1
	if k < 0 {
		k = 0
	}
	s := c.segs[k]
	d := i - s.virt
	if d >= s.n { // the end of a segment: just past its last byte
		if s.offs == nil {
			return s.off + s.n
		}
		return int(s.offs[s.n-1]) + 1
	}
	if s.offs == nil {
		return s.off + d
	}
	return int(s.offs[d])
}

// Pos maps an offset in Src to a position in the file.
func (c *Code) Pos(i int) token.Pos { return c.File.Pos(c.Offset(i)) }

// Exact reports whether Src[i:j] is the same bytes as the file at Pos(i).
func (c *Code) Exact(i, j int) bool {
	if j <= i {
		return true
	}
	start := c.Offset(i)
	if c.Offset(j-1)-start != j-1-i || !c.contiguous(i, j) {
		return false
	}
	// A mapped run can be contiguous and still not be the file's bytes: a
	// decoded escape, or the space a folded YAML line break stands for.
	src := c.File.Src
	return start >= 0 && start+j-i <= len(src) && string(c.Src[i:j]) == string(src[start:start+j-i])
}

func (c *Code) contiguous(i, j int) bool {
	k := sort.Search(len(c.segs), func(k int) bool { return c.segs[k].virt > i }) - 1
	if k < 0 {
		return false
	}
	s := c.segs[k]
	if j > s.virt+s.n {
		return false
	}
	if s.offs == nil {
		return true
	}
	for x := i - s.virt + 1; x < j-s.virt; x++ {
		if s.offs[x] != s.offs[x-1]+1 {
			return false
		}
	}
	return true
}

// Lit builds a literal value whose decoded text is text, written at Src[i:j]
// (the whole literal token, quotes included). rawStart is where the decoded
// text starts in Src when it is an exact copy of the source (no escapes), or
// -1 when it is not.
func (c *Code) Lit(text string, i, j, rawStart int) Value {
	pos, end := c.Pos(i), c.Pos(j)
	if rawStart >= 0 && c.Exact(rawStart, rawStart+len(text)) {
		v := Lit(text, c.Pos(rawStart), c.Pos(rawStart+len(text)), true)
		v.Pos, v.End = pos, end
		return v
	}
	return Lit(text, pos, end, false)
}

// Env holds the names a notebook or script has bound to values so far, for
// constant folding across cells ("pw = 's3cret'" in cell 2 used in cell 5).
type Env struct {
	vars map[string]Value
	aux  map[string]any
}

// NewEnv returns an empty environment.
func NewEnv() *Env { return &Env{vars: map[string]Value{}} }

// Set binds name to v; a later assignment replaces an earlier one.
func (e *Env) Set(name string, v Value) { e.vars[name] = v }

// Get returns the value bound to name.
func (e *Env) Get(name string) (Value, bool) {
	v, ok := e.vars[name]
	return v, ok
}

// Clone returns a copy whose bindings change apart from e's: the scope of
// a function call, whose local names must not leak to the caller (a
// front-end's own state, Aux, is shared).
func (e *Env) Clone() *Env {
	c := &Env{vars: make(map[string]Value, len(e.vars)), aux: e.aux}
	for k, v := range e.vars {
		c.vars[k] = v
	}
	return c
}

// Aux returns the state a front-end keeps beside the names under key (the
// Python front-end's function summaries), or nil.
func (e *Env) Aux(key string) any { return e.aux[key] }

// SetAux keeps a front-end's state under key for as long as the environment lives.
func (e *Env) SetAux(key string, v any) {
	if e.aux == nil {
		e.aux = map[string]any{}
	}
	e.aux[key] = v
}

// Delete forgets name (it was reassigned to something unknown).
func (e *Env) Delete(name string) { delete(e.vars, name) }

// Use returns the value bound to name as it reads at a place of use: the
// same parts (which point at where they were written), the use's range, and
// Via set to the name.
func (e *Env) Use(name string, pos, end token.Pos) (Value, bool) {
	v, ok := e.vars[name]
	if !ok {
		return Value{}, false
	}
	v.Pos, v.End = pos, end
	if v.Via == "" {
		v.Via = name
	}
	return v, true
}

// FoldedNumber is the result of arithmetic at [pos, end). An operand read
// through a name (a parameter bound at a call, a default, a constant, a Terraform
// variable's default or tfvars value, a module argument) is
// where the number comes from: the result stands at the first such literal,
// and the others are kept as empty parts, so the value still carries every
// literal it was computed from (a call's argument reaches the sink it
// multiplies into, docs/design.md §3). Without one it stands at the expression.
func FoldedNumber(text string, pos, end token.Pos, operands ...Value) Value {
	var from []Part
	for _, v := range operands {
		for _, p := range v.Parts {
			if p.Kind != Unknown && p.Pos.IsValid() && (p.Pos < pos || p.Pos >= end) {
				from = append(from, p)
			}
		}
	}
	main := Part{Text: text, Kind: Folded, Pos: pos, End: end}
	if len(from) > 0 {
		main.Pos, main.End = from[0].Pos, from[0].End
		from = from[1:]
	}
	parts := []Part{main}
	for _, p := range from {
		parts = append(parts, Part{Kind: Folded, Pos: p.Pos, End: p.End})
	}
	return Value{Type: Number, Pos: pos, End: end, Parts: parts}
}

// Concat joins values into one, as "a" + b or an f-string does.
func Concat(pos, end token.Pos, vs ...Value) Value {
	out := Value{Pos: pos, End: end}
	for _, v := range vs {
		out.Parts = append(out.Parts, v.Parts...)
		if v.Via != "" && out.Via == "" {
			out.Via = v.Via
		}
	}
	return out
}

// Embedded is code in lang held in a string value of another language or
// format: SQL in spark.sql("..."), a shell script in a CI pipeline's YAML.
// Its literal parts keep their file positions; a reference part stands as
// "${ref}", which both the SQL and the shell lexers read as a parameter
// (inside quotes too), never as literal text.
func Embedded(f *source.File, v Value, lang source.Lang) *Code {
	code := NewCode(f, lang)
	for _, p := range v.Parts {
		off := f.Tok.Offset(p.Pos)
		switch {
		case p.Kind != Literal && p.Kind != Folded:
			code.addAt("${ref}", off)
		case p.Exact:
			code.Add(off, []byte(p.Text))
		default: // an escaped part has no byte-for-byte position
			code.addAt(p.Text, off)
		}
	}
	return code
}

// addAt appends text whose every byte stands at file offset off.
func (c *Code) addAt(text string, off int) {
	offs := make([]int, len(text))
	for i := range offs {
		offs[i] = off
	}
	c.AddMapped([]byte(text), offs)
}
