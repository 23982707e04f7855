// Package sql turns Databricks SQL (a file or a notebook cell) into facts:
// the literals it writes, OPTIONS of CREATE TABLE/CONNECTION/FOREIGN
// CATALOG, SET configuration, session variables and function calls such as
// secret() and http_request().
package sql

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/lexutil"
)

// Extract lexes code in one language (a whole file or one notebook cell) and returns its facts.
// env is shared across the cells of one notebook (constants bound in one cell fold in later ones).
func Extract(c *facts.Code, env *facts.Env) *facts.File {
	out := &facts.File{Source: c.File}
	lx := &lexer{Scanner: lexutil.NewScanner(c)}
	toks := lx.tokens()
	out.Problems = append(out.Problems, lx.Problems...)
	for _, t := range toks {
		switch {
		case t.kind == tString:
			out.Values = append(out.Values, stringValue(c, t))
		case t.kind == tNumber, t.kind == tIdent && !t.quoted && (strings.EqualFold(t.text, "true") || strings.EqualFold(t.text, "false")):
			v := facts.Lit(t.text, c.Pos(t.start), c.Pos(t.end), c.Exact(t.start, t.end))
			v.Type = facts.Number
			if t.kind == tIdent {
				v.Type = facts.Bool
			}
			out.Values = append(out.Values, v)
		}
	}
	deep := false
	start := 0
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) && !(toks[k].kind == tDelim && toks[k].text == ";") {
			continue
		}
		if k > start {
			p := &parser{c: c, env: env, out: out, toks: toks[start:k], deep: &deep}
			p.statement()
		}
		start = k + 1
	}
	return out
}

func (p *parser) statement() {
	switch {
	case p.isWord(0, "SET") && (p.isWord(1, "VAR") || p.isWord(1, "VARIABLE")):
		p.setVariables()
	case p.isWord(0, "SET"):
		p.setConf()
		return
	case p.isWord(0, "DECLARE"):
		p.declare()
	}
	for p.i < len(p.toks) {
		at := p.i
		p.scan()
		if p.i == at {
			p.i++
		}
	}
}

// scan handles the construct at the current token: an OPTIONS clause, a
// function call, or anything else, which it steps over.
func (p *parser) scan() {
	t := p.peek()
	if t.kind != tIdent || p.depth >= maxDepth {
		p.i++
		return
	}
	if p.isWord(p.i, "OPTIONS") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tDelim && p.toks[p.i+1].text == "(" {
		p.options()
		return
	}
	k := p.i + 1
	for k+1 < len(p.toks) && p.toks[k].kind == tDelim && p.toks[k].text == "." && p.toks[k+1].kind == tIdent {
		k += 2
	}
	if k < len(p.toks) && p.toks[k].kind == tDelim && p.toks[k].text == "(" && p.callable() {
		p.name()
		return
	}
	p.i = k
}

// notCallees are keywords and types written before '(' that are not
// function calls.
var notCallees = map[string]bool{
	"AND": true, "AS": true, "BY": true, "CHAR": true, "CLUSTER": true, "DECIMAL": true, "EXISTS": true, "FILTER": true,
	"FROM": true, "IN": true, "INTO": true, "JOIN": true, "NOT": true, "NUMERIC": true, "ON": true, "OPTIONS": true,
	"OR": true, "OVER": true, "PARTITION": true, "PIVOT": true, "SELECT": true, "TABLE": true, "TBLPROPERTIES": true,
	"UNPIVOT": true, "USING": true, "VALUES": true, "VARCHAR": true, "VIEW": true, "WHERE": true, "WITH": true, "WITHIN": true,
}

// nameIntroducers precede an object name, so "t (a INT)" after them is a
// column list rather than a call.
var nameIntroducers = map[string]bool{
	"CATALOG": true, "CONNECTION": true, "DATABASE": true, "EXISTS": true, "FUNCTION": true, "INTO": true,
	"OVERWRITE": true, "SCHEMA": true, "TABLE": true, "UPDATE": true, "VIEW": true,
}

func (p *parser) callable() bool {
	t := p.toks[p.i]
	if !t.quoted && notCallees[strings.ToUpper(t.text)] {
		return false
	}
	if p.i == 0 {
		return true
	}
	prev := p.toks[p.i-1]
	return !(prev.kind == tIdent && !prev.quoted && nameIntroducers[strings.ToUpper(prev.text)])
}

// options reads OPTIONS (key value, key = value, 'key' 'value', ...).
func (p *parser) options() {
	if p.path == "" { // once per statement: a statement has one OPTIONS clause
		p.path = p.describe(p.i)
	}
	p.i += 2
	for p.i < len(p.toks) && !p.isDelim(")") {
		key := p.peek()
		keyText, ks, ke := "", key.start, key.end
		switch key.kind {
		case tIdent: // a dotted key as written: fs.azure.account.key
			p.i++
			for p.isDelim(".") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tIdent {
				p.i += 2
			}
			ke = p.prev()
			keyText = key.text
			if p.prev() != key.end {
				keyText = string(p.c.Src[ks:ke])
			}
		case tString:
			p.i++
			v := stringValue(p.c, key)
			if v.IsKnown() {
				keyText = v.Text()
				ks, ke = key.pieces[0].Start, key.pieces[len(key.pieces)-1].End
			}
		}
		if keyText == "" {
			p.skipTo(")")
			if p.isDelim(",") {
				p.i++
			}
			continue
		}
		if p.isOp("=") {
			p.i++
		}
		first := p.peek().start
		v := p.expr()
		if !p.isDelim(",") && !p.isDelim(")") {
			p.skipTo(")")
			v = p.unknown(first, p.prev(), "expression")
		}
		p.out.Pairs = append(p.out.Pairs, facts.Pair{Key: keyText, KeyPos: p.c.Pos(ks), KeyEnd: p.c.Pos(ke), Path: p.path, Value: v, Origin: facts.SQLOption})
		if p.isDelim(",") {
			p.i++
		}
	}
	if p.isDelim(")") {
		p.i++
	}
}

// skipTo steps to the ',' or closer that ends the current item (not
// consumed), over nested parentheses, parsing the calls on the way.
func (p *parser) skipTo(closer string) {
	p.depth++
	defer func() { p.depth-- }()
	depth := 0
	for p.i < len(p.toks) {
		if t := p.peek(); t.kind == tDelim {
			switch {
			case depth == 0 && (t.text == closer || t.text == ","):
				return
			case t.text == "(":
				depth++
				p.i++
				continue
			case t.text == ")":
				depth--
				p.i++
				continue
			}
		}
		at := p.i
		p.scan()
		if p.i == at {
			p.i++
		}
	}
}

// statementWords are skipped when describing a statement's head.
var statementWords = map[string]bool{"OR": true, "REPLACE": true, "TEMPORARY": true, "TEMP": true, "GLOBAL": true,
	"EXTERNAL": true, "IF": true, "NOT": true, "EXISTS": true}

// objectWords name the kind of object a statement creates or alters.
var objectWords = map[string]bool{"TABLE": true, "VIEW": true, "CONNECTION": true, "SERVER": true, "CATALOG": true,
	"FOREIGN": true, "SCHEMA": true, "DATABASE": true, "STREAMING": true, "LIVE": true, "MATERIALIZED": true}

// describe names the statement whose OPTIONS start at token end, for a
// pair's Path: "CREATE TABLE orders USING JDBC",
// "CREATE CONNECTION pg TYPE postgresql", "CREATE FOREIGN CATALOG c USING CONNECTION pg".
func (p *parser) describe(end int) string {
	if end == 0 || p.toks[0].kind != tIdent {
		return "OPTIONS"
	}
	words := []string{strings.ToUpper(p.toks[0].text)}
	k := 1
	for ; k < end && p.toks[k].kind == tIdent && !p.toks[k].quoted; k++ {
		w := strings.ToUpper(p.toks[k].text)
		if objectWords[w] {
			words = append(words, w)
		} else if !statementWords[w] {
			break
		}
	}
	if k < end && p.toks[k].kind == tIdent {
		words = append(words, p.qualified(k, end))
	}
	depth := 0
	for ; k < end; k++ {
		t := p.toks[k]
		switch {
		case t.kind == tDelim && t.text == "(":
			depth++
		case t.kind == tDelim && t.text == ")":
			depth--
		case depth == 0 && (p.isWord(k, "USING") || p.isWord(k, "TYPE")) && k+1 < end && p.toks[k+1].kind == tIdent:
			words = append(words, strings.ToUpper(t.text))
			if p.isWord(k, "USING") && p.isWord(k+1, "CONNECTION") && k+2 < end {
				words = append(words, "CONNECTION")
				k++
			}
			words = append(words, p.qualified(k+1, end))
			return strings.Join(words, " ")
		}
	}
	return strings.Join(words, " ")
}

// qualified is the dotted name starting at token k, as written.
func (p *parser) qualified(k, end int) string {
	name := p.toks[k].text
	for k+2 < end && p.toks[k+1].kind == tDelim && p.toks[k+1].text == "." && p.toks[k+2].kind == tIdent && len(name) < maxPath {
		name += "." + p.toks[k+2].text
		k += 2
	}
	return name
}

// setConf reads SET key = value; an unquoted value runs to the end of the
// statement, as Spark reads it.
func (p *parser) setConf() {
	p.i = len(p.toks)
	eq := -1
	for k, t := range p.toks {
		if t.kind == tOp && t.text == "=" {
			eq = k
			break
		}
	}
	if eq < 2 {
		return // SET, SET -v, SET key: reads, not writes
	}
	ks, ke := p.toks[1].start, p.toks[eq-1].end
	key := strings.TrimSpace(string(p.c.Src[ks:ke]))
	var v facts.Value
	switch rest := p.toks[eq+1:]; {
	case len(rest) == 1 && rest[0].kind == tString:
		v = stringValue(p.c, rest[0])
	case len(rest) == 0:
		end := p.toks[eq].end
		v = p.c.Lit("", end, end, end)
	default:
		a, b := rest[0].start, rest[len(rest)-1].end
		v = p.c.Lit(string(p.c.Src[a:b]), a, b, a)
	}
	p.out.Pairs = append(p.out.Pairs, facts.Pair{Key: key, KeyPos: p.c.Pos(ks), KeyEnd: p.c.Pos(ke), Path: "SET", Value: v, Origin: facts.ConfSet})
}

// setVariables reads SET VAR a = expr [, b = expr].
func (p *parser) setVariables() {
	p.i = 2
	for p.peek().kind == tIdent {
		name := p.peek()
		p.i++
		for p.isDelim(".") && p.i+1 < len(p.toks) && p.toks[p.i+1].kind == tIdent {
			p.i += 2
		}
		if !p.isOp("=") {
			return
		}
		p.i++
		p.bind(name, string(p.c.Src[name.start:p.toks[p.i-2].end]), p.expr())
		if !p.isDelim(",") {
			return
		}
		p.i++
	}
}

// declare reads DECLARE [OR REPLACE] [VARIABLE] name [type] [DEFAULT | =] expr.
func (p *parser) declare() {
	p.i = 1
	for p.isWord(p.i, "OR") || p.isWord(p.i, "REPLACE") || p.isWord(p.i, "VAR") || p.isWord(p.i, "VARIABLE") {
		p.i++
	}
	name := p.peek()
	if name.kind != tIdent {
		return
	}
	p.i++
	for p.i < len(p.toks) && !p.isWord(p.i, "DEFAULT") && !p.isOp("=") {
		p.i++
	}
	if p.i >= len(p.toks) {
		return
	}
	p.i++
	p.bind(name, name.text, p.expr())
}

// bind records a session variable's value as an assignment and in env.
func (p *parser) bind(name tok, text string, v facts.Value) {
	p.out.Pairs = append(p.out.Pairs, facts.Pair{Key: text, KeyPos: p.c.Pos(name.start), KeyEnd: p.c.Pos(name.end), Value: v, Origin: facts.Assignment})
	if v.Kind() == facts.Unknown {
		p.env.Delete(varKey(text))
	} else {
		p.env.Set(varKey(text), v)
	}
}
