package python

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Function summaries (docs/design.md §3). A def, a lambda bound to a name and
// a class are remembered with their bodies; a call of one evaluates the body
// again with the parameters bound to the call's arguments, so a literal
// passed at the call reaches the sink inside the body (the finding stands at
// the literal, the sink is where it is used). Of the facts that evaluation
// makes, only those that carry an argument are kept: the rest were found
// when the def itself was read. The body's return value is the call's value.
// Nesting and the total work are bounded, so a deep call chain or recursion
// costs a fixed amount and gives the same facts every time.
const (
	maxInlineDepth  = 8     // calls evaluated inside calls
	maxInlineBudget = 20000 // statements evaluated for calls, per notebook or file
	// maxAttrs bounds the attributes an instance carries (nested instances
	// are copied whole, so self.a = self; self.b = self … would otherwise double them).
	maxAttrs = 256
)

// function is what a call needs of a def or lambda.
type function struct {
	name   string
	code   *facts.Code // the code text the body's tokens index
	text   string      // string(code.Src), the extractor's
	params []param
	body   []logicalLine
	indent int
	class  *classInfo // the class whose method it is, or nil
}

type param struct {
	name   string
	star   int // 1 for *args, 2 for **kwargs
	def    result
	hasDef bool
}

// classInfo is a class body: its attributes (dataclass-like field defaults,
// class constants), the attributes __init__ sets on self, and its methods.
type classInfo struct {
	name      string
	fields    []string // attribute names in the order written (a dataclass's positional order)
	attrs     map[string]facts.Value
	selfAttrs []attr
	methods   map[string]*function
}

type attr struct {
	name string
	val  facts.Value
}

// state is kept in the environment, so functions and classes defined in one
// cell are known in later ones.
type state struct {
	funcs   map[string]*function
	classes map[string]*classInfo
	depth   int // calls being evaluated now
	budget  int // statements left to evaluate for calls
}

func stateOf(env *facts.Env) *state {
	if st, ok := env.Aux("python").(*state); ok {
		return st
	}
	st := &state{funcs: map[string]*function{}, classes: map[string]*classInfo{}, budget: maxInlineBudget}
	env.SetAux("python", st)
	return st
}

// bodyLines returns the lines indented under the current line.
func (x *extractor) bodyLines(indent int) []logicalLine {
	if x.lineIdx >= len(x.lines) {
		return nil
	}
	from := x.lineIdx + 1
	to := from
	for to < len(x.lines) && x.lines[to].indent > indent {
		to++
	}
	return x.lines[from:to]
}

// params parses a parameter list; defaults are evaluated (and their facts
// added) when eval is set.
func (x *extractor) params(toks []tok, fn string, eval bool) []param {
	var out []param
	for _, pt := range splitTop(toks, ",") {
		star := 0
		for len(pt) > 0 && isOpTok(pt[0], "*", "**") {
			star = len(pt[0].text)
			pt = pt[1:]
		}
		if len(pt) == 0 || pt[0].kind != tName {
			continue
		}
		name := pt[0]
		prm := param{name: name.text, star: star}
		if eq := indexOp(pt, "="); eq >= 0 && eval {
			p := x.parser(pt[eq+1:])
			r := p.expr()
			p.rest("")
			x.settle(r.dict, fn+"("+name.text+")")
			x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: name.text, KeyPos: x.pos(name.start), KeyEnd: x.endPos(name.end),
				Path: fn, Value: r.val, Origin: facts.Assignment})
			prm.def, prm.hasDef = r, true
		}
		out = append(out, prm)
	}
	return out
}

// classScope is the class whose body is being read directly, or nil.
func (x *extractor) classScope() *classInfo {
	if n := len(x.scopes); n > 0 {
		return x.scopes[n-1].class
	}
	return nil
}

// bindDefault binds a parameter to its default in the def's own reading: the
// default is what runs when a caller leaves the argument out.
func (x *extractor) bindDefault(p param) {
	if p.hasDef && (p.def.dict != nil || p.def.val.Type == facts.String && hasLiteral(p.def.val)) {
		x.bind(p.name, p.def)
	}
}

// bindSelf binds self.attr in a method to the class's attributes and to
// what __init__ set.
func (x *extractor) bindSelf(fn *function) {
	if fn.class == nil || len(fn.params) == 0 || fn.params[0].star != 0 {
		return
	}
	self := fn.params[0].name
	x.set(self+"()class", facts.Value{Parts: []facts.Part{{Text: fn.class.name}}}) // self.helper(...) is a method call
	for _, name := range fn.class.fields {
		if v, ok := fn.class.attrs[name]; ok {
			x.set(self+"."+name, v)
		}
	}
	if fn.name == "__init__" {
		return
	}
	for _, a := range fn.class.selfAttrs {
		x.set(self+"."+a.name, a.val)
	}
}

// classAttr records a name bound directly in a class body.
func (x *extractor) classAttr(name string, v facts.Value, bound bool) {
	ci := x.classScope()
	if ci == nil || strings.Contains(name, ".") {
		return
	}
	if _, seen := ci.attrs[name]; !seen {
		if !containsStr(ci.fields, name) {
			ci.fields = append(ci.fields, name)
		}
	}
	if bound {
		ci.attrs[name] = v
	} else {
		delete(ci.attrs, name)
	}
}

func containsStr(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// closeFunc runs when a def or class scope ends, before its names are
// restored: __init__ leaves the attributes it set on self to its class, and
// a class becomes known by name with its attributes readable as Cls.attr.
func (x *extractor) closeFunc(s scope) {
	if fn := s.fn; fn != nil && fn.name == "__init__" && fn.class != nil && len(fn.params) > 0 {
		fn.class.selfAttrs = x.selfAttrs(s, fn.params[0].name)
	}
}

// selfAttrs returns the attributes set on self in scope s that are still
// bound. An attribute's name is the whole key after "self.", so an attribute
// that is itself an instance, a dict or a client ("cfg.password", "cfg.",
// "cfg()class", `cfg["k"]`) is copied whole with it.
func (x *extractor) selfAttrs(s scope, self string) []attr {
	var out []attr
	for _, key := range s.order {
		name, ok := strings.CutPrefix(key, self+".")
		if !ok || name == "" || len(name) > maxPath {
			continue
		}
		if len(out) >= maxAttrs {
			break
		}
		if v, bound := x.env.Get(key); bound {
			out = append(out, attr{name, v})
		}
	}
	return out
}

// closeClass makes a class known once its body is read (and its names restored).
func (x *extractor) closeClass(ci *classInfo) {
	x.st.classes[ci.name] = ci
	for _, name := range ci.fields {
		if v, ok := ci.attrs[name]; ok {
			x.set(ci.name+"."+name, v)
		}
	}
}

// lambda remembers "name = lambda params: expr" as a function returning expr.
func (x *extractor) lambda(name string, toks []tok, indent int) {
	colon := indexOp(toks, ":")
	if colon < 0 || colon+1 >= len(toks) {
		return
	}
	ret := tok{kind: tName, text: "return", start: toks[0].start, end: toks[0].end}
	body := append([]tok{ret}, toks[colon+1:]...)
	x.st.funcs[name] = &function{name: name, code: x.c, text: x.text, params: x.params(toks[1:colon], name, false), indent: indent,
		body: []logicalLine{{indent: indent + 1, toks: body}}}
}

// inlineCall evaluates a call of a known function or class, if it is one.
func (x *extractor) inlineCall(cs *callSite) (result, bool) {
	var r result
	var ok bool
	switch {
	case cs.hasRecv && cs.recv.class != "" && cs.method != "":
		// obj.method(...) on an instance of a known class: self is obj.
		ci := x.st.classes[cs.recv.class]
		if ci == nil {
			return result{}, false
		}
		fn := ci.methods[cs.method]
		if fn == nil || len(fn.params) == 0 || fn.params[0].star != 0 {
			return result{}, false
		}
		inst := cs.recv.attrs // a bound instance, or Cls(...).method(...)
		if len(inst) == 0 {
			inst = x.instance(cs.recv.path)
		}
		if x.self != "" && cs.recv.path == x.self && len(x.scopes) > 0 {
			// self.helper(...) inside a method: self is what this
			// evaluation bound and set on it so far.
			inst = x.selfAttrs(x.scopes[0], x.self)
		}
		r, ok = x.inline(fn, cs, 1, fn.params[0].name, inst)
		x.lastSelf = nil
	case cs.hasRecv || cs.callee == "" || strings.Contains(cs.callee, "."):
		return result{}, false
	case x.st.classes[cs.callee] != nil:
		return x.construct(x.st.classes[cs.callee], cs), true
	case x.st.funcs[cs.callee] != nil:
		r, ok = x.inline(x.st.funcs[cs.callee], cs, 0, "", nil)
	}
	if !ok {
		return result{}, false
	}
	if !isTraced(r.val) {
		// Nothing known came back: the call stays the value it reads as
		// ("get_token()"), which rules match requests by.
		r.val = cs.ref(facts.Unknown, cs.callee+"()").val
		return r, true
	}
	r.val.Pos, r.val.End = cs.pos, cs.end
	if r.val.Via == "" {
		r.val.Via = cs.callee + "()"
	}
	r.path = ""
	return r, true
}

// isTraced reports whether any part of v is known or a reference.
func isTraced(v facts.Value) bool {
	for _, p := range v.Parts {
		if p.Kind != facts.Unknown {
			return true
		}
	}
	return false
}

// construct evaluates Cls(...): the instance's attributes are the class's,
// then the keyword and positional arguments of a dataclass-like class, or
// what __init__ sets from its arguments.
func (x *extractor) construct(ci *classInfo, cs *callSite) result {
	r := cs.ref(facts.Unknown, ci.name+"()")
	r.class = ci.name
	attrs := map[string]facts.Value{}
	var order []string
	put := func(name string, v facts.Value) {
		if _, ok := attrs[name]; !ok {
			order = append(order, name)
		}
		attrs[name] = v
	}
	for _, name := range ci.fields {
		if v, ok := ci.attrs[name]; ok {
			put(name, v)
		}
	}
	if init := ci.methods["__init__"]; init != nil {
		for _, a := range ci.selfAttrs {
			put(a.name, a.val)
		}
		if len(init.params) > 0 {
			_, _ = x.inline(init, cs, 1, init.params[0].name, nil)
			for _, a := range x.lastSelf {
				put(a.name, a.val)
			}
			x.lastSelf = nil
		}
	} else {
		for i, a := range cs.args {
			if i < len(ci.fields) {
				put(ci.fields[i], a.val)
			}
		}
		for _, k := range cs.kwargs {
			if containsStr(ci.fields, k.name) {
				put(k.name, k.r.val)
			}
		}
	}
	for _, name := range order {
		r.attrs = append(r.attrs, attr{name, attrs[name]})
	}
	return r
}

// instance returns the attributes bound to the instance name.
func (x *extractor) instance(name string) []attr {
	index, _ := x.env.Get(name + ".")
	var out []attr
	for _, p := range index.Parts {
		if len(out) >= maxAttrs {
			break
		}
		if v, ok := x.env.Get(name + "." + p.Text); ok {
			out = append(out, attr{p.Text, v})
		}
	}
	return out
}

// inline evaluates fn's body for the call cs; skip is how many leading
// parameters the call does not pass (self). When self is set, self.attr
// reads the class's attributes, then inst (the instance a method is called
// on, whose attributes count as arguments), and the attributes the body set
// on self are left in x.lastSelf.
func (x *extractor) inline(fn *function, cs *callSite, skip int, self string, inst []attr) (result, bool) {
	st := x.st
	if st.depth >= maxInlineDepth || st.budget <= 0 || len(fn.body) == 0 {
		return result{}, false
	}
	st.depth++
	st.budget--
	defer func() { st.depth-- }()
	y := &extractor{c: fn.code, text: fn.text, env: x.env, st: st, out: &facts.File{Source: fn.code.File}, lines: fn.body, inlined: true, self: self}
	y.openScope(fn.indent)
	args := map[token.Pos]bool{}
	y.bindArgs(fn, cs, skip, args)
	if self != "" {
		y.bindSelf(fn)
	}
	for _, a := range inst {
		y.set(self+"."+a.name, a.val)
		a.val.AddPositions(args)
	}
	for i, ln := range fn.body {
		if st.budget <= 0 {
			break
		}
		st.budget--
		y.lineIdx = i
		y.closeScopes(ln.indent)
		y.line(ln)
	}
	y.closeScopes(fn.indent + 1)
	if self != "" && len(y.scopes) > 0 {
		x.lastSelf = y.selfAttrs(y.scopes[0], self)
	}
	y.closeScopes(-1)
	if fn.code.File != x.c.File {
		useAtCall(y.out, x.c.File, cs)
	}
	x.out.MergeCarrying(y.out, args)
	if !y.hasRet {
		return cs.ref(facts.Unknown, cs.callee+"()"), true
	}
	return y.ret, true
}

// useAtCall moves the place of use of out's values to the call cs when the
// function is defined in another file (a notebook included with %run) and no
// part of the value is written in the calling file: seen from the caller,
// the call is where a literal of the included notebook is used, and a
// finding whose literal and use both stand in an included notebook is
// dropped (its own unit reports it, which it cannot when only the caller
// calls the function).
func useAtCall(out *facts.File, here *source.File, cs *callSite) {
	base, size := token.Pos(here.Tok.Base()), here.Tok.Size()
	inHere := func(p facts.Part) bool { return p.Pos >= base && int(p.Pos-base) <= size }
	move := func(v *facts.Value) {
		if v.Pos.IsValid() && !v.Reaches(inHere) {
			v.Pos, v.End = cs.pos, cs.end
		}
	}
	pairs := func(ps []facts.Pair) {
		for i := range ps {
			move(&ps[i].Value)
		}
	}
	pairs(out.Pairs)
	for i := range out.Calls {
		c := &out.Calls[i]
		for j := range c.Args {
			move(&c.Args[j])
		}
		pairs(c.Kwargs)
	}
	for i := range out.Requests {
		r := &out.Requests[i]
		move(&r.URL)
		pairs(r.Params)
		pairs(r.Headers)
	}
}

// bindArgs binds fn's parameters to the call's arguments (or their
// defaults) and collects where the arguments' parts are written.
func (y *extractor) bindArgs(fn *function, cs *callSite, skip int, args map[token.Pos]bool) {
	used := map[string]bool{}
	for i, p := range fn.params {
		if i < skip {
			continue
		}
		at := i - skip
		switch p.star {
		case 1:
			var rest []result
			if at < len(cs.args) {
				rest = cs.args[at:]
			}
			r := cs.ref(facts.Unknown, "*"+p.name)
			r.isList = true
			for _, a := range rest {
				r.list = append(r.list, a.val)
				collectParts(a, args)
			}
			y.bind(p.name, r)
			continue
		case 2:
			d := &dictVal{emitted: true}
			for _, k := range cs.kwargs {
				if !used[k.name] {
					d.entries = append(d.entries, dictEntry{key: k.name, keyPos: k.pos, keyEnd: k.end, val: k.r.val, sub: k.r.dict})
					collectParts(k.r, args)
				}
			}
			for _, s := range cs.stars {
				if s.dict != nil {
					d.entries = append(d.entries, s.dict.entries...)
					collectParts(s, args)
				}
			}
			r := cs.ref(facts.Unknown, "**"+p.name)
			r.dict = d
			y.bind(p.name, r)
			continue
		}
		var r result
		ok := false
		if at < len(cs.args) {
			r, ok = cs.args[at], true
		} else if r, ok = cs.kw(p.name); ok {
			used[p.name] = true
		}
		switch {
		case ok:
			collectParts(r, args)
			y.bind(p.name, r)
		case p.hasDef:
			y.bind(p.name, p.def)
		default:
			y.unbind(p.name)
		}
	}
}

// collectParts adds where r's known and referenced parts are written.
func collectParts(r result, into map[token.Pos]bool) {
	r.val.AddPositions(into)
	for _, v := range r.list {
		v.AddPositions(into)
	}
	collectDict(r.dict, into, 0)
	for _, a := range r.attrs {
		a.val.AddPositions(into)
	}
}

func collectDict(d *dictVal, into map[token.Pos]bool, depth int) {
	if d == nil || depth > maxDictDepth {
		return
	}
	for _, e := range d.entries {
		e.val.AddPositions(into)
		collectDict(e.sub, into, depth+1)
	}
}
