// Package dbx104 reports secrets written as plain values where Databricks
// expects a secret reference: databricks_secret.string_value, sensitive
// Terraform variables with a default, secret-named environment variables and
// job parameters, and `databricks secrets put-secret` with a literal value.
// Credentials that a more specific rule recognises (JDBC URLs, Databricks
// tokens, cloud credentials) are left to DBX101, DBX102 and DBX103.
package dbx104

import (
	_ "embed"
	"fmt"
	"go/token"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/internal/secret"
	"github.com/bricklint/bricklint/rules/libmodel"
)

//go:embed doc.md
var doc string

// Meta describes the rule.
var Meta = meta.Meta{
	ID:        "DBX104",
	Name:      "plaintext-secret",
	Title:     "Secret written as a plain value where a secret reference belongs",
	Summary:   "A password, token or API key is written as a literal in a place made for secrets: a databricks_secret's string_value, a sensitive Terraform variable's default, a secret-named cluster environment variable or job parameter, or a `databricks secrets put-secret` command. Cluster environment variables and job parameters are readable by everyone who can attach to the cluster or view the job; reference a secret scope with {{secrets/<scope>/<key>}} instead.",
	Severity:  meta.Warning,
	Security:  7.0,
	Precision: meta.High,
	CWE:       "CWE-798",
	Tags:      []string{"credentials", "secrets"},
	// A finding needs a secret-named key (its name holds one of these), a
	// sensitive variable, a secret being put or an Authorization header.
	Keywords: []string{"string_value", "string-value", "sensitive", "pass", "pwd", "secret", "token", "credential",
		"api_key", "api-key", "apikey", "private_key", "privatekey", "authorization"},
	Secret: true,
	Help:   doc,
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
	sensitive, owned := sensitiveVariables(unit)
	jdbc := findJDBCURLs(unit)
	for _, f := range unit.Files {
		r := &reporter{pass: pass, all: unit, file: f, sensitive: sensitive, owned: owned, jdbc: jdbc}
		for _, b := range f.Blocks {
			b.Walk(r.block)
		}
		for _, p := range f.Pairs {
			r.pair(p)
		}
		for _, c := range f.Calls {
			r.call(c)
		}
		for _, req := range f.Requests {
			r.request(req)
		}
	}
	return nil, nil
}

// sensitiveVariables returns the unit's Terraform variables declared
// sensitive = true or named like a secret (db_password, client_secret,
// api_token: marking it sensitive only hides it from plan output, and
// forgetting to does not make a literal default any less committed),
// mapped to whether another rule owns their value where it is used: DBX101
// reports the passwords of databricks_connection, DBX103 cloud credentials
// (Azure provider and backend secrets, storage keys). It also returns
// where the literals those rules own are written.
func sensitiveVariables(unit *facts.Unit) (map[string]bool, map[token.Pos]bool) {
	vars := map[string]bool{}
	for _, f := range unit.Files {
		for _, b := range f.Blocks {
			if b.Type != "variable" || len(b.Labels) != 1 {
				continue
			}
			if s, ok := b.Get("sensitive"); ok && s.Value.Text() == "true" || isSecretName(b.Labels[0]) {
				vars[b.Labels[0]] = false
			}
		}
	}
	owned := map[token.Pos]bool{}
	for _, f := range unit.Files {
		for _, p := range f.Pairs {
			if !ownedElsewhere(p) {
				continue
			}
			// Where the value is written: a child module's connection
			// reads the literal its caller passes under another name.
			for _, part := range p.Value.Parts {
				if part.Kind == facts.Literal {
					owned[part.Pos] = true
				}
			}
			if name, ok := strings.CutPrefix(p.Value.Via, "var."); ok {
				if _, declared := vars[name]; declared {
					vars[name] = true
				}
			}
		}
	}
	return vars, owned
}

// ownedElsewhere reports whether a more specific rule reports the value of
// a Terraform pair: a cloud credential (DBX103), a databricks_connection
// option, or a database password in a connection's options or a Spark
// property (DBX101).
func ownedElsewhere(p facts.Pair) bool {
	if _, cloud := secret.CloudCredentialKey(p.Path, p.Key); cloud || strings.Contains(p.Path, "databricks_connection") {
		return true
	}
	k := strings.ToLower(p.Key)
	return p.Origin == facts.HCLAttr && strings.HasSuffix(k, "password") &&
		(strings.HasPrefix(k, "spark.") || strings.HasSuffix(p.Path, ".options"))
}

// jdbcURLs records what JDBC URLs are made of: a variable whose default is
// the password of a URL template ("…;password=${var.db_password}") is
// DBX101's finding, not this rule's.
type jdbcURLs struct {
	parts map[token.Pos]bool // where the literals of folded URLs are written
	vars  map[string]bool    // variables a URL reads without a known value
}

func findJDBCURLs(unit *facts.Unit) jdbcURLs {
	u := jdbcURLs{parts: map[token.Pos]bool{}, vars: map[string]bool{}}
	add := func(v facts.Value) {
		if len(v.Parts) < 2 || secret.IndexFold(v.Text(), "jdbc:") < 0 {
			return
		}
		for _, p := range v.Parts {
			u.parts[p.Pos] = true
			if name, ok := strings.CutPrefix(strings.Trim(p.Text, "\x00"), facts.VarRef.String()+":var."); ok && p.Kind == facts.VarRef {
				u.vars[name] = true
			}
		}
	}
	for _, f := range unit.Files {
		for _, v := range f.Values {
			add(v)
		}
		for _, p := range f.Pairs {
			add(p.Value)
		}
		for _, c := range f.Calls {
			for _, a := range c.Args {
				add(a)
			}
		}
	}
	return u
}

// reporter reports one file's findings.
type reporter struct {
	pass      *analysis.Pass
	all       *facts.Unit
	file      *facts.File
	sensitive map[string]bool    // sensitive variable -> another rule owns its value
	owned     map[token.Pos]bool // literals another rule reports where they are used
	jdbc      jdbcURLs
}

// ownedValue reports whether another rule reports the value where it is
// used (a child module's connection password set from this literal).
func (r *reporter) ownedValue(v facts.Value) bool {
	for _, p := range v.Parts {
		if r.owned[p.Pos] {
			return true
		}
	}
	return false
}

// variableKind names a variable in messages: "sensitive variable" when it
// is declared so, else "secret-named variable".
func variableKind(b *facts.Block) string {
	if s, ok := b.Get("sensitive"); ok && s.Value.Text() == "true" {
		return "sensitive variable"
	}
	return "secret-named variable"
}

// variableKind names the variable a tfvars entry sets.
func (r *reporter) variableKind(name string) string {
	for _, f := range r.all.Files {
		for _, b := range f.Blocks {
			if b.Type == "variable" && len(b.Labels) == 1 && b.Labels[0] == name {
				return variableKind(b)
			}
		}
	}
	return "secret-named variable"
}

// Fixes, by where the secret is written.
const (
	// Secret references are resolved in spark_conf and spark_env_vars only.
	envFix   = "reference a secret instead: {{secrets/<scope>/<key>}}"
	paramFix = "pass the secret's scope and key instead and read it in the task with dbutils.secrets.get(scope, key)"
	cliFix   = "leave out --string-value so that the CLI reads the value from stdin (pipe it from your vault)"
	restFix  = "send the value from the environment or your vault, never from the repository"
	varFix   = "drop the default and pass the value at deploy time (--var or BUNDLE_VAR_<name>), or reference {{secrets/<scope>/<key>}} where it is used"
)

// block reports Terraform databricks_secret string values, sensitive
// variables' defaults, and name/default parameter definitions (job
// parameters, Terraform parameter blocks, Databricks Apps env entries).
func (r *reporter) block(b *facts.Block) {
	switch {
	case b.Type == "resource" && len(b.Labels) == 2 && b.Labels[0] == "databricks_secret":
		if k, ok := b.Get("key"); ok && k.Value.IsKnown() && namesIdentifier(k.Value.Text()) {
			return // a user name or host kept beside its password is no secret
		}
		if p, ok := b.Get("string_value"); ok {
			r.literal(p.Value, fmt.Sprintf("databricks_secret %q string_value is a literal", b.Labels[1]), secret.FixHint(r.file, p.Value.Pos))
		}
		return
	case b.Type == "variable" && len(b.Labels) == 1:
		if owned, ok := r.sensitive[b.Labels[0]]; ok && !owned {
			if p, ok := b.Get("default"); ok && !r.ownedValue(p.Value) {
				kind, msg := variableKind(b), ""
				if kind != "sensitive variable" {
					// Say so: the value is also shown in plan output.
					msg = " and is not marked sensitive"
				}
				r.literal(p.Value, fmt.Sprintf("%s %q has a literal default%s", kind, b.Labels[0], msg), secret.FixHint(r.file, p.Value.Pos))
			}
		}
		return
	}
	for _, key := range argLists {
		r.flagValues(b, key)
	}
	name, ok := b.Get("name")
	if !ok || !isSecretName(name.Value.Text()) {
		return
	}
	switch b.Type {
	case "parameters", "parameter": // jobs: [{name, default}], Terraform parameter {name, default}
		if p, ok := b.Get("default"); ok {
			n := name.Value.Text()
			r.taskParam(n, p.Value, fmt.Sprintf("job parameter %q has a literal default", n), fmt.Sprintf("job parameter %q's default", n))
		}
	case "env": // Databricks Apps app.yaml: env: [{name, value}]
		if p, ok := b.Get("value"); ok {
			r.literal(p.Value, fmt.Sprintf("environment variable %q is a literal", name.Value.Text()),
				"reference an app resource instead (valueFrom)")
		}
	}
}

// argLists are the keys of command-line argument lists handed to a task:
// spark_python_task, python_wheel_task, spark_jar_task and spark_submit_task
// parameters in bundles and job JSON, and the run-now overrides.
var argLists = []string{"parameters", "python_params", "jar_params", "spark_submit_params"}

// flagValues reports the literal after a secret-named flag in b's argument
// list key: ["--password", "…"] and ["--api-token=…"]. A bundle value
// resolved per target is several pairs at one place, all the flag's value.
func (r *reporter) flagValues(b *facts.Block, key string) {
	var args []facts.Pair
	for _, p := range b.Pairs {
		if p.Key == key {
			args = append(args, p)
		}
	}
	for i := 0; i < len(args); i++ {
		text := args[i].Value.Text()
		flag, _, inline := strings.Cut(text, "=")
		if !strings.HasPrefix(flag, "-") || !isSecretName(strings.TrimLeft(flag, "-")) {
			continue
		}
		name := strings.TrimLeft(flag, "-")
		what := fmt.Sprintf("task argument %q is followed by a literal", flag)
		if inline {
			if args[i].Value.KnownAt(0, len(flag)+1) {
				r.taskParam(name, args[i].Value.Slice(len(flag)+1, len(text)), what+via(args[i].Value), fmt.Sprintf("task argument %q", flag))
			}
			continue
		}
		for j := i + 1; j < len(args) && args[j].Value.Pos == args[i+1].Value.Pos && !strings.HasPrefix(args[j].Value.Text(), "-"); j++ {
			r.taskParam(name, args[j].Value, what+via(args[j].Value), fmt.Sprintf("task argument %q", flag))
			i = j
		}
	}
}

// via names the variable a value was folded from, for a message.
func via(v facts.Value) string {
	if v.Via == "" {
		return ""
	}
	return fmt.Sprintf(" (through %s)", v.Via)
}

// valueContainers are the maps whose keys name environment variables or
// parameters handed to code at run time.
var valueContainers = map[string]struct{ what, fix string }{
	"spark_env_vars":   {"cluster environment variable", envFix},
	"base_parameters":  {"notebook parameter", paramFix},
	"job_parameters":   {"job parameter", paramFix},
	"named_parameters": {"wheel parameter", paramFix},
	"parameters":       {"task parameter", paramFix}, // sql_task.parameters (a map)
	// Jobs API run-now and runs/submit overrides.
	"notebook_params":     {"notebook parameter", paramFix},
	"python_named_params": {"wheel parameter", paramFix},
	// env maps of other YAML (CI workflows, compose files) hold literals as badly.
	"env":         {"environment variable", "reference a secret of your secret store instead"},
	"environment": {"environment variable", "reference a secret of your secret store instead"},
}

// container is the last element of a pair's path: "spark_env_vars" of
// "/tasks/0/new_cluster/spark_env_vars" or "resources.jobs.x.tasks[0].new_cluster.spark_env_vars".
func container(path string) string {
	if i := strings.LastIndexAny(path, "./"); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.IndexByte(path, '['); i >= 0 {
		path = path[:i]
	}
	return path
}

func (r *reporter) pair(p facts.Pair) {
	if strings.HasSuffix(strings.ToLower(p.Key), "sasl.jaas.config") {
		r.jaasPassword(p)
		return
	}
	if p.Origin == facts.HCLAttr && (strings.HasSuffix(r.file.Source.Path, ".tfvars") || strings.HasSuffix(r.file.Source.Path, ".tfvars.json")) {
		if owned, ok := r.sensitive[p.Key]; ok && !owned && p.Path == "" && !r.ownedValue(p.Value) {
			r.literal(p.Value, fmt.Sprintf("value of %s %q is committed in a .tfvars file", r.variableKind(p.Key), p.Key),
				"pass it as TF_VAR_"+p.Key+" from a secret store")
		}
		return
	}
	if name, ok := bundleVariable(p); ok {
		if isSecretName(name) && !r.jdbc.vars[name] {
			r.literal(p.Value, fmt.Sprintf("bundle variable %q has a literal default", name), varFix)
		}
		return
	}
	if !isSecretName(p.Key) {
		return
	}
	switch {
	case p.Origin == facts.EnvAssign || p.Origin == facts.KeywordArg && p.Path == "Sys.setenv":
		r.literal(p.Value, fmt.Sprintf("environment variable %q is a literal", p.Key), secret.FixHint(r.file, p.Value.Pos))
	case p.Origin == facts.INIKey:
		r.literal(p.Value, fmt.Sprintf("profile key %q is a literal", p.Key), secret.FixHint(r.file, p.Value.Pos))
	case p.Origin == facts.HCLAttr && container(p.Path) == "templatefile":
		r.literal(p.Value, fmt.Sprintf("templatefile() variable %q is a literal%s", p.Key, via(p.Value)), secret.FixHint(r.file, p.Value.Pos))
	case p.Origin == facts.YAMLEntry || p.Origin == facts.JSONMember || p.Origin == facts.HCLAttr:
		c, ok := valueContainers[container(p.Path)]
		if !ok {
			return
		}
		what := fmt.Sprintf("%s %q is a literal%s", c.what, p.Key, via(p.Value))
		if c.fix == paramFix {
			r.taskParam(p.Key, p.Value, what, fmt.Sprintf("%s %q", c.what, p.Key))
			return
		}
		r.literal(p.Value, what, c.fix)
	}
}

// taskParam reports the literal value v of a job or task parameter name
// (named what): as any literal secret, and also when it is a well-known
// default password (changeme, admin) given to a parameter that names a
// password. Elsewhere such a value is a stand-in, but a deployed job hands
// it to a task that logs in with it: the system it reaches uses it.
func (r *reporter) taskParam(name string, v facts.Value, msg, what string) {
	if v.Type == facts.String && v.IsKnown() && namesPassword(name) && secret.IsDefaultPassword(v.Text()) {
		pos, end := v.Span(0, len(v.Text()))
		d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name,
			Message: fmt.Sprintf("%s is the well-known default password %q%s; %s", what, secret.Redact(v.Text()), via(v), paramFix)}
		d.Related = v.UsedHere(pos, end)
		r.pass.Report(d)
		return
	}
	r.literal(v, msg, paramFix)
}

// namesPassword reports whether a name's last word is a password's
// (db_password, warehouse-pwd), not a token's or key's: default passwords
// are passwords.
func namesPassword(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "password", "passwd", "pass", "pwd":
		return true
	}
	return false
}

// jaasPassword reports the literal password of a Kafka JAAS login module
// (`kafka.sasl.jaas.config` = `… ScramLoginModule required username="…"
// password="…";`, PLAIN or SCRAM), however the string was built. An Event
// Hubs connection string given as the password is DBX103's (literal skips
// cloud credentials).
func (r *reporter) jaasPassword(p facts.Pair) {
	text := p.Value.Text()
	at := secret.IndexFold(text, "password=")
	if at < 0 || at+len("password=") >= len(text) {
		return
	}
	start := at + len("password=")
	quote := text[start]
	if quote != '"' && quote != '\'' {
		return
	}
	end := strings.IndexByte(text[start+1:], quote)
	if end < 0 {
		return
	}
	r.literal(p.Value.Slice(start+1, start+1+end), fmt.Sprintf("Kafka JAAS config %q has a literal password", p.Key),
		secret.FixHint(r.file, p.Value.Pos))
}

// bundleVariable returns the name of the bundle variable whose default (or
// target override) the pair sets: variables.<name>.default, or
// targets.<t>.variables.<name> in its short form.
func bundleVariable(p facts.Pair) (string, bool) {
	if p.Origin != facts.YAMLEntry {
		return "", false
	}
	if p.Key == "default" {
		path := p.Path
		if i := strings.LastIndex(path, "variables."); i >= 0 && (i == 0 || path[i-1] == '.') {
			if name := path[i+len("variables."):]; name != "" && !strings.ContainsAny(name, ".[") {
				return name, true
			}
		}
	}
	if p.Path == "variables" || strings.HasSuffix(p.Path, ".variables") && strings.HasPrefix(p.Path, "targets.") {
		return p.Key, true
	}
	return "", false
}

// call reports the tokens the library model knows (rules/libmodel),
// `databricks secrets put-secret … --string-value X` (and the
// legacy `databricks secrets put`), the --json form, and the SDK's
// w.secrets.put_secret(scope, key, string_value=…).
func (r *reporter) call(c facts.Call) {
	for _, a := range libmodel.Args(r.file, c) {
		switch a.Carries { // rules/libmodel
		case libmodel.Token: // WorkspaceClient(token=…), sql.connect(access_token=…)
			r.literal(a.Value, fmt.Sprintf("%s(%s=…) is given a literal %s credential", a.Callee, a.Key, a.Library),
				secret.FixHint(r.file, a.Value.Pos))
		case libmodel.HTTPPassword: // requests.get(url, auth=(user, "…")), httr::authenticate(user, "…")
			r.literal(a.Value, fmt.Sprintf("%s %s is a literal HTTP basic-auth password", a.Callee, a.Key),
				secret.FixHint(r.file, a.Value.Pos))
		}
	}
	switch {
	case c.Callee == "databricks secrets put-secret" || c.Callee == "databricks secrets put":
		for _, kw := range c.Kwargs {
			switch kw.Key {
			case "--string-value":
				r.literal(kw.Value, "`"+c.Callee+"` is given the secret on the command line", cliFix)
			case "string_value": // a member of --json '{"scope": …, "string_value": …}'
				r.literal(kw.Value, "`"+c.Callee+" --json` carries the secret", cliFix)
			}
		}
	case strings.HasSuffix(c.Callee, "secrets.put_secret"):
		for _, kw := range c.Kwargs {
			if kw.Key == "string_value" {
				r.literal(kw.Value, "secrets.put_secret string_value is a literal", restFix)
			}
		}
		if len(c.Args) >= 3 {
			r.literal(c.Args[2], "secrets.put_secret string_value is a literal", restFix)
		}
	}
}

// request reports a literal credential in an Authorization header, a
// literal password in a request body (an OAuth password grant, a login
// form or JSON body, however the body was built), and POST
// /api/2.0/secrets/put with a literal string_value.
func (r *reporter) request(req facts.Request) {
	for _, h := range req.Headers {
		r.authorization(req, h)
	}
	for _, p := range req.Params {
		if (p.Origin == facts.FormParam || p.Origin == facts.JSONBody) && namesPassword(p.Key) {
			r.literal(p.Value, fmt.Sprintf("the %s body parameter of %s is a literal password", p.Key, req.Tool), restFix)
		}
	}
	if !strings.Contains(req.URL.Text(), "/secrets/put") {
		return
	}
	for _, p := range req.Params {
		if p.Key == "string_value" {
			r.literal(p.Value, "secrets/put request's string_value is a literal", restFix)
		}
	}
}

// authorization reports the credential of an "Authorization: Bearer …",
// "Basic …" or "token …" header written in the repository, whatever the
// tool (requests/httpx/aiohttp headers=, curl -H, httr add_headers); a
// Databricks token in it is DBX102's.
func (r *reporter) authorization(req facts.Request, h facts.Pair) {
	if !strings.EqualFold(h.Key, "Authorization") {
		return
	}
	text := h.Value.Text()
	scheme, cred, ok := strings.Cut(text, " ")
	switch strings.ToLower(scheme) {
	case "bearer", "basic", "token":
	default:
		return
	}
	if !ok {
		return
	}
	start := len(text) - len(strings.TrimLeft(cred, " "))
	r.literal(h.Value.Slice(start, len(text)), fmt.Sprintf("the Authorization header of %s is a literal %s credential", req.Tool, scheme), restFix)
}

// literal reports a secret written as a plain value, unless it is a
// reference, a placeholder, no secret at all, or a credential another rule
// reports: a JDBC URL (DBX101), a Databricks token (DBX102) or a cloud
// credential (DBX103).
func (r *reporter) literal(v facts.Value, what, fix string) {
	text := v.Text()
	if v.Type != facts.String || !v.IsKnown() || !secretLike(text) {
		return
	}
	if secret.IndexFold(text, "jdbc:") >= 0 || r.jdbc.parts[v.Parts[0].Pos] ||
		secret.ContainsDatabricksToken(text) || len(secret.FindCloudCredentials(text)) > 0 {
		return
	}
	pos, end := v.Span(0, len(text))
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name,
		Message: fmt.Sprintf("%s (%q); %s", what, secret.Redact(text), fix)}
	d.Related = v.UsedHere(pos, end)
	r.pass.Report(d)
}

// secretLike reports whether a literal can be a secret: not a placeholder
// or a reference ({{secrets/…}}, {{job.parameters.x}}, ${var.x}), not a URL,
// path, boolean or prose, not the kebab-case name of a secret in a scope
// ("sales-db-password"), and at least 6 characters.
func secretLike(s string) bool {
	s = strings.TrimSpace(s)
	// IsPlaceholder also covers the references: {{…}}, ${…}, $(…).
	if len(s) < 6 || secret.IsPlaceholder(s) || strings.ContainsAny(s, " \t\r\n\x00") || strings.Contains(s, "://") {
		return false
	}
	for _, prefix := range []string{"/", "./", "../", "~/", "dbfs:", "file:", "s3:", "abfss:", "gs:"} {
		if strings.HasPrefix(s, prefix) {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "true", "false":
		return false
	}
	return !secretKeyNameRE.MatchString(s)
}

// secretKeyNameRE matches lower-case identifiers that name a secret in a
// scope rather than being one: "sales-db-password", "api_token",
// "partner/api-token" (scope/key).
var secretKeyNameRE = regexp.MustCompile(`^(?:[a-z0-9]+[-_./])*(?:password|passwd|pwd|secret|token|key|credentials?)(?:[-_./][a-z0-9]+)*$`)

// isSecretName reports whether a variable or parameter name says it holds
// a secret: its last word is password, secret, token, credential(s) or pwd
// (or pass/passwd), or its last two are api key, secret key or private key.
// Names such as TOKEN_URL, SECRET_SCOPE or KEY_VAULT_NAME end in another
// word and are not secrets.
func isSecretName(name string) bool {
	words := splitWords(name)
	n := len(words)
	if n == 0 {
		return false
	}
	switch words[n-1] {
	case "password", "passwd", "pass", "pwd", "secret", "token", "credential", "credentials", "apikey":
		return true
	case "key":
		return n >= 2 && (words[n-2] == "api" || words[n-2] == "secret" || words[n-2] == "private")
	}
	return false
}

// namesIdentifier reports whether a secret key's last word names what
// identifies an account or a system rather than a credential: "sftp-user",
// "warehouse_host", "client-id".
func namesIdentifier(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "user", "username", "login", "host", "hostname", "url", "endpoint", "id", "email", "port", "database":
		return true
	}
	return false
}

// splitWords splits snake_case, kebab-case, dotted and camelCase names into
// lower-case words.
func splitWords(name string) []string {
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			flush()
		case 'A' <= c && c <= 'Z' && i > 0 && 'a' <= name[i-1] && name[i-1] <= 'z':
			flush()
			cur = append(cur, c)
		default:
			cur = append(cur, c)
		}
	}
	flush()
	return words
}
