// Package scala turns Scala code (a file or a notebook cell) into facts: the
// literals it writes, the values that reach calls, options, maps, properties
// and bindings, and the HTTP requests it builds with scalaj-http,
// java.net.http and sttp.
package scala

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
	toks := lx.tokens(false)
	out.Problems = append(out.Problems, lx.Problems...)
	literalValues(c, toks, out)
	deep := false
	p := &parser{c: c, env: env, out: out, toks: toks, deepOnce: &deep}
	p.statements("")
	return out
}

// literalValues adds every literal as written: an interpolated string keeps
// its holes as placeholders (what they fold to is in Pairs and Calls), and
// the literals inside holes are added after it.
func literalValues(c *facts.Code, toks []tok, out *facts.File) {
	for _, t := range toks {
		pos, end := c.Pos(t.start), c.Pos(t.end)
		switch {
		case t.kind == tString || t.kind == tChar:
			v := facts.Value{Type: facts.String, Pos: pos, End: end}
			for _, pc := range t.pieces {
				if pc.isHole {
					v.Parts = append(v.Parts, facts.Part{Text: facts.Placeholder(facts.Unknown, lexutil.Describe(pc.Text)),
						Kind: facts.Unknown, Pos: c.Pos(pc.Start), End: c.Pos(pc.End)})
					continue
				}
				v.Parts = append(v.Parts, pc.Part(c))
			}
			out.Values = append(out.Values, v)
			for _, pc := range t.pieces {
				literalValues(c, pc.hole, out)
			}
		case t.kind == tNumber, t.kind == tIdent && (t.text == "true" || t.text == "false"):
			v := facts.Lit(t.text, pos, end, c.Exact(t.start, t.end))
			v.Type = facts.Number
			if t.kind == tIdent {
				v.Type = facts.Bool
			}
			out.Values = append(out.Values, v)
		}
	}
}

// call records a call of fn and returns its result.
func (p *parser) call(fn node, args []arg, end int) node {
	callee := fn.path
	if callee == "" {
		callee = fn.member
	}
	res := node{start: fn.start, end: end, args: args}
	if fn.path != "" {
		res.path = fn.path + "()"
	}
	res.val = facts.Ref(facts.Unknown, lexutil.Describe(callee+"()"), p.c.Pos(fn.start), p.c.Pos(end))
	if callee == "" {
		return res
	}
	if fn.path != "" {
		if n, ok := p.inlineCall(callee, args, fn.start, end); ok {
			res.val, res.attrs = n.val, n.attrs
		}
	}
	call := facts.Call{Callee: callee, Pos: p.c.Pos(fn.start), End: p.c.Pos(end)}
	var positional []facts.Value
	for _, a := range args {
		if a.name == "" {
			positional = append(positional, a.n.val)
			continue
		}
		kw := facts.Pair{Key: a.name, KeyPos: p.c.Pos(a.start), KeyEnd: p.c.Pos(a.end), Path: callee, Value: a.n.val, Origin: facts.KeywordArg}
		call.Kwargs = append(call.Kwargs, kw)
		p.out.Pairs = append(p.out.Pairs, kw)
	}
	call.Args = positional
	p.out.Calls = append(p.out.Calls, call)

	last := callee[strings.LastIndexByte(callee, '.')+1:]
	switch {
	case strings.HasSuffix(callee, "dbutils.secrets.get"), strings.HasSuffix(callee, "dbutils.secrets.getBytes"):
		res.val = p.ref(facts.SecretRef, callee, args, fn.start, end)
	case widgetMaker(callee) && len(positional) >= 2 && positional[0].IsKnown():
		// dbutils.widgets.text("password", "literal"): the committed default is
		// what dbutils.widgets.get("password") reads wherever no parameter is passed.
		if d := positional[1]; d.IsKnown() && d.Text() != "" {
			p.env.Set(widgetKey(positional[0].Text()), d)
		} else {
			p.env.Delete(widgetKey(positional[0].Text()))
		}
	case strings.HasSuffix(callee, "dbutils.widgets.get"), callee == "getArgument", strings.HasSuffix(callee, "dbutils.widgets.getArgument"):
		res.val = p.ref(facts.VarRef, callee, args, fn.start, end)
		if len(positional) > 0 && positional[0].IsKnown() {
			if v, ok := p.env.Use(widgetKey(positional[0].Text()), p.c.Pos(fn.start), p.c.Pos(end)); ok {
				v.Via = callee + "(" + positional[0].Text() + ")"
				res.val = v
			}
		}
	case envLookups[callee], strings.HasSuffix(callee, "System.getenv"):
		res.val = p.ref(facts.EnvRef, callee, args, fn.start, end)
		// sys.env.getOrElse("PW", "x"): the committed default is what runs
		// wherever the variable is unset.
		if last == "getOrElse" && len(positional) == 2 && positional[1].IsKnown() && positional[1].Text() != "" {
			res.val = positional[1]
			res.val.Pos, res.val.End, res.val.Via = p.c.Pos(fn.start), p.c.Pos(end), callee+" default"
		}
	case last == "option" && len(positional) == 2:
		p.pair(positional[0], positional[1], callee, facts.OptionCall)
	case last == "options":
		for _, a := range args {
			for _, k := range a.n.entries {
				p.out.Pairs[k].Origin = facts.OptionCall
				p.out.Pairs[k].Path = callee
			}
		}
	case (last == "put" || last == "setProperty") && len(positional) == 2:
		p.pair(positional[0], positional[1], callee, facts.PropertyPut)
	case (strings.HasSuffix(callee, "conf.set") || strings.HasSuffix(callee, "hadoopConfiguration.set")) && len(positional) == 2:
		p.pair(positional[0], positional[1], callee, facts.ConfSet)
	case strings.HasSuffix(callee, "DriverManager.getConnection"):
		// getConnection(url, user, password): name the positions so that
		// rules see a password in JDBC context.
		for k, key := range []string{"url", "user", "password"} {
			if k < len(positional) {
				v := positional[k]
				p.out.Pairs = append(p.out.Pairs, facts.Pair{Key: key, KeyPos: v.Pos, KeyEnd: v.End, Path: callee, Value: v, Origin: facts.KeywordArg})
			}
		}
	case last == "Map" || last == "HashMap":
		for _, a := range args {
			if len(a.n.kv) == 2 && p.pair(a.n.kv[0].val, a.n.kv[1].val, callee, facts.DictEntry) {
				res.entries = append(res.entries, len(p.out.Pairs)-1)
			}
		}
	case callee == "Http" || strings.HasSuffix(callee, "http.Http"),
		strings.HasSuffix(callee, "HttpRequest.newBuilder"): // scalaj-http, java.net.http
		req := facts.Request{Tool: callee, Method: "GET", Pos: call.Pos, End: call.End}
		if len(positional) > 0 {
			req.URL = positional[0]
		}
		p.out.Requests = append(p.out.Requests, req)
		res.req = len(p.out.Requests)
	case isSttpVerb(callee, last): // sttp: basicRequest.post(uri"…")
		req := facts.Request{Tool: "sttp", Method: strings.ToUpper(last), Pos: call.Pos, End: call.End}
		if len(positional) > 0 {
			req.URL = positional[0]
		}
		p.out.Requests = append(p.out.Requests, req)
		res.req = len(p.out.Requests)
	case len(positional) == 1 && (strings.HasSuffix(callee, "URI.create") || callee == "URI" || callee == "new URI" ||
		strings.HasSuffix(callee, "BodyPublishers.ofString")):
		// Wrappers that carry their argument's text: a URL or a request body.
		res.val = positional[0]
		res.val.Pos, res.val.End = p.c.Pos(fn.start), p.c.Pos(end)
	}
	if fn.req != 0 {
		res.req = fn.req
		p.request(&p.out.Requests[fn.req-1], last, callee, args, positional, call)
	}
	return res
}

// isSttpVerb recognises an sttp request started from basicRequest,
// quickRequest or emptyRequest: basicRequest.post(uri"…").
func isSttpVerb(callee, method string) bool {
	switch method {
	case "get", "post", "put", "patch", "delete":
	default:
		return false
	}
	root := strings.TrimSuffix(callee, "."+method)
	root = root[strings.LastIndexByte(root, '.')+1:]
	return root == "basicRequest" || root == "quickRequest" || root == "emptyRequest"
}

// widgetMaker recognises dbutils.widgets.text/dropdown/combobox/multiselect.
func widgetMaker(callee string) bool {
	for _, m := range []string{"text", "dropdown", "combobox", "multiselect"} {
		if strings.HasSuffix(callee, "dbutils.widgets."+m) {
			return true
		}
	}
	return false
}

// widgetKey is where a widget's default is kept in the environment (not a Scala name).
func widgetKey(name string) string { return "dbutils.widgets(" + name + ")" }

// envLookups read the process environment.
var envLookups = map[string]bool{
	"sys.env": true, "sys.env.get": true, "sys.env.getOrElse": true, "sys.env.apply": true,
	"scala.util.Properties.envOrElse": true, "scala.util.Properties.envOrNone": true,
	"Properties.envOrElse": true, "Properties.envOrNone": true,
}

// request applies a scalaj-http, java.net.http or sttp builder method to
// the request it builds.
func (p *parser) request(r *facts.Request, method, callee string, args []arg, positional []facts.Value, call facts.Call) {
	r.End = call.End
	switch method {
	case "postForm":
		r.Method = "POST"
		for _, a := range args {
			for _, e := range a.n.args { // Seq("k" -> v, ...)
				if len(e.n.kv) == 2 {
					r.Params = append(r.Params, p.makePair(e.n.kv[0].val, e.n.kv[1].val, callee, facts.FormParam))
				}
			}
		}
	case "postData":
		r.Method = "POST"
		if len(positional) > 0 {
			r.Params = append(r.Params, facts.FormPairs(positional[0], callee, facts.FormParam)...)
		}
	case "param", "header":
		if len(positional) == 2 {
			if method == "param" {
				r.Params = append(r.Params, p.makePair(positional[0], positional[1], callee, facts.QueryParam))
			} else {
				r.Headers = append(r.Headers, p.makePair(positional[0], positional[1], callee, facts.Header))
			}
		}
	case "method":
		if len(positional) == 1 && positional[0].IsKnown() {
			r.Method = strings.ToUpper(positional[0].Text())
		}
	case "uri": // java.net.http: HttpRequest.newBuilder().uri(URI.create(url))
		if len(positional) == 1 {
			r.URL = positional[0]
		}
	case "body": // sttp: .body(Map("k" -> v, …)) is a form; .body(text) a form or JSON text
		if len(args) != 1 {
			return
		}
		for _, k := range args[0].n.entries {
			pr := p.out.Pairs[k]
			pr.Origin, pr.Path = facts.FormParam, callee
			r.Params = append(r.Params, pr)
		}
		if v := args[0].n.val; len(args[0].n.entries) == 0 && v.HasLiteral() {
			if t := strings.TrimLeft(v.Text(), " \t\r\n"); strings.HasPrefix(t, "{") {
				r.Params = append(r.Params, facts.JSONPairs(v, facts.JSONBody)...)
			} else {
				r.Params = append(r.Params, facts.FormPairs(v, callee, facts.FormParam)...)
			}
		}
	case "POST", "PUT": // java.net.http: .POST(BodyPublishers.ofString(body))
		r.Method = method
		if len(positional) == 1 && positional[0].HasLiteral() {
			r.Params = append(r.Params, facts.FormPairs(positional[0], callee, facts.FormParam)...)
		}
	}
}

// pair adds a key/value pair when the key is known text.
func (p *parser) pair(key, val facts.Value, path string, origin facts.Origin) bool {
	if !key.IsKnown() {
		return false
	}
	p.out.Pairs = append(p.out.Pairs, p.makePair(key, val, path, origin))
	return true
}

// makePair keys the pair at the key's text when written in place, else at
// the expression that names it.
func (p *parser) makePair(key, val facts.Value, path string, origin facts.Origin) facts.Pair {
	kp, ke := key.Pos, key.End
	if key.Kind() == facts.Literal {
		kp, ke = key.Parts[0].Pos, key.Parts[0].End
	}
	return facts.Pair{Key: key.Text(), KeyPos: kp, KeyEnd: ke, Path: path, Value: val, Origin: origin}
}

// ref is the value of a secret, environment or widget lookup, named after
// the call and its known arguments: dbutils.secrets.get(jdbc,password).
func (p *parser) ref(kind facts.Kind, callee string, args []arg, start, end int) facts.Value {
	names := make([]string, len(args))
	for k, a := range args {
		names[k] = "?"
		if a.n.val.IsKnown() {
			names[k] = lexutil.Describe(a.n.val.Text())
		}
	}
	return facts.Ref(kind, lexutil.Describe(callee+"("+strings.Join(names, ",")+")"), p.c.Pos(start), p.c.Pos(end))
}
