package yamlfile

import (
	"go/token"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

const (
	// maxDepth bounds nesting, aliases included (an anchor may contain an
	// alias to itself, which yaml.v3's Node API does not reject).
	maxDepth = 1000
	// maxPathLen bounds a block's path: past it a document is hostile, not
	// configuration, and paths would cost memory quadratic in the depth.
	maxPathLen = 4096
	// aliasBudget bounds the work done for nodes reached through aliases,
	// against "billion laughs" documents: each such node costs one unit and
	// one more per 64 bytes of its path.
	aliasBudget = 100000
	// foldBudget bounds the ${var.x} folded in one file: defaults that
	// reference other variables twice each would otherwise grow
	// exponentially. Past it a reference stays a VarRef.
	foldBudget = 10000
)

type extractor struct {
	file   *source.File
	out    *facts.File
	bundle *bundleModel // nil unless the file is bundle configuration
	world  string       // the target ${var.x} is resolved in
	// resolving holds the variables being folded, against ${var.a} in the
	// default of var.a.
	resolving map[string]bool
	budget    int  // what is left of aliasBudget
	folds     int  // what is left of foldBudget
	tooDeep   bool // reported once
}

// resolve follows an alias to its anchored node; viaAlias says it did.
func (x *extractor) resolve(n *yaml.Node) (r *yaml.Node, viaAlias bool) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias, true
	}
	return n, false
}

// enter accounts for visiting a node at depth with the given path, through
// an alias or not, and reports whether to go on.
func (x *extractor) enter(path string, depth int, viaAlias bool) bool {
	if viaAlias {
		x.budget -= 1 + len(path)/64
	}
	if depth < maxDepth && len(path) <= maxPathLen && x.budget > 0 {
		return true
	}
	if !x.tooDeep {
		x.tooDeep = true
		x.out.Problems = append(x.out.Problems, facts.Problem{
			Pos:     x.file.Pos(0),
			Message: "YAML nesting or alias expansion too large; the rest of the document was skipped",
			Fatal:   true,
		})
	}
	return false
}

type entry struct {
	key, value *yaml.Node
	merged     bool // comes from a merge key (<<: *defaults)
}

// entries lists a mapping's entries with merge keys resolved: keys written
// in the mapping win over merged ones, and an earlier merged mapping wins
// over a later one, as the YAML merge key type says.
func (x *extractor) entries(m *yaml.Node, path string, depth int) []entry {
	own := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; !isMerge(k) {
			own[k.Value] = true
		}
	}
	var out []entry
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if !isMerge(k) {
			out = append(out, entry{key: k, value: v})
			continue
		}
		sources := []*yaml.Node{v}
		if v.Kind == yaml.SequenceNode {
			sources = v.Content
		}
		for _, s := range sources {
			s, _ = x.resolve(s)
			if s.Kind != yaml.MappingNode || !x.enter(path, depth+1, true) {
				continue
			}
			for _, e := range x.entries(s, path, depth+1) {
				if !own[e.key.Value] {
					own[e.key.Value] = true
					out = append(out, entry{key: e.key, value: e.value, merged: true})
				}
			}
		}
	}
	return out
}

func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge"
}

// mapping turns a mapping at path into a block of type typ. viaAlias means
// the mapping is reached through an alias: its scalars were already
// recorded as Values where they are written.
func (x *extractor) mapping(m *yaml.Node, typ, path string, viaAlias bool, depth int) *facts.Block {
	b := &facts.Block{Type: typ, Path: path, Pos: x.file.Pos(x.nodeStart(m))}
	b.End = b.Pos
	for _, e := range x.entries(m, path, depth) {
		if e.key.Kind != yaml.ScalarNode {
			continue // a complex key: nothing a rule could name
		}
		key := e.key.Value
		kpath := joinPath(path, key)
		v, alias := x.resolve(e.value)
		alias = alias || viaAlias || e.merged
		if !x.enter(kpath, depth+1, alias) {
			break
		}
		switch v.Kind {
		case yaml.MappingNode:
			c := x.mapping(v, key, kpath, alias, depth+1)
			b.Blocks = append(b.Blocks, c)
			b.End = max(b.End, c.End)
		case yaml.SequenceNode:
			b.End = max(b.End, x.sequence(b, e.key, v, key, kpath, alias, depth+1))
		case yaml.ScalarNode:
			kpos, kend := x.keyRange(e.key)
			for _, val := range x.scalarValues(v, !alias, kpath) {
				p := facts.Pair{Key: key, KeyPos: kpos, KeyEnd: kend, Path: path, Value: val, Origin: facts.YAMLEntry}
				b.Pairs = append(b.Pairs, p)
				x.out.Pairs = append(x.out.Pairs, p)
				b.End = max(b.End, val.End)
			}
		}
	}
	return b
}

// sequence adds the mappings of a sequence (also inside nested sequences)
// to parent as blocks of type typ, the key that holds the sequence. Its
// scalars become pairs of parent keyed by that key (scopes: [all-apis, sql]
// gives two "scopes" pairs), or only Values for a top-level sequence (key is
// nil). It returns where the last item ends.
func (x *extractor) sequence(parent *facts.Block, key *yaml.Node, s *yaml.Node, typ, path string, viaAlias bool, depth int) token.Pos {
	end := token.NoPos
	for i, item := range s.Content {
		ipath := path + "[" + strconv.Itoa(i) + "]"
		v, alias := x.resolve(item)
		alias = alias || viaAlias
		if !x.enter(ipath, depth+1, alias) {
			break
		}
		switch v.Kind {
		case yaml.MappingNode:
			c := x.mapping(v, typ, ipath, alias, depth+1)
			parent.Blocks = append(parent.Blocks, c)
			end = max(end, c.End)
		case yaml.SequenceNode:
			end = max(end, x.sequence(parent, key, v, typ, ipath, alias, depth+1))
		case yaml.ScalarNode:
			for _, val := range x.scalarValues(v, !alias, ipath) {
				end = max(end, val.End)
				if key != nil && v.Tag != "!!null" {
					kpos, kend := x.keyRange(key)
					p := facts.Pair{Key: key.Value, KeyPos: kpos, KeyEnd: kend, Path: parent.Path, Value: val, Origin: facts.YAMLEntry}
					parent.Pairs = append(parent.Pairs, p)
					x.out.Pairs = append(x.out.Pairs, p)
				}
			}
		}
	}
	return end
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// scalarValues converts a scalar at path once per target it is deployed in
// (bundleModel): one value for each distinct way its ${var.x} resolve.
func (x *extractor) scalarValues(n *yaml.Node, record bool, path string) []facts.Value {
	if x.bundle == nil || !strings.Contains(n.Value, "${var.") {
		return []facts.Value{x.scalarValue(n, record)}
	}
	var out []facts.Value
	seen := map[string]bool{}
	worlds := x.bundle.worlds(path)
	x.budget -= len(worlds) - 1 // against alias expansion multiplied by targets
	for _, w := range worlds {
		x.world = w
		v := x.scalarValue(n, false)
		if k := partsKey(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
			if record && v.Type != facts.Null {
				x.out.Values = append(x.out.Values, v)
			}
		}
	}
	x.world = ""
	return out
}

// partsKey identifies a value by its parts' text and places.
func partsKey(v facts.Value) string {
	var b strings.Builder
	for _, p := range v.Parts {
		b.WriteString(strconv.Itoa(int(p.Pos)))
		b.WriteByte(0)
		b.WriteString(p.Text)
		b.WriteByte(0)
	}
	return b.String()
}

// scalarValue converts a scalar and, when record is set, adds it to the
// file's Values (nulls are not values).
func (x *extractor) scalarValue(n *yaml.Node, record bool) facts.Value {
	v := x.literal(n)
	if v.Type == facts.String {
		v = x.references(v)
	}
	if record && v.Type != facts.Null {
		x.out.Values = append(x.out.Values, v)
	}
	return v
}

func typeOf(n *yaml.Node) facts.Type {
	switch n.ShortTag() {
	case "!!int", "!!float":
		return facts.Number
	case "!!bool":
		return facts.Bool
	case "!!null":
		return facts.Null
	}
	return facts.String
}

// offset converts yaml.v3's 1-based line and column, which counts runes,
// into a byte offset.
func (x *extractor) offset(line, col int) int {
	tf := x.file.Tok
	if line < 1 || line > tf.LineCount() {
		return 0
	}
	off := tf.Offset(tf.LineStart(line))
	src := x.file.Src
	for ; col > 1 && off < len(src) && src[off] != '\n'; col-- {
		_, size := utf8.DecodeRune(src[off:])
		off += size
	}
	return off
}

// nodeStart is the offset of a node's content: yaml.v3 positions a node at
// its properties (&anchor, !tag), which are skipped here.
func (x *extractor) nodeStart(n *yaml.Node) int {
	off := x.offset(n.Line, n.Column)
	src := x.file.Src
	for off < len(src) && (src[off] == '&' || src[off] == '!') {
		for off < len(src) && src[off] != ' ' && src[off] != '\t' && src[off] != '\n' && src[off] != '\r' {
			off++
		}
		for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
			off++
		}
	}
	return off
}

// keyRange is the range of a key's text, after its opening quote if quoted.
func (x *extractor) keyRange(k *yaml.Node) (token.Pos, token.Pos) {
	off := x.nodeStart(k)
	if k.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		off++
	}
	return x.file.Pos(off), x.file.Pos(off + len(k.Value))
}
