package python

import (
	"go/token"
	"strconv"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// Names are bound in the shared facts.Env so that they fold in later cells.
// Dicts, lists and auth clients are kept there too, under keys that are not
// Python names (so they never clash with one):
//
//	name{}          the dict's keys, one literal part each (with the key's position)
//	name["key"]     an entry's value (or, for a nested dict, its own name{} and entries)
//	name[]          a list's length; name[0], name[1], ... its items
//	name()          an auth client's tool; name().url its authority or host

// maxDictDepth bounds how deep nested dicts are stored, maxList how long a
// list is kept (lists matter as scopes, which are short).
const (
	maxDictDepth = 16
	maxList      = 64
)

// scope is a function or class body: the names it binds are restored when
// it ends, so its locals do not leak into the code after it.
type scope struct {
	indent int // the indentation of the def or class line
	saved  map[string]savedValue
	order  []string   // the keys of saved, in the order first touched
	fn     *function  // the def whose body this is
	class  *classInfo // the class whose body this is
}

type savedValue struct {
	v     facts.Value
	bound bool
}

func (x *extractor) openScope(indent int) {
	x.scopes = append(x.scopes, scope{indent: indent, saved: map[string]savedValue{}})
}

// closeScopes ends the scopes whose body is over at a line with this indentation.
func (x *extractor) closeScopes(indent int) {
	for len(x.scopes) > 0 && x.scopes[len(x.scopes)-1].indent >= indent {
		sc := x.scopes[len(x.scopes)-1]
		x.closeFunc(sc)
		for key, s := range sc.saved {
			if s.bound {
				x.env.Set(key, s.v)
			} else {
				x.env.Delete(key)
			}
		}
		x.scopes = x.scopes[:len(x.scopes)-1]
		if sc.class != nil {
			x.closeClass(sc.class)
		}
	}
}

func (x *extractor) set(key string, v facts.Value) {
	x.save(key)
	x.env.Set(key, v)
}

func (x *extractor) del(key string) {
	x.save(key)
	x.env.Delete(key)
}

// save remembers key's outer value the first time the current scope touches it.
func (x *extractor) save(key string) {
	if len(x.scopes) == 0 {
		return
	}
	s := &x.scopes[len(x.scopes)-1]
	if _, done := s.saved[key]; done {
		return
	}
	v, ok := x.env.Get(key)
	s.saved[key] = savedValue{v, ok}
	s.order = append(s.order, key)
}

// bind binds name to r. A value is kept when any part of it is known or a
// reference (a secret read into a variable stays a secret where it is used);
// a wholly unknown value unbinds the name.
func (x *extractor) bind(name string, r result) {
	x.unbind(name)
	if r.dict != nil {
		x.storeDict(name, r.dict, 0)
	}
	if r.isList && len(r.list) <= maxList {
		x.set(name+"[]", facts.Value{Parts: []facts.Part{{Text: strconv.Itoa(len(r.list))}}})
		for i, v := range r.list {
			x.set(name+"["+strconv.Itoa(i)+"]", v)
		}
	}
	if r.client != nil {
		x.set(name+"()", facts.Value{Parts: []facts.Part{{Text: r.client.tool}}})
		x.set(name+"().url", r.client.url)
	}
	if len(r.attrs) > 0 { // an instance: name.attr reads its attributes
		var index facts.Value
		for _, a := range r.attrs {
			index.Parts = append(index.Parts, facts.Part{Text: a.name})
			x.set(name+"."+a.name, a.val)
		}
		x.set(name+".", index)
	}
	if r.class != "" {
		x.set(name+"()class", facts.Value{Parts: []facts.Part{{Text: r.class}}})
	}
	for _, p := range r.val.Parts {
		if p.Kind != facts.Unknown {
			x.set(name, r.val)
			x.classAttr(name, r.val, true)
			return
		}
	}
	x.classAttr(name, r.val, false)
}

func (x *extractor) unbind(name string) {
	if index, ok := x.env.Get(name + "."); ok {
		for _, p := range index.Parts {
			x.del(name + "." + p.Text)
		}
	}
	for _, key := range []string{name, name + "{}", name + "[]", name + "()", name + ".", name + "()class"} {
		x.del(key)
	}
}

// lookup returns what name is bound to, read at [pos, end).
func (x *extractor) lookup(name string, pos, end token.Pos) (result, bool) {
	r := result{path: name}
	found := false
	if v, ok := x.env.Use(name, pos, end); ok {
		r.val, found = v, true
	}
	if d := x.loadDict(name, 0); d != nil {
		r.dict, found = d, true
	}
	if n, ok := x.env.Get(name + "[]"); ok {
		count, _ := strconv.Atoi(n.Text())
		r.isList, found = true, true
		for i := range count {
			v, _ := x.env.Get(name + "[" + strconv.Itoa(i) + "]")
			r.list = append(r.list, v)
		}
	}
	if tool, ok := x.env.Get(name + "()"); ok {
		url, _ := x.env.Get(name + "().url")
		r.client, found = &client{tool: tool.Text(), url: url}, true
	}
	if class, ok := x.env.Get(name + "()class"); ok {
		r.class, found = class.Text(), true
	}
	if _, ok := x.env.Get(name + "."); ok { // an instance: cfg = self.cfg keeps its attributes
		r.attrs, found = x.instance(name), true
	}
	if found && r.val.Parts == nil {
		r.val = facts.Ref(facts.Unknown, name, pos, end)
	}
	return r, found
}

func entryKey(name, key string) string { return name + "[" + strconv.Quote(key) + "]" }

func (x *extractor) storeDict(name string, d *dictVal, depth int) {
	x.set(name+"{}", facts.Value{})
	for _, e := range d.entries {
		x.putEntry(name, e, depth)
	}
}

// putEntry adds an entry to the stored dict name.
func (x *extractor) putEntry(name string, e dictEntry, depth int) {
	index, _ := x.env.Get(name + "{}")
	index.Parts = append(index.Parts, facts.Part{Text: e.key, Kind: facts.Literal, Pos: e.keyPos, End: e.keyEnd})
	x.set(name+"{}", index)
	k := entryKey(name, e.key)
	x.del(k + "{}")
	if e.sub != nil && depth < maxDictDepth {
		x.storeDict(k, e.sub, depth+1)
	} else {
		x.set(k, e.val)
	}
}

// loadDict returns the dict bound to name, or nil. Its pairs were emitted
// where it was written.
func (x *extractor) loadDict(name string, depth int) *dictVal {
	index, ok := x.env.Get(name + "{}")
	if !ok {
		return nil
	}
	d := &dictVal{emitted: true}
	for _, p := range index.Parts {
		k := entryKey(name, p.Text)
		e := dictEntry{key: p.Text, keyPos: p.Pos, keyEnd: p.End}
		if depth < maxDictDepth {
			e.sub = x.loadDict(k, depth+1)
		}
		if e.sub != nil {
			e.val = facts.Ref(facts.Unknown, "dict", p.Pos, p.End)
		} else {
			e.val, _ = x.env.Get(k)
		}
		d.entries = append(d.entries, e)
	}
	return d
}

// dictPut adds an entry to the dict bound to container, if there is one:
// props["password"] = pw, props.put(...), props.update(...).
func (x *extractor) dictPut(container string, e dictEntry) {
	if _, ok := x.env.Get(container + "{}"); ok && container != "" {
		x.putEntry(container, e, 0)
	}
}

// addEntry adds k: v to a dict literal when the key is known text.
func (x *extractor) addEntry(d *dictVal, k, v result) {
	key, ok := knownText(k.val)
	if !ok {
		return
	}
	kp, ke := keyRange(k.val)
	if v.dict != nil {
		v.dict.owned = true
	}
	d.entries = append(d.entries, dictEntry{key: key, keyPos: kp, keyEnd: ke, val: v.val, sub: v.dict})
}

// emitPairs adds a dict's entries as pairs under path.
func (x *extractor) emitPairs(d *dictVal, path string, origin facts.Origin) {
	if d == nil {
		return
	}
	x.out.Pairs = append(x.out.Pairs, entryPairs(d, path, origin)...)
	d.emitted = true
}

// settle emits a dict literal's entries under path unless they are emitted
// already or belong to an enclosing dict.
func (x *extractor) settle(d *dictVal, path string) {
	if d != nil && !d.emitted && !d.owned {
		x.emitPairs(d, path, facts.DictEntry)
	}
}

// flushPending emits the dict literals a statement left without a path.
func (x *extractor) flushPending() {
	for _, d := range x.pending {
		x.settle(d, "")
	}
	x.pending = x.pending[:0]
}
