// Package libmodel is the table of library calls whose arguments carry a
// credential, a token scope or a token resource (docs/library-models.md).
// Rules read a call's arguments through it instead of keeping their own
// callee lists, so modelling a library is adding rows (and a fixture per
// row), not code.
package libmodel

import (
	"fmt"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Carries is what an argument holds.
type Carries string

const (
	Password     Carries = "password"       // a database password (DBX101)
	HTTPPassword Carries = "HTTP password"  // the password of HTTP basic authentication (DBX104)
	ConnURL      Carries = "connection URL" // a URL or connection string that may embed user:password (DBX101)
	Token        Carries = "token"          // a bearer token, access token or OAuth secret of a service (DBX104)
	ClientSecret Carries = "client secret"  // an Entra ID service principal's client secret (DBX103)
	Scope        Carries = "token scope"    // the scopes an Entra ID token is asked for (DBX201, DBX202)
	Resource     Carries = "token resource" // the resource of a v1 Entra ID token (DBX202)
	Host         Carries = "host"           // where the connection goes
)

// Row says that an argument of a call carries something.
type Row struct {
	Lang    source.Lang // the language the call is written in (Scala rows cover the Java APIs called from Scala)
	Library string      // the package that defines the callee
	// Callee is the dotted name as the front-ends record it. A call matches
	// when its callee is Callee or ends with "."+Callee (or "::"+Callee), so
	// "sql.connect" matches databricks.sql.connect and "get_token" matches
	// cred.get_token. Python import aliases are not resolved: a row names
	// the callee as code writes it (a class by its name, a module function
	// with its module).
	Callee string
	Param  string // keyword argument name; "" when the argument is only positional
	Index  int    // position among the positional arguments; -1 when it is only a keyword
	// Elem is the element of a tuple or list argument that carries it
	// (requests' auth=(user, password)); -1 when the argument itself does,
	// Each when every element does (scopes=["sql", "all-apis"]).
	Elem int
	Carries
}

// Each is the Elem of a row whose list argument carries something in every element.
const Each = -2

// Rows is the table. Keep it sorted by language, then library.
var Rows = []Row{
	// Python
	{source.Python, "adal", "acquire_token_with_client_credentials", "resource", 0, -1, Resource},
	{source.Python, "adal", "acquire_token_with_client_credentials", "client_secret", 2, -1, ClientSecret},
	{source.Python, "aiohttp", "aiohttp.BasicAuth", "password", 1, -1, HTTPPassword},
	{source.Python, "azure-common", "ServicePrincipalCredentials", "secret", 1, -1, ClientSecret},
	{source.Python, "azure-identity", "ClientSecretCredential", "client_secret", 2, -1, ClientSecret},
	{source.Python, "azure-identity", "get_token", "", 0, -1, Scope},
	{source.Python, "databricks-sdk", "WorkspaceClient", "scopes", -1, Each, Scope},
	{source.Python, "databricks-sdk", "WorkspaceClient", "token", -1, -1, Token},
	{source.Python, "databricks-sdk", "WorkspaceClient", "client_secret", -1, -1, Token},
	{source.Python, "databricks-sdk", "WorkspaceClient", "azure_client_secret", -1, -1, ClientSecret},
	{source.Python, "databricks-sdk", "WorkspaceClient", "password", -1, -1, HTTPPassword},
	{source.Python, "databricks-sdk", "AccountClient", "scopes", -1, Each, Scope},
	{source.Python, "databricks-sdk", "AccountClient", "token", -1, -1, Token},
	{source.Python, "databricks-sdk", "AccountClient", "client_secret", -1, -1, Token},
	{source.Python, "databricks-sdk", "AccountClient", "azure_client_secret", -1, -1, ClientSecret},
	{source.Python, "databricks-sdk", "AccountClient", "password", -1, -1, HTTPPassword},
	{source.Python, "databricks-sdk", "Config", "scopes", -1, Each, Scope},
	{source.Python, "databricks-sdk", "Config", "token", -1, -1, Token},
	{source.Python, "databricks-sdk", "Config", "client_secret", -1, -1, Token},
	{source.Python, "databricks-sdk", "Config", "azure_client_secret", -1, -1, ClientSecret},
	{source.Python, "databricks-sdk", "Config", "password", -1, -1, HTTPPassword},
	{source.Python, "databricks-sql-connector", "sql.connect", "access_token", -1, -1, Token},
	{source.Python, "httpx", "httpx.BasicAuth", "password", 1, -1, HTTPPassword},
	{source.Python, "httpx", "httpx.get", "auth", -1, 1, HTTPPassword},
	{source.Python, "httpx", "httpx.post", "auth", -1, 1, HTTPPassword},
	{source.Python, "httpx", "httpx.Client", "auth", -1, 1, HTTPPassword},
	{source.Python, "jaydebeapi", "jaydebeapi.connect", "url", 1, -1, ConnURL},
	{source.Python, "jaydebeapi", "jaydebeapi.connect", "driver_args", 2, 1, Password},
	{source.Python, "msal", "ConfidentialClientApplication", "client_credential", 1, -1, ClientSecret},
	{source.Python, "msal", "acquire_token_for_client", "scopes", 0, Each, Scope},
	{source.Python, "oracledb", "oracledb.connect", "password", 1, -1, Password},
	{source.Python, "oracledb", "oracledb.connect", "dsn", 2, -1, Host},
	{source.Python, "psycopg2", "psycopg2.connect", "password", -1, -1, Password},
	{source.Python, "psycopg2", "psycopg2.connect", "dsn", 0, -1, ConnURL},
	{source.Python, "pymssql", "pymssql.connect", "password", 2, -1, Password},
	{source.Python, "pymysql", "pymysql.connect", "password", -1, -1, Password},
	{source.Python, "pyodbc", "pyodbc.connect", "", 0, -1, ConnURL},
	{source.Python, "requests", "requests.get", "auth", -1, 1, HTTPPassword},
	{source.Python, "requests", "requests.post", "auth", -1, 1, HTTPPassword},
	{source.Python, "requests", "requests.put", "auth", -1, 1, HTTPPassword},
	{source.Python, "requests", "requests.request", "auth", -1, 1, HTTPPassword},
	{source.Python, "requests", "HTTPBasicAuth", "password", 1, -1, HTTPPassword},
	{source.Python, "snowflake-connector-python", "snowflake.connector.connect", "password", -1, -1, Password},
	{source.Python, "sqlalchemy", "create_engine", "url", 0, -1, ConnURL},
	// Scala (and the Java APIs it calls)
	{source.Scala, "azure-identity", "clientSecret", "", 0, -1, ClientSecret}, // new ClientSecretCredentialBuilder().clientSecret("…")
	{source.Scala, "java.sql", "DriverManager.getConnection", "", 0, -1, ConnURL},
	{source.Scala, "java.sql", "DriverManager.getConnection", "", 2, -1, Password},
	{source.Scala, "msal4j", "ClientCredentialFactory.createFromSecret", "", 0, -1, ClientSecret},
	{source.Scala, "sttp", "auth.basic", "", 1, -1, HTTPPassword}, // basicRequest.auth.basic(user, password)
	// R
	{source.R, "httr", "authenticate", "password", 1, -1, HTTPPassword},
	{source.R, "httr2", "req_auth_basic", "password", 2, -1, HTTPPassword},
}

// Arg is an argument a call passes where a row says something is carried.
type Arg struct {
	Row
	Key   string // the keyword, or "argument N" for a positional argument
	Value facts.Value
}

// Args returns the arguments of c that rows of the table describe, in
// table order; f tells the language the call is written in.
func Args(f *facts.File, c facts.Call) []Arg {
	rows := byName[Name(c.Callee)]
	if len(rows) == 0 {
		return nil // most calls: no allocation, no row scan
	}
	var out []Arg
	lang := f.LangAt(c.Pos)
	for _, k := range rows {
		r := Rows[k]
		if r.Lang != lang || !Matches(c.Callee, r.Callee) {
			continue
		}
		var arg *Arg
		for _, kw := range c.Kwargs {
			if r.Param != "" && kw.Key == r.Param {
				arg = &Arg{Row: r, Key: kw.Key, Value: kw.Value}
			}
		}
		if arg == nil && r.Index >= 0 && r.Index < len(c.Args) {
			arg = &Arg{Row: r, Key: fmt.Sprintf("argument %d", r.Index+1), Value: c.Args[r.Index]}
		}
		switch {
		case arg == nil:
		case r.Elem == -1 || r.Elem == Each && arg.Value.Kind() != facts.Unknown:
			out = append(out, *arg) // scopes="all-apis sql" is a list too
		case r.Elem == Each:
			for i := 0; ; i++ {
				v, ok, more := element(f, arg.Value, i)
				if !more {
					break
				}
				if ok {
					out = append(out, Arg{Row: r, Key: fmt.Sprintf("%s[%d]", arg.Key, i), Value: v})
				}
			}
		default:
			if v, ok, _ := element(f, arg.Value, r.Elem); ok {
				out = append(out, Arg{Row: r, Key: fmt.Sprintf("%s[%d]", arg.Key, r.Elem), Value: v})
			}
		}
	}
	return out
}

// element returns the literal written as element i of a tuple or list
// literal: front-ends keep such an argument as one unknown value, and
// every literal in code as a file Value, so the element is the Value that
// spans the i-th top-level item of the argument's source. more is false
// when the argument has no i-th item.
func element(f *facts.File, v facts.Value, i int) (w facts.Value, ok, more bool) {
	tf, src := f.Source.Tok, f.Source.Src
	if tf == nil || int(v.Pos) < tf.Base() || int(v.End) > tf.Base()+tf.Size() || v.Kind() != facts.Unknown {
		return facts.Value{}, false, false
	}
	start, end := tf.Offset(v.Pos), tf.Offset(v.End)
	if end > len(src) || end-start < 2 || !strings.ContainsRune("([", rune(src[start])) {
		return facts.Value{}, false, false
	}
	lo, hi, more := item(src[start+1:end-1], i)
	if !more {
		return facts.Value{}, false, false
	}
	lo, hi = lo+start+1, hi+start+1
	base, size := tf.Base(), tf.Size()
	for _, w := range f.Values {
		if int(w.Pos) >= base && int(w.End) <= base+size && tf.Offset(w.Pos) == lo && tf.Offset(w.End) == hi {
			w.Pos, w.End = v.Pos, v.End // used as the argument
			return w, true, true
		}
	}
	return facts.Value{}, false, true
}

// item finds the i-th comma-separated top-level item of src, spaces
// trimmed, skipping brackets and quoted strings.
func item(src []byte, i int) (int, int, bool) {
	depth, n, from := 0, 0, 0
	var quote byte
	for k := 0; k <= len(src); k++ {
		if k < len(src) {
			c := src[k]
			switch {
			case quote != 0:
				if c == '\\' {
					k++
				} else if c == quote {
					quote = 0
				}
				continue
			case c == '"' || c == '\'':
				quote = c
				continue
			case strings.IndexByte("([{", c) >= 0:
				depth++
				continue
			case strings.IndexByte(")]}", c) >= 0:
				depth--
				continue
			case c != ',' || depth > 0:
				continue
			}
		}
		if n == i {
			lo, hi := from, k
			for lo < hi && isSpace(src[lo]) {
				lo++
			}
			for hi > lo && isSpace(src[hi-1]) {
				hi--
			}
			return lo, hi, hi > lo
		}
		n++
		from = k + 1
	}
	return 0, 0, false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Matches reports whether a call's callee is the row's callee, possibly
// reached through a module, an object or an R namespace
// ("databricks.sql.connect", "cred.get_token", "httr::authenticate").
func Matches(callee, row string) bool {
	if !strings.HasSuffix(callee, row) {
		return false
	}
	rest := callee[:len(callee)-len(row)]
	return rest == "" || strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "::")
}

// Name is the last element of a callee: "ConfidentialClientApplication"
// of "msal.ConfidentialClientApplication", "authenticate" of "httr::authenticate".
func Name(callee string) string {
	return callee[strings.LastIndexAny(callee, ".:)")+1:]
}

// byName indexes Rows by the last element of their callee.
var byName = func() map[string][]int {
	m := map[string][]int{}
	for k, r := range Rows {
		m[Name(r.Callee)] = append(m[Name(r.Callee)], k)
	}
	return m
}()
