package shell

import (
	"bytes"
	"strings"
)

// The parser turns a script into commands whose words remember, piece by
// piece, where their text is written. Words are not evaluated here: a word's
// value depends on the variables assigned by the commands before it, so
// evaluation (extract.go) walks the commands in order.

type chunkKind uint8

const (
	litChunk    chunkKind = iota // text written in the script
	paramChunk                   // $NAME, ${NAME}, ${NAME:-default}, ${NAME%suffix}
	substChunk                   // $(...), `...`, <(...)
	opaqueChunk                  // an expansion whose value is not computed: $((...)), ${#NAME}, NAME=(...)
)

// chunk is one piece of a word.
type chunk struct {
	kind chunkKind
	// litChunk: the decoded text; verbatim means it is exactly src[start:end].
	text     []byte
	verbatim bool
	quoted   bool // written inside quotes or escaped with a backslash
	// start and end locate the chunk in the code text (for a verbatim
	// literal, exactly its bytes).
	start, end int
	name       string     // paramChunk: the variable; opaqueChunk: what the expansion is
	op         string     // paramChunk: ":-", "-", ":=", "=", ":?", "?", ":+", "+", another operator, or ""
	arg        *word      // paramChunk: the word after op
	cmds       []*command // substChunk: the commands it runs
}

// word is a shell word: chunks that are concatenated without blanks.
type word struct {
	chunks     []chunk
	start, end int
}

// lit appends literal text written at src[start:end], merging it with the
// previous literal when they are adjacent and of the same kind.
func (w *word) lit(text []byte, start, end int, verbatim, quoted bool) {
	if n := len(w.chunks); n > 0 {
		last := &w.chunks[n-1]
		if last.kind == litChunk && last.verbatim == verbatim && last.quoted == quoted &&
			last.end == start && len(last.text) > 0 && len(text) > 0 {
			last.text = append(last.text, text...)
			last.end = end
			return
		}
	}
	w.chunks = append(w.chunks, chunk{kind: litChunk, text: append([]byte(nil), text...),
		verbatim: verbatim, quoted: quoted, start: start, end: end})
}

// finish drops the empty literals that empty quotes leave unless the word has
// nothing else, so that `""abc` is one literal.
func (w *word) finish(end int) {
	w.end = end
	if len(w.chunks) < 2 {
		return
	}
	kept := w.chunks[:0]
	for _, c := range w.chunks {
		if c.kind != litChunk || len(c.text) > 0 {
			kept = append(kept, c)
		}
	}
	w.chunks = kept
}

// keyword returns the word's text when it is one plain unquoted literal
// (reserved words and command names such as "if", "case", "curl").
func (w *word) keyword() string {
	if len(w.chunks) == 1 && w.chunks[0].kind == litChunk && !w.chunks[0].quoted {
		return string(w.chunks[0].text)
	}
	return ""
}

// command is a simple command: assignments, words, redirections.
type command struct {
	assigns []*word // NAME=value words before the command name
	words   []*word
	stdin   *word   // the body of a here-doc or a here-string
	outputs []*word // targets of > and >> redirections
	pipedIn bool    // the command reads the output of the one before it (a | b)
	// fnDef marks "name()" or "function name": its last word names the
	// function whose body is the brace group of the commands after it.
	fnDef bool
	start int
	end   int
}

func (c *command) empty() bool { return len(c.assigns) == 0 && len(c.words) == 0 && c.stdin == nil }

func (c *command) extend(start, end int) {
	if c.empty() {
		c.start = start
	}
	c.end = max(c.end, end)
}

// heredoc is a here-doc whose body starts after the next newline.
type heredoc struct {
	cmd       *command
	delim     string
	quoted    bool // <<'EOF': the body is literal text
	stripTabs bool // <<-EOF
}

// problem is a syntax error at an offset of the code text.
type problem struct {
	off int
	msg string
}

// maxDepth bounds the nesting of $(...), ${...} and backticks, so that a
// pathological input cannot exhaust the stack.
const maxDepth = 100

type parser struct {
	src       []byte
	pos       int
	limit     int // the end of the text being read (a here-doc body ends before len(src))
	heredocs  []heredoc
	problems  []problem
	depth     int
	caseDepth int  // inside case ... esac: a command may start with a pattern
	backtick  bool // inside `...`, where a backtick ends the words
}

func parse(src []byte) ([]*command, []problem) {
	p := &parser{src: src, limit: len(src)}
	cmds := p.list(0, 0)
	return cmds, p.problems
}

func (p *parser) errorf(off int, msg string) {
	p.problems = append(p.problems, problem{off: off, msg: msg})
}

// enter counts one more level of nesting; when it is too deep it reports the
// problem and skips the rest of the text.
func (p *parser) enter(off int) bool {
	p.depth++
	if p.depth > maxDepth {
		p.errorf(off, "shell expansions nested too deeply; the rest of the script is not read")
		p.pos = p.limit
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

func (p *parser) peek(k int) byte {
	if p.pos+k < p.limit {
		return p.src[p.pos+k]
	}
	return 0
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

// isBreak reports whether c ends an unquoted word.
func isBreak(c byte) bool {
	return isBlank(c) || c == '\n' || strings.IndexByte(";&|()<>", c) >= 0
}

func isNameStart(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isNameChar(c byte) bool  { return isNameStart(c) || '0' <= c && c <= '9' }

func isName(s string) bool {
	if s == "" || !isNameStart(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isNameChar(s[i]) {
			return false
		}
	}
	return true
}

// blanks skips blanks, line continuations and a comment (a '#' where a word
// could start), stopping before a newline.
func (p *parser) blanks() {
	for p.pos < p.limit {
		switch c := p.src[p.pos]; {
		case isBlank(c):
			p.pos++
		case c == '\\' && p.peek(1) == '\n':
			p.pos += 2
		case c == '#':
			for p.pos < p.limit && p.src[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

// list reads commands up to term (')' for $(...), '`' for backticks, 0 for
// the whole text). open is where the construct started, for error messages.
func (p *parser) list(term byte, open int) []*command {
	if !p.enter(open) {
		p.leave()
		return nil
	}
	defer p.leave()
	outerCase := p.caseDepth // case ... esac does not reach into $(...)
	p.caseDepth = 0
	defer func() { p.caseDepth = outerCase }()
	var cmds []*command
	cur := &command{}
	finish := func(pipeNext bool) {
		if !cur.empty() {
			cmds = append(cmds, cur)
			p.trackCase(cur)
		}
		cur = &command{pipedIn: pipeNext}
	}
	parens := 0 // open subshells inside this list
	for {
		p.blanks()
		if p.pos >= p.limit {
			switch term {
			case ')':
				p.errorf(open, "unterminated $(...) command substitution")
			case '`':
				p.errorf(open, "unterminated `...` command substitution")
			}
			finish(false)
			p.readHeredocs() // reports here-docs whose body never came
			return cmds
		}
		c := p.src[p.pos]
		if term != 0 && c == term && (term != ')' || parens == 0) {
			p.pos++
			finish(false)
			return cmds
		}
		switch {
		case c == '\n':
			p.pos++
			finish(false)
			p.readHeredocs()
		case c == ';':
			for p.pos < p.limit && (p.src[p.pos] == ';' || p.src[p.pos] == '&') { // ; ;; ;& ;;&
				p.pos++
			}
			finish(false)
		case c == '&' && p.peek(1) == '>':
			p.pos++
			p.redirect(cur)
		case c == '&':
			p.pos++
			if p.peek(0) == '&' {
				p.pos++
			}
			finish(false)
		case c == '|':
			p.pos++
			switch p.peek(0) {
			case '|':
				p.pos++
				finish(false)
			case '&':
				p.pos++
				finish(true)
			default:
				finish(true)
			}
		case c == '(':
			p.pos++
			if len(cur.words) == 1 && len(cur.assigns) == 0 && p.functionParens() {
				cur.fnDef = true // name() { ... }: a definition, not a call
				finish(false)
				continue
			}
			parens++
			finish(false)
		case c == ')':
			p.pos++
			if parens > 0 {
				parens--
			}
			finish(false)
		case (c == '<' || c == '>') && p.peek(1) == '(':
			p.addWord(cur, p.word(modeArg, false))
		case c == '<' || c == '>':
			p.redirect(cur)
		default:
			if p.fdRedirect() {
				continue
			}
			if cur.empty() && p.caseDepth > 0 && p.casePattern() {
				continue
			}
			w := p.word(modeArg, false)
			if w == nil { // cannot happen at a non-break byte; never loop without progress
				p.pos++
				continue
			}
			p.addWord(cur, w)
			if len(cur.words) == 3 && cur.words[0].keyword() == "case" && cur.words[2].keyword() == "in" {
				finish(false) // the patterns may follow on the same line
			}
			if len(cur.words) == 2 && len(cur.assigns) == 0 && cur.words[0].keyword() == "function" {
				p.blanks() // function name [()] { ... }
				if p.peek(0) == '(' {
					p.pos++
					if !p.functionParens() {
						p.pos--
					}
				}
				cur.fnDef = true
				finish(false)
			}
		}
	}
}

func (p *parser) addWord(cur *command, w *word) {
	if w == nil {
		return
	}
	cur.extend(w.start, w.end)
	if len(cur.words) == 0 && isAssignment(w) {
		cur.assigns = append(cur.assigns, w)
		return
	}
	cur.words = append(cur.words, w)
}

// isAssignment reports whether w has the form NAME=... (or NAME+=...).
func isAssignment(w *word) bool {
	_, _, ok := splitAssignment(w)
	return ok
}

// splitAssignment splits NAME=value into the name and the value's word.
func splitAssignment(w *word) (name string, value *word, ok bool) {
	if len(w.chunks) == 0 || w.chunks[0].kind != litChunk || w.chunks[0].quoted || !w.chunks[0].verbatim {
		return "", nil, false
	}
	first := w.chunks[0]
	eq := strings.IndexByte(string(first.text), '=')
	if eq <= 0 {
		return "", nil, false
	}
	name = string(first.text[:eq])
	if !isName(strings.TrimSuffix(name, "+")) {
		return "", nil, false
	}
	rest := first
	rest.text = first.text[eq+1:]
	rest.start += eq + 1
	value = &word{start: rest.start, end: w.end}
	if len(rest.text) > 0 || len(w.chunks) == 1 {
		value.chunks = append(value.chunks, rest)
	}
	value.chunks = append(value.chunks, w.chunks[1:]...)
	return name, value, true
}

// trackCase follows case ... esac so that patterns are not read as commands.
func (p *parser) trackCase(c *command) {
	for _, w := range c.words {
		switch w.keyword() {
		case "case":
			p.caseDepth++
		case "esac":
			if p.caseDepth > 0 {
				p.caseDepth--
			}
		case "if", "then", "else", "elif", "do", "while", "until", "!", "{", "}", "fi", "done":
			continue // a reserved word may precede the command
		}
		return
	}
}

// casePattern consumes a case pattern ("prod)", "dev|test)", "(*)") at the
// start of a command, or consumes nothing.
func (p *parser) casePattern() bool {
	save, problems, heredocs := p.pos, len(p.problems), len(p.heredocs)
	for {
		p.blanks()
		if p.pos >= p.limit {
			break
		}
		c := p.src[p.pos]
		if c == ')' {
			p.pos++
			return true
		}
		if c == '|' && p.peek(1) != '|' {
			p.pos++
			continue
		}
		if isBreak(c) || p.word(modeArg, false) == nil {
			break
		}
	}
	p.pos, p.problems, p.heredocs = save, p.problems[:problems], p.heredocs[:heredocs]
	return false
}

// functionParens consumes the ")" of "name()" when it follows the "(".
func (p *parser) functionParens() bool {
	i := p.pos
	for i < p.limit && isBlank(p.src[i]) {
		i++
	}
	if i < p.limit && p.src[i] == ')' {
		p.pos = i + 1
		return true
	}
	return false
}

// fdRedirect skips the file descriptor of a redirection such as 2>&1.
func (p *parser) fdRedirect() bool {
	i := p.pos
	for i < p.limit && '0' <= p.src[i] && p.src[i] <= '9' {
		i++
	}
	if i == p.pos || i >= p.limit || (p.src[i] != '<' && p.src[i] != '>') {
		return false
	}
	p.pos = i
	return true
}

// redirect reads a redirection operator at p.pos and its target.
func (p *parser) redirect(cur *command) {
	switch {
	case bytes.HasPrefix(p.src[p.pos:p.limit], []byte("<<<")):
		p.pos += 3
		p.blanks()
		if w := p.word(modeArg, false); w != nil {
			cur.extend(w.start, w.end)
			cur.stdin = w
		}
	case p.peek(0) == '<' && p.peek(1) == '<':
		p.pos += 2
		strip := p.peek(0) == '-'
		if strip {
			p.pos++
		}
		p.heredocOperator(cur, strip)
	case p.peek(0) == '<':
		p.pos++
		if c := p.peek(0); c == '&' || c == '>' {
			p.pos++
		}
		p.blanks()
		p.word(modeArg, false) // an input file: not an argument
	default: // '>', or '&>' with the '&' already consumed
		p.pos++
		dup := false
		switch p.peek(0) {
		case '>', '|':
			p.pos++
		case '&':
			p.pos++
			dup = true
		}
		p.blanks()
		if w := p.word(modeArg, false); w != nil && !dup {
			cur.outputs = append(cur.outputs, w)
		}
	}
}

func (p *parser) heredocOperator(cur *command, strip bool) {
	at := p.pos
	p.blanks()
	w := p.word(modeArg, false)
	if w == nil {
		p.errorf(at, "here-doc without a delimiter")
		return
	}
	var delim strings.Builder
	quoted := false
	for _, c := range w.chunks {
		if c.kind == litChunk {
			delim.Write(c.text)
			quoted = quoted || c.quoted
		} else {
			delim.Write(p.src[c.start:c.end])
		}
	}
	cur.extend(w.start, w.end)
	p.heredocs = append(p.heredocs, heredoc{cmd: cur, delim: delim.String(), quoted: quoted, stripTabs: strip})
}

// readHeredocs reads the bodies of the here-docs opened on the line that
// just ended.
func (p *parser) readHeredocs() {
	pending := p.heredocs
	p.heredocs = nil
	for _, h := range pending {
		start := p.pos
		end, next, found := p.findDelimiter(h)
		if !found {
			p.errorf(start, "unterminated here-doc: no line "+h.delim)
		}
		h.cmd.stdin = p.heredocBody(h, start, end)
		h.cmd.extend(start, end)
		p.pos = next
	}
}

// findDelimiter returns where the body starting at p.pos ends and where the
// text after the delimiter line starts.
func (p *parser) findDelimiter(h heredoc) (end, next int, found bool) {
	for ls := p.pos; ls < p.limit; {
		le := ls
		for le < p.limit && p.src[le] != '\n' {
			le++
		}
		line := strings.TrimSuffix(string(p.src[ls:le]), "\r")
		if h.stripTabs {
			line = strings.TrimLeft(line, "\t")
		}
		if line == h.delim {
			return ls, min(le+1, p.limit), true
		}
		ls = le + 1
	}
	return p.limit, p.limit, false
}

func (p *parser) heredocBody(h heredoc, start, end int) *word {
	if !h.quoted {
		savedLimit := p.limit
		p.limit, p.pos = end, start
		w := p.word(modeHeredoc, h.stripTabs)
		p.limit = savedLimit
		return w
	}
	w := &word{start: start}
	for ls := start; ls < end; {
		le := ls
		for le < end && p.src[le] != '\n' {
			le++
		}
		le = min(le+1, end) // keep the newline
		if h.stripTabs {
			for ls < le && p.src[ls] == '\t' {
				ls++
			}
		}
		w.lit(p.src[ls:le], ls, le, true, true)
		ls = le
	}
	if len(w.chunks) == 0 {
		w.lit(nil, start, start, true, true)
	}
	w.finish(end)
	return w
}

type mode uint8

const (
	modeArg     mode = iota // an unquoted word: ends at a blank or an operator
	modeBrace               // the argument of ${NAME:-...}: ends at '}'
	modeHeredoc             // an unquoted here-doc body: ends at the limit; quotes are text
)

// word reads one word; in modeArg it returns nil when no word starts here.
func (p *parser) word(m mode, stripTabs bool) *word {
	w := &word{start: p.pos}
	lineStart := true
loop:
	for p.pos < p.limit {
		c := p.src[p.pos]
		atLineStart := lineStart
		lineStart = false
		switch {
		case m == modeArg && (c == '<' || c == '>') && p.pos == w.start && p.peek(1) == '(':
			p.substitution(w, p.pos, 2, ')') // process substitution <(...)
		case m == modeArg && c == '(' && p.arrayAssignment(w):
			open := p.pos
			p.pos++
			p.list(')', open)
			w.chunks = append(w.chunks, chunk{kind: opaqueChunk, name: "(...)", start: open, end: p.pos})
		case m == modeArg && isBreak(c), m == modeBrace && c == '}', c == '`' && p.backtick:
			break loop
		case m == modeHeredoc && stripTabs && atLineStart && c == '\t':
			p.pos++
			lineStart = true
		case c == '\\':
			p.escape(w, m)
		case c == '\'' && m != modeHeredoc:
			p.single(w)
		case c == '"' && m != modeHeredoc:
			p.double(w)
		case c == '$':
			p.dollar(w, m == modeHeredoc)
		case c == '`':
			p.substitution(w, p.pos, 1, '`')
		default:
			w.lit(p.src[p.pos:p.pos+1], p.pos, p.pos+1, true, false)
			p.pos++
			lineStart = c == '\n'
		}
	}
	if m == modeArg && p.pos == w.start {
		return nil
	}
	if len(w.chunks) == 0 {
		w.lit(nil, w.start, w.start, true, false)
	}
	w.finish(p.pos)
	return w
}

// arrayAssignment reports whether w so far is "NAME=" before a '(' that
// opens an array.
func (p *parser) arrayAssignment(w *word) bool {
	if len(w.chunks) != 1 || w.chunks[0].kind != litChunk || w.chunks[0].quoted {
		return false
	}
	t := string(w.chunks[0].text)
	return strings.HasSuffix(t, "=") && isName(strings.TrimSuffix(strings.TrimSuffix(t, "="), "+"))
}

// escape reads a backslash outside single quotes.
func (p *parser) escape(w *word, m mode) {
	next := p.peek(1)
	switch {
	case p.pos+1 >= p.limit: // a lone backslash at the end
		w.lit(p.src[p.pos:p.pos+1], p.pos, p.pos+1, true, false)
		p.pos++
	case next == '\n': // line continuation
		p.pos += 2
	case m == modeHeredoc && strings.IndexByte("$`\\", next) < 0:
		w.lit(p.src[p.pos:p.pos+1], p.pos, p.pos+1, true, false)
		p.pos++
	default:
		w.lit(p.src[p.pos+1:p.pos+2], p.pos+1, p.pos+2, true, true)
		p.pos += 2
	}
}

// single reads '...': literal text.
func (p *parser) single(w *word) {
	open := p.pos
	start := open + 1
	end := start
	for end < p.limit && p.src[end] != '\'' {
		end++
	}
	w.lit(p.src[start:end], start, end, true, true)
	if end >= p.limit {
		p.errorf(open, "unterminated single-quoted string")
		p.pos = p.limit
		return
	}
	p.pos = end + 1
}

// double reads "...": text with \ escapes and $ and ` expansions.
func (p *parser) double(w *word) {
	open := p.pos
	p.pos++
	empty := true
	for p.pos < p.limit {
		c := p.src[p.pos]
		switch {
		case c == '"':
			if empty {
				w.lit(nil, p.pos, p.pos, true, true)
			}
			p.pos++
			return
		case c == '`' && p.backtick: // `echo "a` ends the substitution: the quote was never closed
			p.errorf(open, "unterminated double-quoted string")
			return
		case c == '\\' && p.peek(1) == '\n':
			p.pos += 2
			continue
		case c == '\\' && p.pos+1 < p.limit && strings.IndexByte("$`\"\\", p.peek(1)) >= 0:
			w.lit(p.src[p.pos+1:p.pos+2], p.pos+1, p.pos+2, true, true)
			p.pos += 2
		case c == '$':
			p.dollar(w, true)
		case c == '`':
			p.substitution(w, p.pos, 1, '`')
		default:
			w.lit(p.src[p.pos:p.pos+1], p.pos, p.pos+1, true, true)
			p.pos++
		}
		empty = false
	}
	p.errorf(open, "unterminated double-quoted string")
}

// dollar reads an expansion at a '$'. Inside double quotes and here-docs
// $'...' and $"..." are plain text.
func (p *parser) dollar(w *word, quoted bool) {
	s := p.pos
	next := p.peek(1)
	switch {
	case next == '\'' && !quoted:
		p.ansiC(w)
	case next == '"' && !quoted:
		p.pos++
		p.double(w)
	case next == '(' && p.peek(2) == '(':
		p.arithmetic(w)
	case next == '(':
		p.substitution(w, s, 2, ')')
	case next == '{':
		p.braceParam(w)
	case isNameStart(next):
		e := s + 1
		for e < p.limit && isNameChar(p.src[e]) {
			e++
		}
		w.chunks = append(w.chunks, chunk{kind: paramChunk, name: string(p.src[s+1 : e]), start: s, end: e})
		p.pos = e
	case next != 0 && strings.IndexByte("0123456789@*#?$!-", next) >= 0:
		w.chunks = append(w.chunks, chunk{kind: paramChunk, name: string(next), start: s, end: s + 2})
		p.pos = s + 2
	default: // a '$' that starts nothing is itself
		w.lit(p.src[s:s+1], s, s+1, true, quoted)
		p.pos++
	}
}

// substitution reads the commands of $(...), `...` or <(...); skip is the
// length of the opening.
func (p *parser) substitution(w *word, open, skip int, term byte) {
	p.pos = open + skip
	outer := p.backtick
	p.backtick = term == '`'
	cmds := p.list(term, open)
	p.backtick = outer
	w.chunks = append(w.chunks, chunk{kind: substChunk, cmds: cmds, start: open, end: p.pos})
}

// arithmetic skips $((...)).
func (p *parser) arithmetic(w *word) {
	s := p.pos
	depth := 0
	for i := s + 1; i < p.limit; i++ {
		switch p.src[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				p.pos = i + 1
				w.chunks = append(w.chunks, chunk{kind: opaqueChunk, name: "$((...))", start: s, end: p.pos})
				return
			}
		}
	}
	p.errorf(s, "unterminated $((...)) arithmetic expansion")
	p.pos = p.limit
	w.chunks = append(w.chunks, chunk{kind: opaqueChunk, name: "$((...))", start: s, end: p.pos})
}

// braceParam reads ${...}.
func (p *parser) braceParam(w *word) {
	s := p.pos
	if !p.enter(s) {
		p.leave()
		return
	}
	defer p.leave()
	p.pos += 2
	c := chunk{kind: paramChunk, start: s}
	switch q := p.peek(0); {
	case q == '#' && p.peek(1) != '}', q == '!': // ${#NAME} length, ${!NAME} indirection
		c.kind, c.name = opaqueChunk, "${"+string(q)+"...}"
		p.pos++
	case isNameStart(q):
		e := p.pos
		for e < p.limit && isNameChar(p.src[e]) {
			e++
		}
		c.name = string(p.src[p.pos:e])
		p.pos = e
	case q != 0 && strings.IndexByte("0123456789@*#?$!-", q) >= 0:
		c.name = string(q)
		p.pos++
	default:
		c.kind, c.name = opaqueChunk, "${...}"
	}
	if p.peek(0) != '}' {
		c.op = "~" // a transformation such as ${NAME%/}
		for _, op := range []string{":-", ":=", ":?", ":+", "-", "=", "?", "+"} {
			if bytes.HasPrefix(p.src[p.pos:p.limit], []byte(op)) {
				c.op = op
				p.pos += len(op)
				break
			}
		}
		c.arg = p.word(modeBrace, false)
	}
	if p.peek(0) == '}' {
		p.pos++
	} else {
		p.errorf(s, "unterminated ${...} expansion")
	}
	c.end = p.pos
	w.chunks = append(w.chunks, c)
}

// ansiC reads $'...', whose backslash escapes are decoded like C's.
func (p *parser) ansiC(w *word) {
	open := p.pos
	p.pos += 2
	empty := true
	for p.pos < p.limit {
		c := p.src[p.pos]
		switch {
		case c == '\'':
			if empty {
				w.lit(nil, p.pos, p.pos, true, true)
			}
			p.pos++
			return
		case c == '\\' && p.pos+1 < p.limit:
			s := p.pos
			text, n := decodeCEscape(p.src[s+1 : p.limit])
			p.pos = s + 1 + n
			if len(text) == 1 && n == 1 && text[0] == p.src[s+1] { // \' \" \\ \?: the byte itself
				w.lit(text, s+1, s+2, true, true)
			} else {
				w.lit(text, s, p.pos, false, true)
			}
		default:
			w.lit(p.src[p.pos:p.pos+1], p.pos, p.pos+1, true, true)
			p.pos++
		}
		empty = false
	}
	p.errorf(open, "unterminated $'...' string")
}

var cEscapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', 'a': 7, 'b': 8, 'e': 27, 'E': 27, 'f': 12, 'v': 11}

// decodeCEscape decodes the escape after a backslash in $'...' and returns
// its bytes and how many source bytes it used.
func decodeCEscape(b []byte) ([]byte, int) {
	if r, ok := cEscapes[b[0]]; ok {
		return []byte{r}, 1
	}
	digits := func(base, most int, from int) (rune, int) {
		var v rune
		n := 0
		for n < most && from+n < len(b) {
			d := hexValue(b[from+n])
			if d < 0 || d >= base {
				break
			}
			v = v*rune(base) + rune(d)
			n++
		}
		return v, n
	}
	switch b[0] {
	case 'x':
		if v, n := digits(16, 2, 1); n > 0 {
			return []byte{byte(v)}, 1 + n
		}
	case 'u', 'U':
		most := 4
		if b[0] == 'U' {
			most = 8
		}
		if v, n := digits(16, most, 1); n > 0 {
			return []byte(string(v)), 1 + n
		}
	case 'c':
		if len(b) > 1 {
			return []byte{b[1] & 0x1f}, 2
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, n := digits(8, 3, 0)
		return []byte{byte(v)}, n
	}
	return b[:1], 1 // \\ \' \" \? and unknown escapes keep the character
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
