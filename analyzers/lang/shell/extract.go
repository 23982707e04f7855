// Package shell is the front-end for POSIX shell: .sh files and notebook %sh
// cells. It lexes the script into words (quotes, escapes, expansions,
// here-docs), folds $VAR to the values assigned earlier in the script, and
// turns commands into facts: every argument that holds literal text becomes
// a Value, assignments become Pairs, each simple command a Call with its
// flags as keyword arguments, and curl/wget/httpie/az/databricks invocations
// that talk to an API a Request.
package shell

import (
	"go/token"
	"path"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Extract lexes POSIX shell (a .sh file, or a notebook %sh cell) and returns its facts.
// env is shared across the cells of one notebook.
func Extract(c *facts.Code, env *facts.Env) *facts.File {
	return ExtractIn(c, env, nil)
}

// ExtractIn is Extract for a script whose `source FILE` and `. FILE` may
// name other files of the unit: files returns the one at a root-relative
// path, or nil. What a sourced file defines (functions, variables) is
// visible after the command; its own facts belong to its own scan.
func ExtractIn(c *facts.Code, env *facts.Env, files func(path string) *source.File) *facts.File {
	if env == nil {
		env = facts.NewEnv()
	}
	x := &extractor{
		code:   c,
		env:    env,
		out:    &facts.File{Source: c.File},
		values: map[*word]facts.Value{},
		files:  map[string]facts.Value{},
		funcs:  map[string]*function{},
		calls:  new(int),
		lookup: files,
		open:   map[string]bool{c.File.Path: true},
	}
	cmds, problems := parse(c.Src)
	x.run(cmds)
	for _, p := range problems {
		x.out.Problems = append(x.out.Problems, facts.Problem{Pos: c.Pos(p.off), Message: p.msg})
	}
	return x.out
}

type extractor struct {
	code   *facts.Code
	env    *facts.Env
	out    *facts.File
	values map[*word]facts.Value // each word is evaluated once: evaluation has effects
	// files holds what the script wrote to a file (cat > body.json <<EOF),
	// so that curl -d @body.json can read it.
	files map[string]facts.Value
	// funcs are the functions defined so far (function.go); frame is set
	// while a call's body is re-run, depth counts nested calls and calls
	// the calls re-run in the whole script.
	funcs    map[string]*function
	frame    *frame
	depth    int
	calls    *int
	defining int // inside the run of a body where it is defined
	// lookup finds the files the script sources; open holds those being
	// read (the script itself first), so that a cycle ends.
	lookup func(path string) *source.File
	open   map[string]bool
}

// invocation is a command as the extractor understood it.
type invocation struct {
	cmd    *command
	callee string // "curl", "databricks tokens create", "az account get-access-token"
	items  []item // the arguments after the callee
	stdin  *facts.Value
	pos    token.Pos
	end    token.Pos
}

// positionals returns the values of the arguments that are not flags.
func (inv *invocation) positionals() []facts.Value {
	var vs []facts.Value
	for _, it := range inv.items {
		if it.flag == "" {
			vs = append(vs, it.val)
		}
	}
	return vs
}

// flag returns the value of the first of the given flags that is present.
func (inv *invocation) flag(names ...string) (item, bool) {
	for _, it := range inv.items {
		for _, n := range names {
			if it.flag == n && it.hasVal {
				return it, true
			}
		}
	}
	return item{}, false
}

func (x *extractor) run(cmds []*command) []*invocation {
	var invs []*invocation
	var prev *invocation
	for i := 0; i < len(cmds); i++ {
		cmd := cmds[i]
		if cmd.fnDef {
			// The body still runs here, with its parameters unknown, for
			// the literals it writes itself.
			n := x.define(cmd, cmds[i+1:])
			x.defining++
			invs = append(invs, x.run(cmds[i+1:i+1+n])...)
			x.defining--
			i += n
			prev = nil
			continue
		}
		var upstream *invocation
		if cmd.pipedIn {
			upstream = prev
		}
		prev = x.command(cmd, upstream)
		if prev != nil {
			invs = append(invs, prev)
		}
	}
	return invs
}

// reserved are the words that may stand before a command's name.
var reserved = map[string]bool{
	"if": true, "then": true, "else": true, "elif": true, "fi": true, "do": true, "done": true,
	"while": true, "until": true, "!": true, "{": true, "}": true, "esac": true, "time": true,
}

// declarations are the builtins whose arguments are NAME=value assignments.
var declarations = map[string]bool{"export": true, "local": true, "readonly": true, "declare": true, "typeset": true}

// command extracts the facts of one simple command; upstream is the command
// whose output it reads through a pipe.
func (x *extractor) command(cmd *command, upstream *invocation) *invocation {
	words := cmd.words
	for len(words) > 0 && reserved[words[0].keyword()] {
		words = words[1:]
	}
	bare := len(words) == 0
	var prefix []facts.Pair // A=b cmd: variables for cmd only
	for _, w := range cmd.assigns {
		p, _ := x.assignment(w, bare)
		if bare {
			p.Origin = facts.Assignment
			x.out.Pairs = append(x.out.Pairs, p)
		} else {
			prefix = append(prefix, p)
		}
	}
	var stdin *facts.Value
	if cmd.stdin != nil {
		v := x.value(cmd.stdin)
		x.emit(v, cmd.stdin)
		stdin = &v
	}
	if bare {
		return nil
	}
	switch kw := words[0].keyword(); {
	case kw == "for" || kw == "select":
		x.forLoop(words[1:])
		return nil
	case kw == "case":
		return nil
	case declarations[kw]:
		x.declaration(kw, words[1:])
		return nil
	}
	words, prefix = x.unwrap(x.expand(words), prefix)
	if len(words) == 0 { // "$@" of a call without arguments
		return nil
	}

	name := x.value(words[0])
	callee := x.sourceText(words[0].start, words[0].end)
	if name.IsKnown() {
		callee = path.Base(name.Text())
	}
	spec := specs[callee]
	items := x.items(words[1:], spec)
	if spec != nil && spec.subcommands > 0 {
		callee, items = subcommands(callee, items, spec.subcommands)
	}
	inv := &invocation{cmd: cmd, callee: callee, items: items, stdin: stdin,
		pos: x.code.Pos(cmd.start), end: x.code.Pos(cmd.end)}
	if stdin == nil && upstream != nil {
		inv.stdin = upstream.output()
	}

	call := facts.Call{Callee: callee, Pos: inv.pos, End: inv.end}
	for _, it := range items {
		if it.flag == "" {
			call.Args = append(call.Args, it.val)
		} else {
			call.Kwargs = append(call.Kwargs, facts.Pair{Key: it.flag, KeyPos: it.keyPos, KeyEnd: it.keyEnd,
				Path: callee, Value: it.val, Origin: facts.Flag})
		}
		if it.hasVal {
			x.emit(it.val, it.word)
		}
	}
	call.Kwargs = append(call.Kwargs, x.cliJSON(inv)...)
	x.out.Calls = append(x.out.Calls, call)
	for _, p := range prefix {
		p.Path = callee
		x.out.Pairs = append(x.out.Pairs, p)
	}
	if r, ok := x.request(inv); ok {
		x.out.Requests = append(x.out.Requests, r)
	}
	x.rememberFile(inv)
	if fn := x.funcs[callee]; fn != nil && name.IsKnown() {
		args := make([]facts.Value, 0, len(words)-1)
		for _, w := range words[1:] {
			args = append(args, x.value(w))
		}
		x.call(fn, args, facts.Span{Pos: inv.pos, End: inv.end})
	} else if callee == "shift" {
		x.shift(call.Args)
	} else if (callee == "source" || callee == ".") && len(call.Args) > 0 {
		x.source(call.Args[0])
	}
	return inv
}

// cliJSON reads the --json request body of a Databricks CLI command
// (`databricks tokens create --json '{"lifetime_seconds": 7776000}'`): its
// members are the command's parameters as much as its flags are, so they
// join the call's keyword arguments with origin JSONBody.
func (x *extractor) cliJSON(inv *invocation) []facts.Pair {
	if !strings.HasPrefix(inv.callee, "databricks ") || strings.HasPrefix(inv.callee, "databricks api") {
		return nil // `databricks api` bodies are requests (request.go)
	}
	it, ok := inv.flag("--json")
	if !ok {
		return nil
	}
	body, ok := x.body(it, inv, false)
	if !ok {
		return nil
	}
	pairs := facts.JSONPairs(body, facts.JSONBody)
	for i := range pairs {
		pairs[i].Path = inv.callee
	}
	return pairs
}

// assignment evaluates NAME=value into a pair of origin EnvAssign; bind
// says whether the variable stays set for the commands after it. Words that
// are not assignments are left unevaluated.
func (x *extractor) assignment(w *word, bind bool) (facts.Pair, bool) {
	name, valWord, ok := splitAssignment(w)
	if !ok {
		return facts.Pair{}, false
	}
	v := x.value(valWord)
	x.emit(v, valWord)
	appending := strings.HasSuffix(name, "+")
	name = strings.TrimSuffix(name, "+")
	if bind {
		if old, ok := x.env.Get(name); ok && appending {
			x.env.Set(name, facts.Concat(old.Pos, v.End, old, v))
		} else {
			x.env.Set(name, v)
		}
	}
	return facts.Pair{Key: name, KeyPos: x.code.Pos(w.start), KeyEnd: x.code.Pos(w.start + len(name)),
		Value: v, Origin: facts.EnvAssign}, true
}

// declaration handles export/local/readonly/declare NAME=value ...
func (x *extractor) declaration(builtin string, words []*word) {
	origin := facts.Assignment
	if builtin == "export" {
		origin = facts.EnvAssign
	}
	var assigns []*word
	for _, w := range words {
		if k := w.keyword(); strings.HasPrefix(k, "-") {
			if strings.Contains(k, "x") && builtin != "export" { // declare -x exports
				origin = facts.EnvAssign
			}
			continue
		}
		assigns = append(assigns, w)
	}
	for _, w := range assigns {
		if p, ok := x.assignment(w, true); ok {
			p.Origin = origin
			x.out.Pairs = append(x.out.Pairs, p)
		}
	}
}

// forLoop binds the loop variable of "for NAME in words" to an unknown
// value; the listed words are values like any argument.
func (x *extractor) forLoop(words []*word) {
	if len(words) == 0 {
		return
	}
	if name := words[0].keyword(); isName(name) {
		x.env.Set(name, facts.Ref(facts.Unknown, "for "+name, x.code.Pos(words[0].start), x.code.Pos(words[0].end)))
	}
	if len(words) > 1 && words[1].keyword() == "in" {
		for _, w := range words[2:] {
			x.emit(x.value(w), w)
		}
	}
}

// unwrap removes commands that run another command (sudo curl ..., env
// A=b databricks ...), keeping env's assignments as prefix pairs. A wrapper
// that runs nothing (a bare "env") stays the command.
func (x *extractor) unwrap(words []*word, prefix []facts.Pair) ([]*word, []facts.Pair) {
	for len(words) > 1 {
		wrapper := words[0].keyword()
		valued, ok := wrappers[wrapper]
		if !ok {
			break
		}
		rest := words[1:]
		var assigns []*word
		for len(rest) > 0 {
			k := rest[0].keyword()
			if valued[k] && len(rest) > 1 {
				rest = rest[2:]
			} else if strings.HasPrefix(k, "-") {
				rest = rest[1:]
			} else if isAssignment(rest[0]) { // env A=b cmd, sudo A=b cmd
				assigns = append(assigns, rest[0])
				rest = rest[1:]
			} else {
				break
			}
		}
		if wrapper == "timeout" && len(rest) > 0 {
			rest = rest[1:] // the duration
		}
		if len(rest) == 0 {
			break
		}
		for _, w := range assigns {
			p, _ := x.assignment(w, false)
			prefix = append(prefix, p)
		}
		words = rest
	}
	return words, prefix
}

// wrappers are commands that run the command after them, with the flags of
// theirs that take a value.
var wrappers = map[string]map[string]bool{
	"sudo":    {"-u": true, "-g": true, "-C": true, "-h": true, "-p": true, "-U": true},
	"env":     {"-u": true, "-C": true, "-S": true},
	"nohup":   nil,
	"exec":    {"-a": true},
	"command": nil,
	"builtin": nil,
	"nice":    {"-n": true},
	"timeout": {"-s": true, "-k": true},
}

// output is what a command writes to a pipe, when the extractor knows it:
// echo/printf of one argument, or cat of its here-doc.
func (inv *invocation) output() *facts.Value {
	args := inv.positionals()
	switch {
	case (inv.callee == "echo" || inv.callee == "printf") && len(args) == 1:
		return &args[0]
	case inv.callee == "cat" && len(args) == 0:
		return inv.stdin
	}
	return nil
}

// rememberFile records what `cat > f <<EOF` or `echo ... > f` wrote to f.
func (x *extractor) rememberFile(inv *invocation) {
	out := inv.output()
	if out == nil || len(inv.cmd.outputs) == 0 {
		return
	}
	target := x.value(inv.cmd.outputs[len(inv.cmd.outputs)-1])
	if target.IsKnown() {
		x.files[target.Text()] = *out
	}
}

// emit adds v to the file's values when w writes literal text in place
// (not a bare $VAR, whose literal was emitted where it was assigned).
func (x *extractor) emit(v facts.Value, w *word) {
	if w == nil {
		return
	}
	start, end := x.code.Pos(w.start), x.code.Pos(w.end)
	for _, p := range v.Parts {
		if p.Kind == facts.Literal && p.Text != "" && p.Pos >= start && p.Pos < end {
			x.out.Values = append(x.out.Values, v)
			return
		}
	}
}

// sourceText is the code text of [start, end) with line continuations and
// NULs removed, used to name unknown values.
func (x *extractor) sourceText(start, end int) string {
	s := strings.ReplaceAll(string(x.code.Src[start:end]), "\\\n", "")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\x00", "")), " ")
}

// value evaluates a word, once.
func (x *extractor) value(w *word) facts.Value {
	if v, ok := x.values[w]; ok {
		return v
	}
	v := facts.Value{Pos: x.code.Pos(w.start), End: x.code.Pos(w.end)}
	for i := range w.chunks {
		ch := &w.chunks[i]
		var part facts.Value
		switch ch.kind {
		case litChunk:
			v.Parts = append(v.Parts, x.literal(ch)...)
			continue
		case paramChunk:
			part = x.param(ch)
		case substChunk:
			part = x.substitution(ch)
		default:
			part = facts.Ref(facts.Unknown, ch.name, x.code.Pos(ch.start), x.code.Pos(ch.end))
		}
		v.Parts = append(v.Parts, part.Parts...)
		if v.Via == "" {
			v.Via = part.Via
		}
	}
	if len(v.Parts) == 0 { // "$EMPTY" where EMPTY= was assigned nothing
		v.Parts = []facts.Part{{Kind: facts.Literal, Pos: v.Pos, End: v.Pos, Exact: true}}
	}
	x.values[w] = v
	return v
}

// literal turns a literal chunk into parts: exact runs where the decoded
// bytes are the file's bytes, one inexact part for decoded escapes.
func (x *extractor) literal(ch *chunk) []facts.Part {
	c := x.code
	if !ch.verbatim {
		return []facts.Part{{Text: string(ch.text), Kind: facts.Literal, Pos: c.Pos(ch.start), End: c.Pos(ch.end)}}
	}
	if c.Exact(ch.start, ch.end) {
		return []facts.Part{{Text: string(ch.text), Kind: facts.Literal, Pos: c.Pos(ch.start), End: c.Pos(ch.end), Exact: true}}
	}
	// The code text joins lines that are apart in the file (a notebook cell's
	// "# MAGIC " prefixes were cut): one part per contiguous run, exact when
	// the run is the file's bytes (not a stand-in such as a folded line break).
	var parts []facts.Part
	from := 0
	for i := 1; i <= len(ch.text); i++ {
		if i == len(ch.text) || c.Offset(ch.start+i) != c.Offset(ch.start+i-1)+1 {
			parts = append(parts, facts.Part{Text: string(ch.text[from:i]), Kind: facts.Literal,
				Pos: c.Pos(ch.start + from), End: c.Pos(ch.start + i), Exact: c.Exact(ch.start+from, ch.start+i)})
			from = i
		}
	}
	return parts
}

// param evaluates $NAME and ${NAME...}.
func (x *extractor) param(ch *chunk) facts.Value {
	pos, end := x.code.Pos(ch.start), x.code.Pos(ch.end)
	switch ch.op {
	case ":-", "-", ":=", "=": // the default is written in the script
		if ch.arg != nil {
			x.emit(x.value(ch.arg), ch.arg)
		}
	}
	switch n := ch.name; {
	case x.frame != nil && len(n) == 1 && strings.Contains("123456789@*", n): // a call's arguments
		return x.argument(ch, pos, end)
	case len(n) == 1 && strings.Contains("0123456789@*#", n): // the script's arguments
		return facts.Ref(facts.VarRef, "$"+n, pos, end)
	case !isName(n): // $? $$ $! $-
		return facts.Ref(facts.Unknown, "$"+n, pos, end)
	}
	known, ok := x.env.Use(ch.name, pos, end)
	switch ch.op {
	case "", ":-", "-", ":=", "=", ":?", "?":
		if ok {
			return known
		}
	case ":+", "+": // the alternative is used only when the variable is set
		return facts.Ref(facts.Unknown, "${"+ch.name+ch.op+"...}", pos, end)
	default: // a transformation of the variable's value
		if ok {
			return facts.Ref(facts.Unknown, "${"+ch.name+"...}", pos, end)
		}
	}
	return facts.Ref(facts.EnvRef, ch.name, pos, end)
}

// argument evaluates $1…$9, $@ and $* in a re-run function body.
func (x *extractor) argument(ch *chunk, pos, end token.Pos) facts.Value {
	var v facts.Value
	ok := true
	if ch.name == "@" || ch.name == "*" {
		v = x.joined(pos, end)
		ok = len(x.frame.args) > 0
	} else {
		v, ok = x.positional(ch.name, pos, end)
	}
	switch ch.op {
	case "", ":?", "?":
	case ":-", "-", ":=", "=":
		if !ok && ch.arg != nil { // the call left it out: the default is used
			d := x.value(ch.arg)
			d.Pos, d.End = pos, end
			return d
		}
	default: // ${1:+…} and transformations such as ${1%/}
		return facts.Ref(facts.Unknown, "${"+ch.name+"...}", pos, end)
	}
	if !ok {
		return facts.Ref(facts.VarRef, "$"+ch.name, pos, end)
	}
	return v
}

// substitution evaluates $(...): a secret when a command in it reads a
// secret store, the here-doc of $(cat <<EOF ...), otherwise unknown.
func (x *extractor) substitution(ch *chunk) facts.Value {
	pos, end := x.code.Pos(ch.start), x.code.Pos(ch.end)
	invs := x.run(ch.cmds)
	for _, inv := range invs {
		if isSecretRead(inv.callee) {
			return facts.Ref(facts.SecretRef, x.sourceText(inv.cmd.start, inv.cmd.end), pos, end)
		}
	}
	if len(invs) == 0 {
		return facts.Ref(facts.Unknown, "$()", pos, end)
	}
	if out := invs[0].output(); out != nil && invs[0].callee == "cat" && len(invs) == 1 {
		v := *out
		v.Pos, v.End = pos, end
		return v
	}
	return facts.Ref(facts.Unknown, "$("+invs[0].callee+")", pos, end)
}

// secretReaders are commands that print a secret from a secret store.
var secretReaders = []string{
	"databricks secrets get-secret",
	"az keyvault secret show",
	"az keyvault secret download",
	"aws secretsmanager get-secret-value",
	"aws ssm get-parameter",
	"aws ssm get-parameters",
	"gcloud secrets versions access",
	"vault kv get",
	"vault read",
}

func isSecretRead(callee string) bool {
	for _, s := range secretReaders {
		if callee == s {
			return true
		}
	}
	return false
}
