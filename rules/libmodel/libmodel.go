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
	Password     Carries = "password"       // a database or service password (DBX101)
	User         Carries = "user"           // the user name next to a password
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
	// when its callee is Callee or ends with "."+Callee, so "sql.connect"
	// matches databricks.sql.connect and "get_token" matches cred.get_token.
	Callee string
	Param  string // keyword argument name; "" when the argument is only positional
	Index  int    // position among the positional arguments; -1 when it is only a keyword
	Carries
}

// Rows is the table. Keep it sorted by language, then library.
var Rows = []Row{
	// Python
	{source.Python, "adal", "acquire_token_with_client_credentials", "resource", 0, Resource},
	{source.Python, "adal", "acquire_token_with_client_credentials", "client_secret", 2, ClientSecret},
	{source.Python, "azure-common", "ServicePrincipalCredentials", "secret", 1, ClientSecret},
	{source.Python, "azure-identity", "ClientSecretCredential", "client_secret", 2, ClientSecret},
	{source.Python, "azure-identity", "get_token", "", 0, Scope},
	{source.Python, "databricks-sdk", "WorkspaceClient", "token", -1, Token},
	{source.Python, "databricks-sdk", "WorkspaceClient", "client_secret", -1, Token},
	{source.Python, "databricks-sdk", "WorkspaceClient", "azure_client_secret", -1, ClientSecret},
	{source.Python, "databricks-sdk", "WorkspaceClient", "password", -1, Password},
	{source.Python, "databricks-sdk", "AccountClient", "token", -1, Token},
	{source.Python, "databricks-sdk", "AccountClient", "client_secret", -1, Token},
	{source.Python, "databricks-sdk", "AccountClient", "azure_client_secret", -1, ClientSecret},
	{source.Python, "databricks-sdk", "AccountClient", "password", -1, Password},
	{source.Python, "databricks-sdk", "Config", "token", -1, Token},
	{source.Python, "databricks-sdk", "Config", "client_secret", -1, Token},
	{source.Python, "databricks-sdk", "Config", "azure_client_secret", -1, ClientSecret},
	{source.Python, "databricks-sdk", "Config", "password", -1, Password},
	{source.Python, "databricks-sql-connector", "sql.connect", "access_token", -1, Token},
	{source.Python, "jaydebeapi", "jaydebeapi.connect", "url", 1, ConnURL},
	{source.Python, "msal", "ConfidentialClientApplication", "client_credential", 1, ClientSecret},
	{source.Python, "msal", "acquire_token_for_client", "scopes", 0, Scope},
	{source.Python, "oracledb", "oracledb.connect", "password", 1, Password},
	{source.Python, "oracledb", "oracledb.connect", "dsn", 2, Host},
	{source.Python, "psycopg2", "psycopg2.connect", "password", -1, Password},
	{source.Python, "psycopg2", "psycopg2.connect", "dsn", 0, ConnURL},
	{source.Python, "pymssql", "pymssql.connect", "password", 2, Password},
	{source.Python, "pymysql", "pymysql.connect", "password", -1, Password},
	{source.Python, "pyodbc", "pyodbc.connect", "", 0, ConnURL},
	{source.Python, "snowflake-connector-python", "snowflake.connector.connect", "password", -1, Password},
	{source.Python, "sqlalchemy", "create_engine", "url", 0, ConnURL},
	// Scala (and the Java APIs it calls)
	{source.Scala, "azure-identity", "clientSecret", "", 0, ClientSecret}, // new ClientSecretCredentialBuilder().clientSecret("…")
	{source.Scala, "java.sql", "DriverManager.getConnection", "", 0, ConnURL},
	{source.Scala, "java.sql", "DriverManager.getConnection", "", 2, Password},
	{source.Scala, "msal4j", "ClientCredentialFactory.createFromSecret", "", 0, ClientSecret},
	// R
	{source.R, "httr", "authenticate", "password", 1, Password},
	{source.R, "httr2", "req_auth_basic", "password", 2, Password},
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
	var out []Arg
	lang := f.LangAt(c.Pos)
	for _, r := range Rows {
		if r.Lang != lang || !Matches(c.Callee, r.Callee) {
			continue
		}
		found := false
		for _, kw := range c.Kwargs {
			if r.Param != "" && kw.Key == r.Param {
				out = append(out, Arg{Row: r, Key: kw.Key, Value: kw.Value})
				found = true
			}
		}
		if !found && r.Index >= 0 && r.Index < len(c.Args) {
			out = append(out, Arg{Row: r, Key: fmt.Sprintf("argument %d", r.Index+1), Value: c.Args[r.Index]})
		}
	}
	return out
}

// Matches reports whether a call's callee is the row's callee, possibly
// reached through a module or an object ("databricks.sql.connect",
// "cred.get_token").
func Matches(callee, row string) bool {
	return callee == row || strings.HasSuffix(callee, "."+row)
}

// Name is the last element of a callee: "ConfidentialClientApplication"
// of "msal.ConfidentialClientApplication".
func Name(callee string) string {
	return callee[strings.LastIndexAny(callee, ".)")+1:]
}
