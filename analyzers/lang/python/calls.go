package python

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// callSite is a parsed call: what the parser hands to the extractor.
type callSite struct {
	callee   string // dotted name: "spark.read.format().option"
	method   string // the last name when called as a method
	recv     result // the receiver of a method call, when hasRecv
	hasRecv  bool   // (a value, not a pointer: a pointer moved every receiver to the heap)
	args     []result
	kwargs   []kwarg
	stars    []result // **d arguments
	pos, end token.Pos
}

type kwarg struct {
	name     string
	pos, end token.Pos
	r        result
}

// arg returns positional argument i, or else the keyword argument name.
func (cs *callSite) arg(i int, name string) (result, bool) {
	if i >= 0 && i < len(cs.args) {
		return cs.args[i], true
	}
	return cs.kw(name)
}

func (cs *callSite) kw(name string) (result, bool) {
	for _, k := range cs.kwargs {
		if k.name == name {
			return k.r, true
		}
	}
	return result{}, false
}

// text returns the known text of argument i or keyword name, else "".
func (cs *callSite) text(i int, name string) string {
	r, _ := cs.arg(i, name)
	t, _ := knownText(r.val)
	return t
}

func (cs *callSite) ref(kind facts.Kind, what string) result {
	return result{val: facts.Ref(kind, what, cs.pos, cs.end)}
}

// Calls that read a value from outside the repository.
var (
	secretReaders = map[string]bool{"dbutils.secrets.get": true, "dbutils.secrets.getBytes": true}
	envReaders    = map[string]bool{"os.environ.get": true, "environ.get": true, "os.getenv": true, "getenv": true}
	varReaders    = map[string]bool{
		"dbutils.widgets.get": true, "dbutils.widgets.getArgument": true, "getArgument": true,
		"spark.conf.get": true, "dbutils.jobs.taskValues.get": true,
	}
)

// widgetMakers define a notebook widget with a default value.
var widgetMakers = map[string]bool{
	"dbutils.widgets.text": true, "dbutils.widgets.dropdown": true, "dbutils.widgets.combobox": true,
	"dbutils.widgets.multiselect": true,
}

// widgetKey is where a widget's default is kept in the environment (not a Python name).
func widgetKey(name string) string { return "dbutils.widgets(" + name + ")" }

// call records the call and returns what it evaluates to.
func (x *extractor) call(cs *callSite) result {
	if cs.callee != "" {
		c := facts.Call{Callee: cs.callee, Pos: cs.pos, End: cs.end}
		if len(cs.args) > 0 {
			c.Args = make([]facts.Value, 0, len(cs.args))
		}
		if len(cs.kwargs) > 0 {
			c.Kwargs = make([]facts.Pair, 0, len(cs.kwargs)+len(cs.stars))
		}
		for _, a := range cs.args {
			c.Args = append(c.Args, a.val)
		}
		for _, k := range cs.kwargs {
			c.Kwargs = append(c.Kwargs, facts.Pair{Key: k.name, KeyPos: k.pos, KeyEnd: k.end, Path: cs.callee, Value: k.r.val, Origin: facts.KeywordArg})
		}
		for _, s := range cs.stars {
			if s.dict == nil {
				c.Unpacks = true
			}
			c.Kwargs = append(c.Kwargs, entryPairs(s.dict, cs.callee, facts.KeywordArg)...)
		}
		x.out.Calls = append(x.out.Calls, c)
	}
	r, ok := x.inlineCall(cs)
	if !ok {
		r = x.callValue(cs)
	}
	// Dict literals passed as arguments are pairs of this call.
	for _, a := range cs.args {
		x.settle(a.dict, cs.callee)
	}
	for _, k := range cs.kwargs {
		x.settle(k.r.dict, cs.callee+"("+k.name+")")
	}
	for _, s := range cs.stars {
		x.settle(s.dict, cs.callee)
	}
	return r
}

// callValue adds the facts particular to the callee and returns the call's value.
func (x *extractor) callValue(cs *callSite) result {
	callee, method := cs.callee, cs.method
	switch {
	case secretReaders[callee]:
		what := callee
		if scope, key := cs.text(0, "scope"), cs.text(1, "key"); scope != "" && key != "" {
			what = scope + "/" + key
		}
		return cs.ref(facts.SecretRef, what)
	case envReaders[callee]:
		// os.getenv("DB_PASSWORD", "local-Pw1"): the default is committed and
		// is what runs wherever the variable is unset.
		if d, ok := cs.arg(1, "default"); ok && d.val.IsKnown() && d.val.Text() != "" {
			v := d.val
			v.Pos, v.End, v.Via = cs.pos, cs.end, callee+" default"
			return result{val: v}
		}
		return cs.ref(facts.EnvRef, cs.text(0, "key"))
	case widgetMakers[callee]:
		// dbutils.widgets.text("password", "literal"): the default is committed
		// and is what dbutils.widgets.get("password") reads wherever the
		// job passes no parameter.
		if name := cs.text(0, "name"); name != "" {
			if d, ok := cs.arg(1, "defaultValue"); ok && d.val.IsKnown() && d.val.Text() != "" {
				x.env.Set(widgetKey(name), d.val)
			} else {
				x.env.Delete(widgetKey(name))
			}
		}
	case varReaders[callee]:
		name := cs.text(0, "name")
		if strings.HasPrefix(callee, "dbutils.widgets.") || callee == "getArgument" {
			if v, ok := x.env.Use(widgetKey(name), cs.pos, cs.end); ok {
				v.Via = callee + "(" + name + ")"
				return result{val: v}
			}
			// getArgument("password", "default"): the default is committed too.
			if d, ok := cs.arg(1, "defaultValue"); ok && strings.HasSuffix(callee, "getArgument") && d.val.IsKnown() && d.val.Text() != "" {
				v := d.val
				v.Pos, v.End, v.Via = cs.pos, cs.end, callee+"("+name+") default"
				return result{val: v}
			}
		}
		return cs.ref(facts.VarRef, callee+"("+name+")")
	case callee == "str" && len(cs.args) == 1 && cs.args[0].dict == nil && !cs.args[0].isList:
		v := cs.args[0].val // str(1433) is the text the literal was written as
		v.Pos, v.End, v.Type = cs.pos, cs.end, facts.String
		return result{val: v}
	case callee == "dict":
		return x.dictCall(cs)
	case method == "format" && cs.hasRecv && cs.recv.val.Type == facts.String && hasLiteral(cs.recv.val):
		kwargs := map[string]facts.Value{}
		for _, k := range cs.kwargs {
			kwargs[k.name] = k.r.val
		}
		var args []facts.Value
		for _, a := range cs.args {
			args = append(args, a.val)
		}
		return result{val: strFormat(cs.recv.val, args, kwargs, cs.pos, cs.end)}
	case isStrip(method) && cs.hasRecv && len(cs.args) == 0 && cs.recv.val.Type == facts.String:
		return result{val: strip(cs.recv.val, method, cs.pos, cs.end)}
	case (method == "encode" || method == "decode") && cs.hasRecv:
		r := cs.recv // text and bytes alike for what rules look at
		r.val.Pos, r.val.End = cs.pos, cs.end
		return r
	case lastName(callee) == "urlencode", callee == "json.dumps":
		r := cs.ref(facts.Unknown, callee+"()")
		if a, ok := cs.arg(0, ""); ok {
			r.dict, r.jsonBody = a.dict, callee == "json.dumps"
		}
		return r
	}
	x.callPairs(cs)
	x.httpRequest(cs)
	if r, ok := x.authCall(cs); ok {
		return r
	}
	return cs.ref(facts.Unknown, callee+"()")
}

// dictCall evaluates dict(k=v, ...) and dict(d, k=v).
func (x *extractor) dictCall(cs *callSite) result {
	d := &dictVal{}
	if a, ok := cs.arg(0, ""); ok && a.dict != nil {
		a.dict.owned = true
		d.entries = append(d.entries, a.dict.entries...)
	}
	for _, k := range cs.kwargs {
		d.entries = append(d.entries, dictEntry{key: k.name, keyPos: k.pos, keyEnd: k.end, val: k.r.val, sub: k.r.dict})
		if k.r.dict != nil {
			k.r.dict.owned = true
		}
	}
	x.pending = append(x.pending, d)
	r := cs.ref(facts.Unknown, "dict")
	r.dict = d
	return r
}

// callPairs adds the key-value pairs a call sets: Spark options, conf and
// properties.
func (x *extractor) callPairs(cs *callSite) {
	method := cs.method
	key, hasKey := "", false
	if len(cs.args) == 2 {
		key, hasKey = knownText(cs.args[0].val)
	}
	pair := func(origin facts.Origin, path string) {
		kp, ke := keyRange(cs.args[0].val)
		x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: key, KeyPos: kp, KeyEnd: ke, Path: path, Value: cs.args[1].val, Origin: origin})
	}
	recvPath := ""
	if cs.hasRecv {
		recvPath = cs.recv.path
	}
	switch {
	case method == "option" && hasKey:
		pair(facts.OptionCall, cs.callee)
	case method == "options":
		for _, k := range cs.kwargs {
			x.out.Pairs = append(x.out.Pairs, facts.Pair{Key: k.name, KeyPos: k.pos, KeyEnd: k.end, Path: cs.callee, Value: k.r.val, Origin: facts.OptionCall})
		}
		for _, s := range cs.stars {
			x.out.Pairs = append(x.out.Pairs, entryPairs(s.dict, cs.callee, facts.OptionCall)...)
		}
	case hasKey && isConfSet(method, recvPath):
		pair(facts.ConfSet, cs.callee)
	case hasKey && (method == "put" || method == "setProperty"):
		path := recvPath
		if path == "" {
			path = cs.callee
		}
		pair(facts.PropertyPut, path)
		kp, ke := keyRange(cs.args[0].val)
		x.dictPut(recvPath, dictEntry{key: key, keyPos: kp, keyEnd: ke, val: cs.args[1].val, sub: cs.args[1].dict})
	case method == "update" && recvPath != "":
		if a, ok := cs.arg(0, ""); ok && a.dict != nil {
			for _, e := range a.dict.entries {
				x.dictPut(recvPath, e)
			}
		}
		for _, k := range cs.kwargs {
			x.dictPut(recvPath, dictEntry{key: k.name, keyPos: k.pos, keyEnd: k.end, val: k.r.val, sub: k.r.dict})
		}
	case method == "jdbc":
		// spark.read.jdbc(url, table, properties=props): the properties are
		// JDBC connection settings, so they are pairs of this call too.
		for _, a := range cs.args {
			x.emitPairs(a.dict, cs.callee, facts.DictEntry)
		}
		if p, ok := cs.kw("properties"); ok {
			x.emitPairs(p.dict, cs.callee, facts.DictEntry)
		}
	}
}

// isConfSet recognises spark.conf.set, SparkConf().set, the Hadoop
// configuration's set and SparkSession.builder.config.
func isConfSet(method, recv string) bool {
	lower := strings.ToLower(recv)
	switch method {
	case "set":
		return strings.Contains(lower, "conf")
	case "config":
		return strings.Contains(lower, "builder")
	}
	return false
}

// entryPairs turns a dict's entries into pairs under path; nested dicts
// give pairs under path.key.
func entryPairs(d *dictVal, path string, origin facts.Origin) []facts.Pair {
	if d == nil {
		return nil
	}
	var out []facts.Pair
	for _, e := range d.entries {
		if e.sub != nil {
			out = append(out, entryPairs(e.sub, path+"."+e.key, origin)...)
			continue
		}
		out = append(out, facts.Pair{Key: e.key, KeyPos: e.keyPos, KeyEnd: e.keyEnd, Path: path, Value: e.val, Origin: origin})
	}
	return out
}

// HTTP clients whose calls are requests whatever their URL.
var httpRoots = map[string]bool{"requests": true, "httpx": true, "session": true}

var httpVerbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true, "request": true,
}

// httpRequest adds the request that a call of requests, httpx, a session or
// urllib makes.
func (x *extractor) httpRequest(cs *callSite) {
	tool, method := cs.callee, cs.method
	if method == "" {
		method = lastName(tool)
	}
	urllib := strings.HasSuffix(tool, "request.Request") || tool == "Request" || strings.HasSuffix(tool, "urlopen")
	if !httpVerbs[method] && !urllib {
		return
	}
	var url, data result
	var hasURL, hasData bool
	verb := strings.ToUpper(method)
	switch {
	case urllib:
		url, hasURL = cs.arg(0, "url")
		data, hasData = cs.arg(1, "data")
		verb = strings.ToUpper(cs.text(-1, "method"))
		if verb == "" && hasData {
			verb = "POST"
		} else if verb == "" {
			verb = "GET"
		}
	case method == "request":
		verb = strings.ToUpper(cs.text(0, "method"))
		url, hasURL = cs.arg(1, "url")
		data, hasData = cs.kw("data")
	default:
		url, hasURL = cs.arg(0, "url")
		data, hasData = cs.kw("data")
		if !hasData {
			data, hasData = cs.kw("content") // httpx's raw body
		}
		if !hasData && (method == "post" || method == "put" || method == "patch") {
			data, hasData = cs.arg(1, "")
		}
	}
	root := strings.ToLower(strings.SplitN(tool, ".", 2)[0])
	isHTTP := httpRoots[root] || strings.Contains(strings.ToLower(tool), "session") || strings.HasSuffix(tool, "urllib.request.Request")
	if !isHTTP && !(hasURL && strings.Contains(url.val.Text(), "://")) {
		return
	}
	req := facts.Request{Tool: tool, Method: verb, Pos: cs.pos, End: cs.end}
	if hasURL {
		req.URL = url.val
	}
	if hasData {
		path := tool + "(data)"
		switch {
		case data.dict != nil && data.jsonBody:
			req.Params = append(req.Params, entryPairs(data.dict, path, facts.JSONBody)...)
		case data.dict != nil:
			req.Params = append(req.Params, entryPairs(data.dict, path, facts.FormParam)...)
		case data.val.Type == facts.String && hasLiteral(data.val) && isJSONText(data.val.Text()):
			// data='{"scope": "%s", ...}' % (...): a JSON document built as text.
			req.Params = append(req.Params, facts.JSONPairs(data.val, facts.JSONBody)...)
		case data.val.Type == facts.String && hasLiteral(data.val):
			req.Params = append(req.Params, facts.FormPairs(data.val, path, facts.FormParam)...)
		}
	}
	if j, ok := cs.kw("json"); ok {
		req.Params = append(req.Params, entryPairs(j.dict, tool+"(json)", facts.JSONBody)...)
	}
	if q, ok := cs.kw("params"); ok {
		req.Params = append(req.Params, entryPairs(q.dict, tool+"(params)", facts.QueryParam)...)
	}
	if hasURL {
		req.Params = append(req.Params, facts.FormPairs(url.val, tool+"(url)", facts.QueryParam)...)
	}
	if h, ok := cs.kw("headers"); ok {
		req.Headers = entryPairs(h.dict, tool+"(headers)", facts.Header)
	}
	x.out.Requests = append(x.out.Requests, req)
}

// authCall handles auth clients: building one (msal, azure.identity
// credentials, databricks-sdk clients), which it returns with ok set, and
// asking one for a token, which adds a Request.
func (x *extractor) authCall(cs *callSite) (result, bool) {
	name := lastName(cs.callee)
	authority, _ := cs.kw("authority")
	switch {
	case name == "ConfidentialClientApplication" || name == "PublicClientApplication":
		r := cs.ref(facts.Unknown, cs.callee+"()")
		r.client = &client{tool: "msal", url: authority.val}
		return r, true
	case strings.HasSuffix(name, "Credential"):
		r := cs.ref(facts.Unknown, cs.callee+"()")
		r.client = &client{tool: "azure.identity", url: authority.val}
		return r, true
	case name == "WorkspaceClient" || name == "AccountClient" || name == "Config":
		host, _ := cs.kw("host")
		r := cs.ref(facts.Unknown, cs.callee+"()")
		r.client = &client{tool: "databricks-sdk", url: host.val}
		if scopes, ok := cs.kw("scopes"); ok {
			x.tokenRequest(cs, r.client, []result{scopes})
		}
		return r, true
	}
	var c *client
	if cs.hasRecv {
		c = cs.recv.client
	}
	switch {
	case strings.HasPrefix(cs.method, "acquire_token") && c != nil && c.tool == "msal":
		scopes, ok := cs.kw("scopes")
		if !ok {
			for _, a := range cs.args {
				if a.isList {
					scopes, ok = a, true
					break
				}
			}
		}
		if ok {
			x.tokenRequest(cs, c, []result{scopes})
		}
	case cs.method == "get_token" || cs.method == "get_token_info":
		// azure.identity credentials take scopes as arguments; a receiver we
		// cannot see counts when a scope looks like one.
		if c == nil && !looksLikeScopes(cs.args) {
			return result{}, false
		}
		if c == nil {
			c = &client{tool: "azure.identity"}
		}
		x.tokenRequest(cs, c, cs.args)
	}
	return result{}, false
}

func looksLikeScopes(args []result) bool {
	for _, a := range args {
		if t := a.val.Text(); strings.Contains(t, "://") || strings.HasSuffix(t, "/.default") {
			return true
		}
	}
	return false
}

// tokenRequest adds a token request for client c asking for scopes: lists of
// scopes, or strings of space-separated scopes.
func (x *extractor) tokenRequest(cs *callSite, c *client, scopes []result) {
	req := facts.Request{Tool: c.tool, Method: "POST", URL: c.url, Pos: cs.pos, End: cs.end}
	var vals []facts.Value
	for _, s := range scopes {
		if s.isList {
			vals = append(vals, s.list...)
		} else {
			vals = append(vals, s.val)
		}
	}
	if cs.method == "acquire_token_for_client" {
		// msal sends grant_type=client_credentials for this method; saying so
		// lets rules treat it like the same request written with curl.
		grant := facts.Lit("client_credentials", cs.pos, cs.end, false)
		req.Params = append(req.Params, facts.Pair{Key: "grant_type", KeyPos: cs.pos, KeyEnd: cs.end, Path: c.tool, Value: grant, Origin: facts.FormParam})
	}
	for _, v := range vals {
		for _, s := range splitSpaces(v) {
			req.Params = append(req.Params, facts.Pair{Key: "scope", KeyPos: s.Pos, KeyEnd: s.End, Path: c.tool, Value: s, Origin: facts.FormParam})
		}
	}
	x.out.Requests = append(x.out.Requests, req)
}

// splitSpaces splits "all-apis offline_access" into its scopes, keeping
// positions; a value that is not known text stays whole.
func splitSpaces(v facts.Value) []facts.Value {
	t, ok := knownText(v)
	if !ok || !strings.Contains(t, " ") {
		return []facts.Value{v}
	}
	var out []facts.Value
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, v.Slice(i, j))
		}
		i = j
	}
	return out
}

// isJSONText reports whether a request body's text is a JSON object or array.
func isJSONText(t string) bool {
	t = strings.TrimLeft(t, " \t\r\n")
	return strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")
}

func isStrip(method string) bool {
	return method == "strip" || method == "lstrip" || method == "rstrip"
}

// strip evaluates v.strip() and friends by slicing, so the parts keep their positions.
func strip(v facts.Value, method string, pos, end token.Pos) facts.Value {
	t := v.Text()
	i, j := 0, len(t)
	if method != "rstrip" {
		i = len(t) - len(strings.TrimLeft(t, " \t\r\n\f\v"))
	}
	if method != "lstrip" {
		j = len(strings.TrimRight(t, " \t\r\n\f\v"))
	}
	out := v.Slice(i, max(i, j))
	out.Pos, out.End = pos, end
	return out
}

func lastName(dotted string) string {
	return dotted[strings.LastIndexByte(dotted, '.')+1:]
}

// keyRange is where a key is written: the literal's text, or the name it is
// read through.
func keyRange(v facts.Value) (token.Pos, token.Pos) {
	if v.Via != "" {
		return v.Pos, v.End
	}
	return v.Span(0, len(v.Text()))
}
