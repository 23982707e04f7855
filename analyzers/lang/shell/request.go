package shell

import (
	"cmp"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// request normalises the invocations that send an HTTP request or ask a CLI
// for a token.
func (x *extractor) request(inv *invocation) (facts.Request, bool) {
	switch inv.callee {
	case "curl":
		return x.curl(inv), true
	case "wget":
		return x.wget(inv), true
	case "http", "https", "xh", "xhs":
		return httpieRequest(inv), true
	case "az account get-access-token":
		return facts.Request{Tool: "az", Params: flagParams(inv, inv.callee), Pos: inv.pos, End: inv.end}, true
	case "az rest":
		return x.azRest(inv), true
	}
	if api, ok := strings.CutPrefix(inv.callee, "databricks api "); ok {
		return x.databricksAPI(inv, api), true
	}
	return facts.Request{}, false
}

// bodyFlags are curl's flags whose value is the request body.
var bodyFlags = set("-d", "--data", "--data-ascii", "--data-binary", "--data-raw", "--data-urlencode",
	"--json", "-F", "--form", "--form-string")

func (x *extractor) curl(inv *invocation) facts.Request {
	r := facts.Request{Tool: "curl", Pos: inv.pos, End: inv.end}
	method, get := "", false
	var bodies []item
	for _, it := range inv.items {
		switch it.flag {
		case "-X", "--request":
			if it.val.IsKnown() {
				method = strings.ToUpper(it.val.Text())
			}
		case "-G", "--get":
			get = true
		case "-I", "--head":
			method = cmp.Or(method, "HEAD")
		case "-T", "--upload-file":
			method = cmp.Or(method, "PUT")
		case "--url":
			if len(r.URL.Parts) == 0 {
				r.URL = it.val
			}
		case "":
			if len(r.URL.Parts) == 0 {
				r.URL = it.val
			}
		}
		if bodyFlags[it.flag] && it.hasVal {
			bodies = append(bodies, it)
		}
	}
	url := r.URL.Text()
	switch {
	case method != "":
	case get:
		method = "GET"
	case len(bodies) > 0:
		method = "POST"
	default:
		method = "GET"
	}
	r.Method = method

	for _, it := range bodies {
		origin := facts.FormParam
		if get {
			origin = facts.QueryParam
		}
		switch it.flag {
		case "--data-urlencode":
			r.Params = append(r.Params, urlencodePair(it.val, url, origin)...)
		case "-F", "--form", "--form-string":
			if p, ok := splitPair(it.val, "=", url, facts.FormParam); ok {
				r.Params = append(r.Params, p)
			}
		case "--json":
			if body, ok := x.body(it, inv, false); ok {
				r.Params = append(r.Params, facts.JSONPairs(body, facts.JSONBody)...)
			}
		default:
			if body, ok := x.body(it, inv, it.flag == "--data-raw"); ok {
				r.Params = append(r.Params, bodyPairs(body, url, origin)...)
			}
		}
	}
	r.Params = append(r.Params, facts.FormPairs(r.URL, url, facts.QueryParam)...)

	for _, it := range inv.items {
		switch it.flag {
		case "-H", "--header":
			if h, ok := headerPair(it.val, ":", url); ok {
				r.Headers = append(r.Headers, h)
			}
		case "-u", "--user":
			r.Params = append(r.Params, flagPair(it, "user", url))
		case "--oauth2-bearer":
			r.Params = append(r.Params, flagPair(it, "oauth2-bearer", url))
		}
	}
	return r
}

// body returns a body value, reading @file from what the script wrote
// earlier and @- from the command's standard input. Like curl -d, it drops
// the newlines that end a file.
func (x *extractor) body(it item, inv *invocation, raw bool) (facts.Value, bool) {
	t := it.val.Text()
	if raw || !strings.HasPrefix(t, "@") {
		return it.val, true
	}
	var v facts.Value
	if t == "@-" && inv.stdin != nil {
		v = *inv.stdin
	} else if f, ok := x.files[t[1:]]; ok {
		v = f
	} else {
		return facts.Value{}, false
	}
	if it.flag != "--data-binary" {
		text := v.Text()
		v = v.Slice(0, len(strings.TrimRight(text, "\r\n")))
	}
	return v, true
}

// bodyPairs reads a request body: JSON members, or urlencoded parameters.
func bodyPairs(v facts.Value, url string, origin facts.Origin) []facts.Pair {
	if looksLikeJSON(v.Text()) {
		return facts.JSONPairs(v, facts.JSONBody)
	}
	return facts.FormPairs(v, url, origin)
}

func looksLikeJSON(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")
}

// urlencodePair reads curl's --data-urlencode "name=content": curl encodes
// content, so it is literal text. Other forms (content, =content, @file)
// carry no name.
func urlencodePair(v facts.Value, url string, origin facts.Origin) []facts.Pair {
	t := v.Text()
	eq := strings.IndexByte(t, '=')
	if eq <= 0 || strings.Contains(t[:eq], "@") {
		return nil
	}
	p, _ := splitPair(v, "=", url, origin)
	return []facts.Pair{p}
}

// splitPair splits "key<sep>value" at the first sep.
func splitPair(v facts.Value, sep, path string, origin facts.Origin) (facts.Pair, bool) {
	t := v.Text()
	i := strings.Index(t, sep)
	if i <= 0 || !v.KnownAt(0, i) {
		return facts.Pair{}, false
	}
	kp, ke := v.Span(0, i)
	return facts.Pair{Key: t[:i], KeyPos: kp, KeyEnd: ke, Path: path, Value: v.Slice(i+len(sep), len(t)),
		Origin: origin}, true
}

// headerPair reads "Name: value" (sep ":") or "Name=value" (az rest), with
// the value's blanks after the separator skipped.
func headerPair(v facts.Value, sep, path string) (facts.Pair, bool) {
	t := v.Text()
	i := strings.Index(t, sep)
	if i <= 0 || !v.KnownAt(0, i) || strings.HasPrefix(t, "@") {
		return facts.Pair{}, false
	}
	name := strings.TrimSpace(t[:i])
	lead := i - len(strings.TrimLeft(t[:i], " \t"))
	kp, ke := v.Span(lead, lead+len(name))
	j := i + len(sep)
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	return facts.Pair{Key: name, KeyPos: kp, KeyEnd: ke, Path: path, Value: v.Slice(j, len(t)),
		Origin: facts.Header}, true
}

func flagPair(it item, key, path string) facts.Pair {
	return facts.Pair{Key: key, KeyPos: it.keyPos, KeyEnd: it.keyEnd, Path: path, Value: it.val, Origin: facts.Flag}
}

// outputFlags shape a CLI's output, not its request.
var outputFlags = set("--query", "-o", "--output", "--only-show-errors", "--debug", "--verbose")

// flagParams turns a CLI's flags into parameters named without dashes
// ("--resource" is "resource").
func flagParams(inv *invocation, path string) []facts.Pair {
	var ps []facts.Pair
	for _, it := range inv.items {
		if it.flag != "" && it.hasVal && !outputFlags[it.flag] {
			ps = append(ps, flagPair(it, strings.TrimLeft(it.flag, "-"), path))
		}
	}
	return ps
}

func (x *extractor) wget(inv *invocation) facts.Request {
	r := facts.Request{Tool: "wget", Method: "GET", Pos: inv.pos, End: inv.end}
	for _, it := range inv.items {
		if it.flag == "" && len(r.URL.Parts) == 0 {
			r.URL = it.val
		}
	}
	url := r.URL.Text()
	explicit := false
	for _, it := range inv.items {
		switch it.flag {
		case "--method":
			if it.val.IsKnown() {
				r.Method, explicit = strings.ToUpper(it.val.Text()), true
			}
		case "--post-data", "--body-data":
			if !explicit {
				r.Method = "POST"
			}
			r.Params = append(r.Params, bodyPairs(it.val, url, facts.FormParam)...)
		case "--post-file", "--body-file":
			if !explicit {
				r.Method = "POST"
			}
			if body, ok := x.files[it.val.Text()]; ok {
				r.Params = append(r.Params, bodyPairs(body, url, facts.FormParam)...)
			}
		case "--header":
			if h, ok := headerPair(it.val, ":", url); ok {
				r.Headers = append(r.Headers, h)
			}
		case "--user", "--http-user":
			r.Params = append(r.Params, flagPair(it, "user", url))
		case "--password", "--http-password":
			r.Params = append(r.Params, flagPair(it, "password", url))
		}
	}
	r.Params = append(r.Params, facts.FormPairs(r.URL, url, facts.QueryParam)...)
	return r
}

// httpieRequest reads `http [flags] [METHOD] URL [items]`, whose items are
// Header:value, name==query, name=string (JSON unless --form), name:=json.
func httpieRequest(inv *invocation) facts.Request {
	r := facts.Request{Tool: "httpie", Pos: inv.pos, End: inv.end}
	form := false
	for _, it := range inv.items {
		switch it.flag {
		case "-f", "--form", "--multipart":
			form = true
		}
	}
	args := inv.positionals()
	if len(args) > 1 && isMethod(args[0].Text()) {
		r.Method = args[0].Text()
		args = args[1:]
	}
	if len(args) == 0 {
		return r
	}
	r.URL, args = args[0], args[1:]
	url := r.URL.Text()
	data := false
	for _, a := range args {
		t := a.Text()
		i := strings.IndexAny(t, ":=@")
		if i <= 0 {
			continue
		}
		rest := t[i:]
		switch {
		case strings.HasPrefix(rest, ":="):
			if p, ok := splitPair(a, ":=", url, facts.JSONBody); ok {
				p.Value.Type = facts.JSONType(p.Value.Text())
				r.Params, data = append(r.Params, p), true
			}
		case strings.HasPrefix(rest, "=="):
			if p, ok := splitPair(a, "==", url, facts.QueryParam); ok {
				r.Params = append(r.Params, p)
			}
		case rest[0] == '=':
			origin := facts.JSONBody
			if form {
				origin = facts.FormParam
			}
			if p, ok := splitPair(a, "=", url, origin); ok {
				r.Params, data = append(r.Params, p), true
			}
		case rest[0] == ':':
			if h, ok := headerPair(a, ":", url); ok {
				r.Headers = append(r.Headers, h)
			}
		}
	}
	for _, it := range inv.items {
		if it.flag == "-a" || it.flag == "--auth" {
			r.Params = append(r.Params, flagPair(it, "user", url))
		}
	}
	r.Params = append(r.Params, facts.FormPairs(r.URL, url, facts.QueryParam)...)
	if r.Method == "" {
		r.Method = "GET"
		if data {
			r.Method = "POST"
		}
	}
	return r
}

func isMethod(s string) bool {
	switch s {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS":
		return true
	}
	return false
}

// azRest reads `az rest --method post --url U --resource R --body B --headers K=V`.
func (x *extractor) azRest(inv *invocation) facts.Request {
	r := facts.Request{Tool: "az", Method: "GET", Pos: inv.pos, End: inv.end}
	if it, ok := inv.flag("--url", "--uri", "-u"); ok {
		r.URL = it.val
	}
	url := r.URL.Text()
	if it, ok := inv.flag("--method", "-m"); ok && it.val.IsKnown() {
		r.Method = strings.ToUpper(it.val.Text())
	}
	for _, it := range inv.items {
		if !it.hasVal {
			continue
		}
		switch it.flag {
		case "--resource":
			r.Params = append(r.Params, flagPair(it, "resource", url))
		case "--body", "-b":
			if body, ok := x.body(it, inv, false); ok {
				r.Params = append(r.Params, bodyPairs(body, url, facts.FormParam)...)
			}
		case "--headers":
			if looksLikeJSON(it.val.Text()) {
				for _, p := range facts.JSONPairs(it.val, facts.Header) {
					p.Path = url
					r.Headers = append(r.Headers, p)
				}
			} else if h, ok := headerPair(it.val, "=", url); ok {
				r.Headers = append(r.Headers, h)
			}
		}
	}
	r.Params = append(r.Params, facts.FormPairs(r.URL, url, facts.QueryParam)...)
	return r
}

// databricksAPI reads `databricks api post /api/2.0/token/create --json '{...}'`.
func (x *extractor) databricksAPI(inv *invocation, method string) facts.Request {
	r := facts.Request{Tool: "databricks api", Method: strings.ToUpper(method), Pos: inv.pos, End: inv.end}
	if args := inv.positionals(); len(args) > 0 {
		r.URL = args[0]
	}
	if it, ok := inv.flag("--json"); ok {
		if body, ok := x.body(it, inv, false); ok {
			r.Params = append(r.Params, facts.JSONPairs(body, facts.JSONBody)...)
		}
	}
	r.Params = append(r.Params, facts.FormPairs(r.URL, r.URL.Text(), facts.QueryParam)...)
	return r
}
