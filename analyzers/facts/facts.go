// Package facts is the model every front-end fills and every rule reads
// (docs/design.md §3). A rule never parses a file: it matches Values, Pairs,
// Calls, Requests and Blocks, so one rule covers Python, Scala, SQL, R, shell,
// JSON, YAML and Terraform alike.
package facts

import (
	"go/token"
	"slices"
	"strings"

	"github.com/bricklint/bricklint/analyzers/source"
)

// Kind says how a value, or a part of one, is known.
type Kind uint8

const (
	Literal   Kind = iota // written out in the source
	Folded                // computed from literals: concatenation, templates, constants, var/local defaults
	SecretRef             // read from a secret store: dbutils.secrets.get, {{secrets/s/k}}, secret('s','k'), Key Vault
	EnvRef                // read from the environment: os.environ, $VAR, Sys.getenv
	VarRef                // a parameter whose value is not in the repository: widgets, unresolved var.x, ${var.x}
	Unknown               // an expression the front-end cannot evaluate
)

func (k Kind) String() string {
	switch k {
	case Literal:
		return "literal"
	case Folded:
		return "folded"
	case SecretRef:
		return "secret-ref"
	case EnvRef:
		return "env-ref"
	case VarRef:
		return "var-ref"
	}
	return "unknown"
}

// Part is a piece of a value's text. Literal parts carry decoded text; the
// other kinds carry Placeholder text so that rules never mistake a reference
// for a credential.
type Part struct {
	Text     string
	Kind     Kind
	Pos, End token.Pos // where the part is written
	// Exact means Text is byte-for-byte the source starting at Pos (no escapes,
	// no line joins), so a substring's position can be computed exactly.
	Exact bool
}

// Placeholder is the text that stands for a part whose value is unknown. It
// starts and ends with NUL, which no credential contains.
func Placeholder(kind Kind, what string) string {
	return "\x00" + kind.String() + ":" + what + "\x00"
}

// Type is a value's data type.
type Type uint8

const (
	String Type = iota
	Number
	Bool
	Null
)

// Value is a string (or number, bool, null) at the place it is used.
type Value struct {
	Parts    []Part
	Type     Type
	Pos, End token.Pos // the expression at the place of use
	// Via is the name the value was read through ("pw", "var.db_password",
	// "local.url"); empty when the value is written in place.
	Via string
}

// Lit builds a value from one literal.
func Lit(text string, pos, end token.Pos, exact bool) Value {
	return Value{Parts: []Part{{Text: text, Kind: Literal, Pos: pos, End: end, Exact: exact}}, Pos: pos, End: end}
}

// Ref builds a value that is a reference of the given kind; what names it
// (e.g. "dbutils.secrets.get", "os.environ[DB_PW]").
func Ref(kind Kind, what string, pos, end token.Pos) Value {
	return Value{Parts: []Part{{Text: Placeholder(kind, what), Kind: kind, Pos: pos, End: end}}, Pos: pos, End: end}
}

// Text is the value's decoded text, with Placeholders for unknown parts.
func (v Value) Text() string {
	if len(v.Parts) == 1 {
		return v.Parts[0].Text
	}
	var b strings.Builder
	for _, p := range v.Parts {
		b.WriteString(p.Text)
	}
	return b.String()
}

// Kind is Literal for a value written in place from literal parts (one
// string token, or one split at its escapes), Folded for a value computed
// from literals elsewhere, and otherwise the kind of its most telling
// non-literal part, secret references first.
func (v Value) Kind() Kind {
	allLit, folded := true, v.Via != ""
	best := Unknown
	for _, p := range v.Parts {
		switch p.Kind {
		case Literal:
			continue
		case Folded:
			folded = true
			continue
		}
		allLit = false
		if p.Kind < best {
			best = p.Kind
		}
	}
	switch {
	case allLit && !folded:
		return Literal
	case allLit:
		return Folded
	}
	return best
}

// HasLiteral reports whether any part of the value is known text.
func (v Value) HasLiteral() bool {
	for _, p := range v.Parts {
		if p.Kind == Literal || p.Kind == Folded {
			return true
		}
	}
	return false
}

// IsKnown reports whether every part of the value is known text (Literal or Folded).
func (v Value) IsKnown() bool {
	k := v.Kind()
	return k == Literal || k == Folded
}

// KnownAt reports whether the decoded text range [i, j) lies entirely in
// literal parts, i.e. was written in the repository.
func (v Value) KnownAt(i, j int) bool {
	off := 0
	for _, p := range v.Parts {
		end := off + len(p.Text)
		if end > i && off < j && p.Kind != Literal && p.Kind != Folded {
			return false
		}
		off = end
	}
	return true
}

// Span returns the source range of the decoded text range [i, j): exact when
// the range lies in one exact part, otherwise the range of the parts it touches.
func (v Value) Span(i, j int) (token.Pos, token.Pos) {
	off := 0
	var pos, end token.Pos
	var parts []Part
	for _, p := range v.Parts {
		pend := off + len(p.Text)
		if pend > i && off < j || (len(p.Text) == 0 && off == i) {
			if p.Exact && i >= off && j <= pend {
				return p.Pos + token.Pos(i-off), p.Pos + token.Pos(j-off)
			}
			if pos == token.NoPos {
				pos = p.Pos
			}
			end = p.End
			parts = append(parts, p)
		}
		off = pend
	}
	if pos == token.NoPos {
		return v.Pos, v.End
	}
	return v.consistentSpan(parts, pos, end)
}

// Origin says what construct produced a Pair.
type Origin string

const (
	OptionCall  Origin = "option"       // .option("k", v), .options(k=v), .option("k" -> v)
	DictEntry   Origin = "dict"         // {"k": v}, Map("k" -> v), list(k = v)
	KeywordArg  Origin = "kwarg"        // f(k=v), f(k = v) in R
	PropertyPut Origin = "property"     // props.put("k", v), props.setProperty("k", v), props["k"] = v
	ConfSet     Origin = "conf"         // spark.conf.set("k", v), SET k = v
	SQLOption   Origin = "sql-option"   // OPTIONS (k 'v') in CREATE TABLE/CONNECTION
	JSONMember  Origin = "json"         // a JSON object member
	YAMLEntry   Origin = "yaml"         // a YAML mapping entry
	HCLAttr     Origin = "hcl"          // a Terraform attribute or object element
	INIKey      Origin = "ini"          // a .databrickscfg key
	EnvAssign   Origin = "env"          // export K=v, K=v in .env, os.environ["K"] = v
	FormParam   Origin = "form"         // an urlencoded body parameter
	QueryParam  Origin = "query"        // a URL query parameter
	Flag        Origin = "flag"         // a command-line flag: --resource X, --password=X
	Assignment  Origin = "assign"       // name = value in code
	Header      Origin = "header"       // an HTTP header
	JSONBody    Origin = "request-json" // a member of a request's JSON body
)

// Pair is a key with a value.
type Pair struct {
	Key            string
	KeyPos, KeyEnd token.Pos
	// Path locates the pair's container: a JSON pointer ("/tasks/0/new_cluster/spark_conf"),
	// a Terraform block path ("resource.databricks_token.ci"), a YAML path, or the callee
	// of the call that holds it ("spark.read.format().option").
	Path   string
	Value  Value
	Origin Origin
}

// Call is a function or method call, or a command invocation in shell.
type Call struct {
	// Callee is the dotted name: "requests.post", "spark.read.jdbc",
	// "spark.read.format().option", "DriverManager.getConnection", "curl", "databricks".
	Callee string
	Args   []Value // positional arguments (shell: the words after the command)
	Kwargs []Pair  // keyword arguments (shell: flags with their values)
	// Unpacks is set when the call also passes keyword arguments whose names
	// are not known (f(**opts) with opts unresolved): a rule must not read
	// an absent keyword as missing.
	Unpacks  bool
	Pos, End token.Pos
	// Body is set when a shell function's body makes the call, re-run for
	// one call of the function that supplies a literal: Pos/End are then
	// that call (the finding) and Body the command in the body (related).
	Body Span
}

// Request is an HTTP request (curl, requests/httpx, urllib, httr, a CLI that
// requests a token) normalised so that token rules need not know the tool.
type Request struct {
	Tool     string // "curl", "requests.post", "az", "httr::POST", ...
	Method   string // upper-case; "" when unknown
	URL      Value  // may be folded or partly unknown; empty Parts when the tool has an implicit endpoint
	Params   []Pair // query, form, JSON body or CLI parameters, in order
	Headers  []Pair
	Pos, End token.Pos
	Body     Span // as Call.Body, for a request a shell function's body makes
}

// Span is a source range.
type Span struct{ Pos, End token.Pos }

// Block is a structured object: a Terraform block, a JSON or YAML object.
type Block struct {
	Type     string   // "resource", "data", "variable", "provider", "terraform", "locals", "json", "yaml", a nested block type
	Labels   []string // Terraform labels: ["databricks_token", "ci"]
	Path     string   // "resource.databricks_token.ci", "/settings/tasks/0", "resources.jobs.nightly"
	Pairs    []Pair   // scalar attributes / members
	Blocks   []*Block // nested blocks and objects, with their key as Type
	Pos, End token.Pos
}

// Get returns the pair with the given key, if any.
func (b *Block) Get(key string) (Pair, bool) {
	for _, p := range b.Pairs {
		if p.Key == key {
			return p, true
		}
	}
	return Pair{}, false
}

// Child returns the first nested block of the given type, or nil.
func (b *Block) Child(typ string) *Block {
	for _, c := range b.Blocks {
		if c.Type == typ {
			return c
		}
	}
	return nil
}

// Walk calls fn for b and every block nested in it, depth first.
func (b *Block) Walk(fn func(*Block)) {
	fn(b)
	for _, c := range b.Blocks {
		c.Walk(fn)
	}
}

// Problem is a parse error or a doubt about a file's content, reported as a
// tool notification rather than a finding.
type Problem struct {
	Pos     token.Pos
	Message string
	// Fatal means the front-end could not read the file (or a part of it) and
	// its facts are missing; otherwise the facts are complete.
	Fatal bool
}

// Cell is a stretch of a notebook written in one language.
type Cell struct {
	Pos, End token.Pos
	Lang     source.Lang
}

// File holds the facts of one file.
type File struct {
	Source *source.File
	// Cells are the notebook cells that hold code, with their languages (a
	// Python notebook's %sql cell is SQL); nil for files in one language.
	Cells []Cell
	// Values holds every string, number or bool written in code position in the
	// file, once each (comments and markdown are not code). Values reached
	// through names appear in Pairs, Calls and Requests instead.
	Values   []Value
	Pairs    []Pair
	Calls    []Call
	Requests []Request
	Blocks   []*Block
	// Kinds names what the document was recognised as: "databricks-job",
	// "arm-template", "bundle", "workspace-conf", ... (JSON Schema matches for JSON).
	Kinds    []string
	Problems []Problem
}

// HasKind reports whether the file was recognised as kind.
func (f *File) HasKind(kind string) bool {
	for _, k := range f.Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// LangAt is the language of the code at pos: its cell's, or the file's.
func (f *File) LangAt(pos token.Pos) source.Lang {
	for _, c := range f.Cells {
		if c.Pos <= pos && pos <= c.End {
			return c.Lang
		}
	}
	return f.Source.Lang
}

// MapValues replaces every value of the file's facts with fn(value): a pass
// over the whole fact set that front-ends share (e.g. secret references).
func (f *File) MapValues(fn func(Value) Value) {
	for i := range f.Values {
		f.Values[i] = fn(f.Values[i])
	}
	mapPairs(f.Pairs, fn)
	for i := range f.Calls {
		c := &f.Calls[i]
		for j := range c.Args {
			c.Args[j] = fn(c.Args[j])
		}
		mapPairs(c.Kwargs, fn)
	}
	for i := range f.Requests {
		r := &f.Requests[i]
		r.URL = fn(r.URL)
		mapPairs(r.Params, fn)
		mapPairs(r.Headers, fn)
	}
	for _, b := range f.Blocks {
		b.Walk(func(b *Block) { mapPairs(b.Pairs, fn) })
	}
}

func mapPairs(ps []Pair, fn func(Value) Value) {
	for i := range ps {
		ps[i].Value = fn(ps[i].Value)
	}
}

// Merge appends another fact set of the same file (e.g. one notebook cell).
func (f *File) Merge(o *File) {
	f.Cells = append(f.Cells, o.Cells...)
	f.Values = append(f.Values, o.Values...)
	f.Pairs = append(f.Pairs, o.Pairs...)
	f.Calls = append(f.Calls, o.Calls...)
	f.Requests = append(f.Requests, o.Requests...)
	f.Blocks = append(f.Blocks, o.Blocks...)
	f.Kinds = append(f.Kinds, o.Kinds...)
	f.Problems = append(f.Problems, o.Problems...)
}

// MergeAll appends the fact sets os in order, as Merge on each would, but
// grows each of f's lists once: a notebook's cells are merged in one step.
// A list that only one of os has and f lacks is taken as it is, not copied,
// so os must not be used after (their lists may be f's).
func (f *File) MergeAll(os []*File) {
	f.Cells = mergeLists(f.Cells, os, func(o *File) []Cell { return o.Cells })
	f.Values = mergeLists(f.Values, os, func(o *File) []Value { return o.Values })
	f.Pairs = mergeLists(f.Pairs, os, func(o *File) []Pair { return o.Pairs })
	f.Calls = mergeLists(f.Calls, os, func(o *File) []Call { return o.Calls })
	f.Requests = mergeLists(f.Requests, os, func(o *File) []Request { return o.Requests })
	f.Blocks = mergeLists(f.Blocks, os, func(o *File) []*Block { return o.Blocks })
	f.Kinds = mergeLists(f.Kinds, os, func(o *File) []string { return o.Kinds })
	f.Problems = mergeLists(f.Problems, os, func(o *File) []Problem { return o.Problems })
}

func mergeLists[T any](dst []T, os []*File, list func(*File) []T) []T {
	n, from := len(dst), 0
	for _, o := range os {
		if l := list(o); len(l) > 0 {
			n += len(l)
			from++
		}
	}
	if from == 0 {
		return dst
	}
	if from == 1 && len(dst) == 0 {
		for _, o := range os {
			if l := list(o); len(l) > 0 {
				return l
			}
		}
	}
	dst = slices.Grow(dst, n-len(dst))
	for _, o := range os {
		dst = append(dst, list(o)...)
	}
	return dst
}

// Unit holds the facts of every file of a unit, in the unit's file order.
type Unit struct {
	Files []*File
}

// AddPositions adds where v's known and referenced parts are written.
func (v Value) AddPositions(into map[token.Pos]bool) {
	for _, p := range v.Parts {
		if p.Kind != Unknown && p.Pos.IsValid() {
			into[p.Pos] = true
		}
	}
}

// MergeCarrying appends the pairs, calls and requests of o that carry a
// part written at one of the positions from: what a function body yields
// for one call, minus what the body yields for every call (a front-end's
// function summaries, docs/design.md §3).
func (f *File) MergeCarrying(o *File, from map[token.Pos]bool) {
	f.MergeReached(o, func(p Part) bool { return p.Kind != Unknown && from[p.Pos] })
}

// MergeReached appends the pairs, calls and requests of o that have a part
// for which reached is true (a literal written outside a function's body,
// for the shell front-end).
func (f *File) MergeReached(o *File, reached func(Part) bool) {
	for _, p := range o.Pairs {
		if p.Value.Reaches(reached) {
			f.Pairs = append(f.Pairs, p)
		}
	}
	for _, c := range o.Calls {
		if c.Reaches(reached) {
			f.Calls = append(f.Calls, c)
		}
	}
	for _, r := range o.Requests {
		if r.Reaches(reached) {
			f.Requests = append(f.Requests, r)
		}
	}
}

// Reaches reports whether a part of v is one for which reached is true.
func (v Value) Reaches(reached func(Part) bool) bool { return slices.ContainsFunc(v.Parts, reached) }

// Reaches reports whether an argument of c reaches (Value.Reaches).
func (c Call) Reaches(reached func(Part) bool) bool {
	return pairsReach(c.Kwargs, reached) || slices.ContainsFunc(c.Args, func(v Value) bool { return v.Reaches(reached) })
}

// Reaches reports whether r's URL, a parameter or a header reaches.
func (r Request) Reaches(reached func(Part) bool) bool {
	return r.URL.Reaches(reached) || pairsReach(r.Params, reached) || pairsReach(r.Headers, reached)
}

func pairsReach(ps []Pair, reached func(Part) bool) bool {
	return slices.ContainsFunc(ps, func(p Pair) bool { return p.Value.Reaches(reached) })
}
