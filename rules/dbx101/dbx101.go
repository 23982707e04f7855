// Package dbx101 reports database passwords written into JDBC URLs,
// connection options and properties instead of read from a secret scope.
package dbx101

import (
	_ "embed"
	"fmt"
	"go/token"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/secret"
	"github.com/bricklint/bricklint/rules/libmodel"

	"github.com/bricklint/bricklint/internal/meta"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX101",
	Name:      "jdbc-credential",
	Title:     "Database password written into a JDBC URL or connection option",
	Summary:   "A JDBC URL, connection option or properties map holds a literal password. Anyone who can read the notebook, the repository or its history can log in to the database; Databricks secret scopes keep the password out of code and redact it from notebook output.",
	Severity:  meta.Error,
	Security:  8.0,
	Precision: meta.High,
	CWE:       "CWE-798",
	Tags:      []string{"credentials", "jdbc"},
	Keywords:  []string{"password", "pwd", "passwd", "jdbc:"},
	Secret:    true,
	Help:      doc,
}

// Analyzer is the rule.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.ID,
	Doc:      Meta.Doc(),
	URL:      Meta.HelpURL(),
	Requires: []*analysis.Analyzer{extract.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[extract.Analyzer].(*facts.Unit)
	for _, f := range unit.Files {
		for _, v := range f.Values {
			checkURL(pass, f, v)
		}
		for _, c := range f.Calls {
			for _, a := range c.Args {
				checkURL(pass, f, a) // folded URLs: f"jdbc:...;password={pw}" passed by name
			}
			libraryArgs(pass, f, c)
			for _, k := range c.Kwargs {
				// --password on the command line of a tool that also gets a JDBC URL
				if k.Origin == facts.Flag && isPasswordKey(k.Key) && callHasJDBCURL(c) {
					checkPassword(pass, f, k)
				}
			}
		}
		dbFile := sync.OnceValue(func() bool { return hasDatabaseContext(f) })
		for _, p := range f.Pairs {
			checkURL(pass, f, p.Value)
			if isPasswordKey(p.Key) && inJDBCContext(p, dbFile) || isSparkConfPassword(p.Key) {
				checkPassword(pass, f, p)
			}
		}
	}
	return nil, nil
}

// passwordKeys are the option and property names JDBC drivers and the Spark
// connectors read a password from (case-insensitive).
var passwordKeys = map[string]bool{
	"password": true, "pwd": true, "passwd": true, "user.password": true,
	"sfpassword":   true,                             // Snowflake Spark connector
	"oauth2secret": true, "oauth2clientsecret": true, // Databricks/Simba JDBC OAuth M2M
}

func isPasswordKey(k string) bool {
	k = strings.ToLower(strings.TrimLeft(k, "-"))
	return passwordKeys[k] || passwordKeys[strings.ReplaceAll(k, "-", "")] ||
		k == "db-password" || k == "jdbc-password" || k == "db_password" || k == "jdbc_password"
}

// isSparkConfPassword matches Spark and Hadoop properties that hold a database
// password, e.g. spark.hadoop.javax.jdo.option.ConnectionPassword (the Hive
// metastore database) or a connector's spark.*.jdbc.password.
func isSparkConfPassword(k string) bool {
	k = strings.ToLower(k)
	return (strings.HasPrefix(k, "spark.") || strings.HasPrefix(k, "javax.jdo.")) && strings.HasSuffix(k, "password")
}

// dbCallee matches calls that open or configure a database connection.
var dbCallee = regexp.MustCompile(`(?i)jdbc|getconnection|\bconnect$|dbconnect|read\.df|write\.df|spark_read|spark_write|create_engine|odbc|snowflake|redshift|postgres|psycopg|mysql|mssql|oracle|teradata|db2|\.options?\(`)

// dbContainer matches names of dicts, maps and blocks that hold connection settings.
var dbContainer = regexp.MustCompile(`(?i)jdbc|conn|prop|option|db|database|sql|snowflake|credential`)

// inJDBCContext decides whether a password-named pair configures a database
// connection. Spark options, SQL OPTIONS clauses and connection resources
// always do; dicts, properties and keyword arguments do when their container
// or call is about a database, or when the file talks to one.
func inJDBCContext(p facts.Pair, dbFile func() bool) bool {
	switch p.Origin {
	case facts.OptionCall, facts.SQLOption:
		return true
	case facts.KeywordArg:
		return dbCallee.MatchString(p.Path)
	case facts.DictEntry, facts.PropertyPut:
		return dbContainer.MatchString(p.Path) || dbFile()
	case facts.HCLAttr, facts.JSONMember, facts.YAMLEntry:
		return strings.Contains(p.Path, "databricks_connection") || strings.Contains(strings.ToLower(p.Path), "jdbc") ||
			strings.HasSuffix(p.Path, ".options") || strings.HasSuffix(p.Path, "/options")
	}
	return false
}

// hasDatabaseContext reports whether a file builds JDBC URLs or calls a
// database API, which makes a "password" entry of any dict in it suspect.
func hasDatabaseContext(f *facts.File) bool {
	for _, v := range f.Values {
		if isJDBCURL(v.Text()) {
			return true
		}
	}
	for _, c := range f.Calls {
		if dbCallee.MatchString(c.Callee) {
			return true
		}
	}
	return false
}

// checkPassword reports a password pair whose value is written in the repository.
func checkPassword(pass *analysis.Pass, f *facts.File, p facts.Pair) {
	v := p.Value
	text := v.Text()
	if v.Type != facts.String || !v.IsKnown() || secret.IsStandIn(text) || isJDBCURL(text) {
		return
	}
	what := "a literal password"
	if secret.IsDefaultPassword(text) {
		host := connectionHost(f, p)
		if host == "" {
			return // a default password with no real host: a local or test database
		}
		what = fmt.Sprintf("the well-known default password for %s", host)
	}
	pos, end := v.Span(0, len(text))
	via := ""
	if v.Via != "" && v.Via != p.Key {
		via = fmt.Sprintf(" (through %q)", v.Via)
	}
	report(pass, pos, end, v,
		fmt.Sprintf("%s %q is %s%s (%q); %s", kindOf(p), p.Key, what, via, secret.Redact(text), secret.FixHint(f, pos)))
}

// callHasJDBCURL reports whether a command line carries a JDBC URL.
func callHasJDBCURL(c facts.Call) bool {
	for _, v := range c.Args {
		if isJDBCURL(v.Text()) {
			return true
		}
	}
	for _, k := range c.Kwargs {
		if isJDBCURL(k.Value.Text()) {
			return true
		}
	}
	return false
}

func kindOf(p facts.Pair) string {
	switch p.Origin {
	case facts.Flag:
		return "command-line flag"
	case facts.ConfSet, facts.JSONMember, facts.YAMLEntry, facts.HCLAttr:
		if isSparkConfPassword(p.Key) {
			return "Spark property"
		}
	case facts.OptionCall:
		return "JDBC option"
	case facts.SQLOption:
		return "connection option"
	case facts.KeywordArg:
		return "connection argument"
	}
	return "connection property"
}

// urlCredential finds credentials inside a JDBC URL. Each pattern's last
// group is the password.
var urlCredential = []*regexp.Regexp{
	// key=value parameters: SQL Server ;password=, PostgreSQL/MySQL/Snowflake ?password= &password=,
	// Databricks/Simba ;PWD=, DB2 :password=, Teradata ,PASSWORD=. SQL Server allows {braced} values.
	// {{...}} is a Databricks secret or dynamic value reference, not a braced value.
	regexp.MustCompile(`(?i)[;?&:,/]\s*(?:password|pwd|passwd|user\.password|oauth2secret|oauth2clientsecret)\s*=\s*(\{\{[^}]*\}\}|\{[^}]*\}|[^;&,\s"'\x00]+|\x00[^\x00]*\x00[^;&,\s"']*)`),
	// user:password@host (MySQL, MariaDB, PostgreSQL, Redshift).
	regexp.MustCompile(`//[^/:@\s;?]+:([^@/\s;?]+)@`),
	// Oracle thin: user/password@host.
	regexp.MustCompile(`(?i)jdbc:oracle:thin:[^/@:\s]+/([^@\s]+)@`),
}

func isJDBCURL(s string) bool { return secret.IndexFold(s, "jdbc:") >= 0 }

// odbcRE recognises an ODBC or ADO.NET connection string ("Driver={ODBC
// Driver 18 for SQL Server};Server=...;PWD=..."), which holds a password
// the same way a SQL Server JDBC URL does.
var odbcRE = regexp.MustCompile(`(?i)(?:^|;)\s*(?:driver|server|data source|dsn)\s*=`)

// checkURL reports a literal password inside a JDBC URL or an ODBC
// connection string.
func checkURL(pass *analysis.Pass, f *facts.File, v facts.Value) {
	text := v.Text()
	start := secret.IndexFold(text, "jdbc:")
	if start < 0 {
		if !strings.Contains(text, ";") || !odbcRE.MatchString(text) {
			return
		}
		start = 0
	}
	for _, re := range urlCredential {
		for _, m := range re.FindAllStringSubmatchIndex(text[start:], -1) {
			i, j := start+m[len(m)-2], start+m[len(m)-1]
			if braced := text[i] == '{' && !strings.HasPrefix(text[i:], "{{"); braced && j-i >= 2 {
				i, j = i+1, j-1 // SQL Server's {braced} value: report what is inside
			}
			pw := text[i:j]
			if !v.KnownAt(i, j) || secret.IsStandIn(pw) {
				continue
			}
			what := "a literal password"
			if secret.IsDefaultPassword(pw) {
				host := realHost(jdbcHost(text[start:]))
				if host == "" {
					continue // a local or test database
				}
				what = fmt.Sprintf("the well-known default password for %s", host)
			}
			pos, end := v.Span(i, j)
			report(pass, pos, end, v,
				fmt.Sprintf("JDBC URL embeds %s (%q); %s", what, secret.Redact(pw), secret.URLFixHint(f, pos)))
		}
	}
}

// report adds the place of use as related information when the literal is
// written elsewhere (a constant from an earlier cell, a Terraform variable).
func report(pass *analysis.Pass, pos, end token.Pos, use facts.Value, msg string) {
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg}
	d.Related = use.UsedHere(pos, end)
	pass.Report(d)
}

// libraryArgs checks the arguments that the library model says carry a
// password or a connection URL: psycopg2.connect(password=…),
// oracledb.connect(user, password, dsn), create_engine("postgresql://u:p@h/db").
func libraryArgs(pass *analysis.Pass, f *facts.File, c facts.Call) {
	for _, a := range libmodel.Args(f, c) {
		switch a.Carries {
		case libmodel.Password:
			key := a.Param
			if key == "" || key != a.Key {
				key = "password"
			}
			checkPassword(pass, f, facts.Pair{Key: key, KeyPos: a.Value.Pos, KeyEnd: a.Value.End, Path: c.Callee,
				Value: a.Value, Origin: facts.KeywordArg})
		case libmodel.ConnURL:
			checkUserinfo(pass, f, a.Value)
		}
	}
}

// userinfoRE finds the password of a URL's user:password@ (SQLAlchemy,
// libpq and MongoDB URLs); JDBC URLs are checkURL's.
var userinfoRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]+:([^@/\s]+)@([^:/?#\s]*)`)

// checkUserinfo reports a literal password in the user:password@ part of
// a connection URL.
func checkUserinfo(pass *analysis.Pass, f *facts.File, v facts.Value) {
	text := v.Text()
	m := userinfoRE.FindStringSubmatchIndex(text)
	if m == nil || isJDBCURL(text) {
		return
	}
	i, j := m[2], m[3]
	pw := text[i:j]
	if !v.KnownAt(i, j) || secret.IsStandIn(pw) {
		return
	}
	what := "a literal password"
	if secret.IsDefaultPassword(pw) {
		host := ""
		if v.KnownAt(m[4], m[5]) {
			host = realHost(text[m[4]:m[5]])
		}
		if host == "" {
			return // a local or test database
		}
		what = fmt.Sprintf("the well-known default password for %s", host)
	}
	pos, end := v.Span(i, j)
	report(pass, pos, end, v,
		fmt.Sprintf("connection URL embeds %s (%q); %s", what, secret.Redact(pw), secret.URLFixHint(f, pos)))
}
