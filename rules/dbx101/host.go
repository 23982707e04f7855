package dbx101

import (
	"net"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/secret"
	"github.com/bricklint/bricklint/rules/libmodel"
)

// A well-known default password (secret.IsDefaultPassword) is no finding on
// its own: it is what tutorials, local containers and test databases use.
// Sent to a real host it is a working credential that everyone knows, and
// DBX101 reports it. The host is the JDBC URL's, or the one configured next
// to the password: in the same call or option chain, the same OPTIONS
// clause, dict or JSON/YAML/Terraform object.

// hostKeys are the option, property and argument names that say where a
// connection goes (lower case, no separators).
var hostKeys = map[string]bool{
	"url": true, "jdbcurl": true, "host": true, "hostname": true, "server": true, "serverhostname": true,
	"datasource": true, "address": true, "endpoint": true, "dsn": true, "sfurl": true, "account": true,
}

// genericHosts are host names that stand for a host in templates
// ("jdbc:postgresql://host:5432/db") or are the service names of a
// docker-compose file's database container, reachable only from it.
var genericHosts = map[string]bool{
	"host": true, "hostname": true, "server": true, "servername": true, "dbhost": true, "db-host": true,
	"myhost": true, "myserver": true, "db": true, "database": true, "postgres": true, "postgresql": true,
	"mysql": true, "mariadb": true, "mssql": true, "sqlserver": true, "oracle": true,
}

// realHost returns the host when it names a system someone runs: known text,
// not a stand-in ("<server>", "example.com"), not this machine or a
// container started for a test. "" otherwise.
func realHost(host string) string {
	host = strings.ToLower(strings.Trim(strings.TrimSpace(host), "[]"))
	host = strings.TrimPrefix(host, "tcp:")
	if host == "" || strings.ContainsRune(host, 0) || secret.IsStandIn(host) {
		return ""
	}
	switch {
	case host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "host.docker.internal" ||
		host == "0.0.0.0" || host == "(local)" || host == "." || strings.Contains(host, "testcontainers"):
		return ""
	}
	if genericHosts[host] {
		return ""
	}
	if ip := net.ParseIP(host); ip != nil && (ip.IsLoopback() || ip.IsUnspecified()) {
		return ""
	}
	return host
}

// jdbcHost is the host of a JDBC URL or ODBC connection string, or "" when
// it has none that is known: jdbc:postgresql://u:p@host:5432/db,
// jdbc:sqlserver://host:1433;…, jdbc:oracle:thin:u/p@//host:1521/svc,
// Server=tcp:host,1433;…. Testcontainers URLs (jdbc:tc:) and embedded
// databases (H2, Derby, SQLite) have no host.
func jdbcHost(text string) string {
	lower := strings.ToLower(text)
	if i := strings.Index(lower, "jdbc:"); i >= 0 {
		rest := lower[i+len("jdbc:"):]
		if strings.HasPrefix(rest, "tc:") {
			return ""
		}
		if j := strings.Index(rest, "//"); j >= 0 {
			rest = rest[j+2:]
		} else if j := strings.LastIndexByte(rest, '@'); j >= 0 {
			rest = rest[j+1:] // Oracle thin without //: u/p@host:1521:sid
		} else {
			return ""
		}
		if j := strings.IndexAny(rest, "/;?,"); j >= 0 {
			rest = rest[:j]
		}
		if j := strings.LastIndexByte(rest, '@'); j >= 0 {
			rest = rest[j+1:]
		}
		return trimPort(rest)
	}
	for _, part := range strings.Split(lower, ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "server", "data source", "host", "hostname":
			v = strings.TrimPrefix(strings.TrimSpace(v), "tcp:")
			if j := strings.IndexByte(v, ','); j >= 0 {
				v = v[:j]
			}
			return trimPort(v)
		}
	}
	return ""
}

// trimPort drops ":port" (but not the colons of an IPv6 address).
func trimPort(hostport string) string {
	if strings.HasPrefix(hostport, "[") {
		if j := strings.IndexByte(hostport, ']'); j >= 0 {
			return hostport[1:j]
		}
	}
	if strings.Count(hostport, ":") == 1 {
		hostport = hostport[:strings.IndexByte(hostport, ':')]
	}
	return hostport
}

// valueHost is the host a configured value names: a JDBC URL's, a URL's, or
// the value itself under a host key.
func valueHost(key string, v facts.Value) string {
	text := v.Text()
	if h := jdbcHost(text); h != "" {
		return h
	}
	if h := facts.URLHost(text); h != "" {
		return h
	}
	if hostKeys[normalise(key)] && v.IsKnown() {
		return trimPort(text)
	}
	return ""
}

func normalise(key string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", ".", "", " ", "").Replace(strings.TrimLeft(key, "-")))
}

// connectionHost returns the real host a password pair is sent to, or "".
// The connection is the outermost call that contains the pair (an option
// chain, a connect(...) call, a command line), else the pair's container
// (an OPTIONS clause, a dict, a JSON/YAML object, a Terraform block) and the
// calls it is passed to by name.
func connectionHost(f *facts.File, p facts.Pair) string {
	var outer *facts.Call
	for i := range f.Calls {
		c := &f.Calls[i]
		if c.Pos <= p.KeyPos && p.KeyPos < c.End && (outer == nil || c.End-c.Pos > outer.End-outer.Pos) {
			outer = c
		}
	}
	var hosts []string
	add := func(key string, v facts.Value) {
		if h := realHost(valueHost(key, v)); h != "" {
			hosts = append(hosts, h)
		}
	}
	addCall := func(c *facts.Call) {
		for _, a := range c.Args {
			add("", a)
		}
		for _, k := range c.Kwargs {
			add(k.Key, k.Value)
		}
		for _, a := range libmodel.Args(f, *c) {
			if a.Carries == libmodel.Host && a.Value.IsKnown() { // oracledb.connect(user, pw, "host:1521/svc")
				host, _, _ := strings.Cut(a.Value.Text(), "/")
				if h := realHost(trimPort(host)); h != "" {
					hosts = append(hosts, h)
				}
			}
		}
	}
	if outer != nil {
		for i := range f.Calls {
			if c := &f.Calls[i]; outer.Pos <= c.Pos && c.End <= outer.End {
				addCall(c)
			}
		}
		for _, q := range f.Pairs {
			if outer.Pos <= q.KeyPos && q.KeyPos < outer.End {
				add(q.Key, q.Value)
			}
		}
	} else {
		// A dict is recorded under its name and under each callee it is
		// passed to; the call that reads it names it.
		names := map[string]bool{}
		for _, q := range f.Pairs {
			if q.KeyPos == p.KeyPos {
				names[q.Path] = true
			}
		}
		for _, q := range f.Pairs {
			if names[q.Path] {
				add(q.Key, q.Value)
			}
		}
		for i := range f.Calls {
			if c := &f.Calls[i]; names[c.Callee] && passes(c, names) {
				addCall(c)
			}
		}
	}
	if len(hosts) == 0 {
		return ""
	}
	return hosts[0]
}

// passes reports whether a call passes one of the named containers.
func passes(c *facts.Call, names map[string]bool) bool {
	refers := func(v facts.Value) bool {
		if names[v.Via] {
			return true
		}
		for _, part := range v.Parts {
			if part.Kind != facts.Literal && part.Kind != facts.Folded {
				what := strings.Trim(part.Text, "\x00")
				if names[what[strings.IndexByte(what, ':')+1:]] {
					return true
				}
			}
		}
		return false
	}
	for _, a := range c.Args {
		if refers(a) {
			return true
		}
	}
	for _, k := range c.Kwargs {
		if refers(k.Value) {
			return true
		}
	}
	return false
}
