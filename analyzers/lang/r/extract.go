// Package r turns R code (a file or a notebook cell) into facts: the
// literals it writes, the values that reach calls (SparkR, sparklyr, DBI,
// httr, httr2) and assignments, with paste0/sprintf/glue folded.
package r

import (
	"go/token"
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
			out.Values = append(out.Values, t.content().Value(c, c.Pos(t.start), c.Pos(t.end)))
		case t.kind == tNumber, t.kind == tIdent && (t.text == "TRUE" || t.text == "FALSE"):
			v := facts.Lit(t.text, c.Pos(t.start), c.Pos(t.start+len(t.text)), c.Exact(t.start, t.start+len(t.text)))
			v.Pos, v.End = c.Pos(t.start), c.Pos(t.end)
			v.Type = facts.Number
			if t.kind == tIdent {
				v.Type = facts.Bool
			}
			out.Values = append(out.Values, v)
		}
	}
	p := &parser{c: c, env: env, out: out, toks: toks, funcs: map[string]*rfunc{}, calls: new(int)}
	p.statements("")
	return out
}

// call records a call of fn and returns its result.
func (p *parser) call(fn node, args []arg, end int) node {
	callee := fn.path
	pos, endPos := p.c.Pos(fn.start), p.c.Pos(end)
	res := node{start: fn.start, end: end, callee: callee, args: args}
	res.val = facts.Ref(facts.Unknown, lexutil.Describe(callee+"()"), pos, endPos)
	if callee == "" {
		return res
	}
	// Functions are matched without their namespace: library(httr) makes
	// POST the same as httr::POST.
	base := callee[strings.LastIndex(callee, ":")+1:]
	dict := base == "list" || base == "c"

	call := facts.Call{Callee: callee, Pos: pos, End: endPos}
	var positional []facts.Value
	named := map[string]facts.Value{}
	for _, a := range args {
		if a.name == "" {
			positional = append(positional, a.n.val)
			for _, k := range a.n.entries {
				p.out.Pairs[k].Path = callee
			}
			continue
		}
		named[a.name] = a.n.val
		kw := facts.Pair{Key: a.name, KeyPos: p.c.Pos(a.start), KeyEnd: p.c.Pos(a.end), Path: callee, Value: a.n.val, Origin: facts.KeywordArg}
		call.Kwargs = append(call.Kwargs, kw)
		if dict {
			kw.Origin = facts.DictEntry
			res.entries = append(res.entries, len(p.out.Pairs))
		}
		p.out.Pairs = append(p.out.Pairs, kw)
		for _, k := range a.n.entries { // sparklyr::spark_read_jdbc(sc, options = list(...))
			p.out.Pairs[k].Path = callee + "(" + a.name + ")"
		}
	}
	call.Args = positional
	// RJDBC's dbConnect(drv, url, user, password) takes them by position.
	if base == "dbConnect" && len(positional) > 1 && positional[1].IsKnown() && strings.HasPrefix(positional[1].Text(), "jdbc:") {
		for k, name := range []string{"url", "user", "password"} {
			if k+1 < len(positional) {
				v := positional[k+1]
				kw := facts.Pair{Key: name, KeyPos: v.Pos, KeyEnd: v.Pos, Path: callee, Value: v, Origin: facts.KeywordArg}
				call.Kwargs = append(call.Kwargs, kw)
				p.out.Pairs = append(p.out.Pairs, kw)
			}
		}
	}
	p.out.Calls = append(p.out.Calls, call)

	switch base {
	case "dbutils.secrets.get", "dbutils.secrets.getBytes":
		res.val = ref(facts.SecretRef, callee, args, pos, endPos)
	case "dbutils.widgets.get", "getArgument", "dbutils.widgets.getArgument":
		res.val = ref(facts.VarRef, callee, args, pos, endPos)
	case "Sys.getenv":
		res.val = ref(facts.EnvRef, callee, args, pos, endPos)
		// Sys.getenv("PW", unset = "x"): the committed default is what runs
		// wherever the variable is unset.
		if d, ok := named["unset"]; ok && d.IsKnown() && d.Text() != "" {
			res.val = d
			res.val.Pos, res.val.End, res.val.Via = pos, endPos, "Sys.getenv default"
		}
	case "paste0", "paste":
		var sep facts.Value
		if base == "paste" {
			sep = facts.Value{Parts: []facts.Part{{Text: " ", Kind: facts.Folded, Pos: pos, End: pos}}}
			if s, ok := named["sep"]; ok {
				sep = s
			}
		}
		if len(positional) > 0 {
			var vs []facts.Value
			for k, v := range positional {
				if k > 0 && len(sep.Parts) > 0 {
					vs = append(vs, sep)
				}
				vs = append(vs, v)
			}
			res.val = facts.Concat(pos, endPos, vs...)
		}
	case "sprintf":
		if len(positional) > 0 {
			res.val = sprintf(positional[0], positional[1:], pos, endPos)
		}
	case "glue", "glue_safe":
		if len(positional) > 0 {
			res.val = p.glue(positional[0], named, pos, endPos)
		}
	case "return":
		if r := p.ret; r != nil && !r.set && r.defining == p.defining && len(positional) > 0 {
			r.val, r.set = positional[0], true
		}
	}
	p.request(&res, base, callee, args, positional, named)
	if f := p.funcs[callee]; f != nil {
		if v, ok := p.instance(f, args); ok && v.Kind() != facts.Unknown {
			// The function's result: pw = get_pwd() reads the literal it returns.
			res.val = v
			res.val.Pos, res.val.End, res.val.Via = pos, endPos, callee+"()"
		}
	}
	return res
}

// request builds facts.Request for httr verbs and follows an httr2 request
// through its req_* builders (the request is their first argument, piped or not).
func (p *parser) request(res *node, base, callee string, args []arg, positional []facts.Value, named map[string]facts.Value) {
	switch base {
	case "GET", "POST", "PUT", "PATCH", "DELETE":
		r := facts.Request{Tool: callee, Method: base, Pos: p.c.Pos(res.start), End: p.c.Pos(res.end)}
		if u, ok := named["url"]; ok {
			r.URL = u
		} else if len(positional) > 0 {
			r.URL = positional[0]
		}
		encode := ""
		if e, ok := named["encode"]; ok && e.IsKnown() {
			encode = e.Text()
		}
		for _, a := range args {
			switch {
			case a.name == "body":
				origin := facts.FormParam
				if encode == "json" {
					origin = facts.JSONBody
				}
				r.Params = append(r.Params, p.entries(a.n, callee, origin)...)
				if a.n.callee == "" && a.n.val.Type == facts.String {
					r.Params = append(r.Params, facts.FormPairs(a.n.val, callee, facts.FormParam)...)
				}
			case a.name == "query":
				r.Params = append(r.Params, p.entries(a.n, callee, facts.QueryParam)...)
			case a.name == "" && strings.HasSuffix(a.n.callee, "add_headers"):
				r.Headers = append(r.Headers, p.entries(a.n, callee, facts.Header)...)
			}
		}
		p.out.Requests = append(p.out.Requests, r)
		res.req = len(p.out.Requests)
		return
	case "request":
		if len(positional) > 0 {
			p.out.Requests = append(p.out.Requests, facts.Request{Tool: callee, Method: "GET", URL: positional[0], Pos: p.c.Pos(res.start), End: p.c.Pos(res.end)})
			res.req = len(p.out.Requests)
		}
		return
	}
	if !strings.HasPrefix(base, "req_") || len(args) == 0 || args[0].n.req == 0 {
		return
	}
	res.req = args[0].n.req
	r := &p.out.Requests[res.req-1]
	r.End = p.c.Pos(res.end)
	rest := node{args: args[1:], callee: "list"}
	switch base {
	case "req_body_form":
		r.Method = "POST"
		r.Params = append(r.Params, p.entries(rest, callee, facts.FormParam)...)
	case "req_body_json":
		r.Method = "POST"
		if len(args) > 1 {
			r.Params = append(r.Params, p.entries(args[1].n, callee, facts.JSONBody)...)
		}
	case "req_url_query":
		r.Params = append(r.Params, p.entries(rest, callee, facts.QueryParam)...)
	case "req_headers":
		r.Headers = append(r.Headers, p.entries(rest, callee, facts.Header)...)
	case "req_method":
		if len(positional) > 1 && positional[1].IsKnown() {
			r.Method = strings.ToUpper(positional[1].Text())
		}
	}
}

// entries are the named arguments of a call node (list(k = v), add_headers(k = v)).
func (p *parser) entries(n node, path string, origin facts.Origin) []facts.Pair {
	if n.callee == "" {
		return nil
	}
	var pairs []facts.Pair
	for _, a := range n.args {
		if a.name != "" {
			pairs = append(pairs, facts.Pair{Key: a.name, KeyPos: p.c.Pos(a.start), KeyEnd: p.c.Pos(a.end), Path: path, Value: a.n.val, Origin: origin})
		}
	}
	return pairs
}

// ref is the value of a secret, environment or widget lookup, named after
// the call and its known arguments: dbutils.secrets.get(jdbc,password).
func ref(kind facts.Kind, callee string, args []arg, pos, end token.Pos) facts.Value {
	names := make([]string, len(args))
	for k, a := range args {
		names[k] = "?"
		if a.n.val.IsKnown() {
			names[k] = lexutil.Describe(a.n.val.Text())
		}
	}
	return facts.Ref(kind, lexutil.Describe(callee+"("+strings.Join(names, ",")+")"), pos, end)
}

// sprintf folds %s and %d over the arguments; other conversions change the
// text and become Unknown.
func sprintf(format facts.Value, args []facts.Value, pos, end token.Pos) facts.Value {
	text := format.Text()
	var vs []facts.Value
	lit := 0
	next := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '%' {
			continue
		}
		vs = appendSlice(vs, format, lit, i)
		j := i + 1
		for j < len(text) && strings.IndexByte("-+ 0#.123456789", text[j]) >= 0 {
			j++
		}
		if j >= len(text) {
			lit = i
			break
		}
		switch conv := text[j]; {
		case conv == '%':
			vs = append(vs, format.Slice(j, j+1))
		case next < len(args) && j == i+1 && (conv == 's' || conv == 'd' || conv == 'i'):
			vs = append(vs, args[next])
			next++
		default:
			vs = append(vs, facts.Ref(facts.Unknown, lexutil.Describe("sprintf "+text[i:j+1]), pos, end))
			next++
		}
		i = j
		lit = j + 1
	}
	vs = appendSlice(vs, format, lit, len(text))
	return facts.Concat(pos, end, vs...)
}

// glue folds glue("...{name}...") over named arguments and the
// environment; {{ and }} are literal braces, other expressions are Unknown.
func (p *parser) glue(tmpl facts.Value, named map[string]facts.Value, pos, end token.Pos) facts.Value {
	text := tmpl.Text()
	var vs []facts.Value
	lit := 0
	for i := 0; i < len(text); i++ {
		switch {
		case strings.HasPrefix(text[i:], "{{"), strings.HasPrefix(text[i:], "}}"):
			vs = appendSlice(vs, tmpl, lit, i+1)
			i++
			lit = i + 1
		case text[i] == '{':
			close := strings.IndexByte(text[i:], '}')
			if close < 0 {
				continue
			}
			vs = appendSlice(vs, tmpl, lit, i)
			expr := strings.TrimSpace(text[i+1 : i+close])
			hp, he := tmpl.Span(i, i+close+1)
			if v, ok := named[expr]; ok {
				vs = append(vs, v)
			} else if v, ok := p.env.Use(expr, hp, he); ok {
				vs = append(vs, v)
			} else {
				vs = append(vs, facts.Ref(facts.Unknown, lexutil.Describe(expr), hp, he))
			}
			i += close
			lit = i + 1
		}
	}
	vs = appendSlice(vs, tmpl, lit, len(text))
	return facts.Concat(pos, end, vs...)
}

// appendSlice appends the text range [i, j) of v unless it is empty.
func appendSlice(vs []facts.Value, v facts.Value, i, j int) []facts.Value {
	if j <= i {
		return vs
	}
	return append(vs, v.Slice(i, j))
}
