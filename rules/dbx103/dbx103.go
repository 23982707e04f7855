// Package dbx103 reports cloud credentials written into notebooks, Spark
// configuration, job and cluster definitions, Terraform and scripts: Azure
// storage account keys, SAS tokens, service-principal client secrets and AWS
// access keys.
package dbx103

import (
	_ "embed"
	"fmt"
	"go/token"
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
	ID:        "DBX103",
	Name:      "cloud-credential",
	Title:     "Cloud storage key, SAS token, service-principal secret or AWS key written into code or configuration",
	Summary:   "An Azure storage account key, SAS token, Entra ID service-principal client secret or AWS access key is written in the repository, typically in Spark configuration (fs.azure.account.key…, fs.s3a.secret.key) or a token request. Anyone who can read the file or its history gets the storage account or cloud identity; reference a secret scope or use Unity Catalog storage credentials instead.",
	Severity:  meta.Error,
	Security:  8.0,
	Precision: meta.High,
	CWE:       "CWE-798",
	Tags:      []string{"credentials", "azure", "aws"},
	// Every finding needs a conf or key name, a connection-string or SAS
	// marker, or a credential shape's own literal (q~, akia, asia); a bare
	// storage key is found through a storage-ish name or URL.
	Keywords: []string{"fs.azure", "fs.s3", "fs.gs.auth", "accountkey", "account_key", "sharedaccesskey", "sig=",
		"q~", "akia", "asia", "client_secret", "clientsecret", "client_credential", "secret_access_key",
		"secretaccesskey", "secret_key", "access_key", "session_token", "sas_token", "storage", "credential",
		"windows.net", "az login"},
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
	r := &reporter{pass: pass, seen: map[[2]token.Pos]bool{}}
	for _, f := range unit.Files {
		r.file = f
		r.containers = containers(f)
		// Literals in a credential's place first: their messages name the
		// construct. Shapes found anywhere else come second.
		for _, p := range f.Pairs {
			r.pair(p)
		}
		for _, c := range f.Calls {
			r.call(c)
		}
		for _, req := range f.Requests {
			r.request(req)
		}
		for _, v := range f.Values {
			r.shapes(v)
		}
		for _, p := range f.Pairs {
			r.shapes(p.Value)
		}
		for _, c := range f.Calls {
			for _, a := range c.Args {
				r.shapes(a)
			}
			for _, p := range c.Kwargs {
				r.shapes(p.Value)
			}
		}
		for _, req := range f.Requests {
			r.shapes(req.URL)
			for _, p := range req.Params {
				r.shapes(p.Value)
			}
		}
	}
	for _, fd := range mergeDefects(pass.Fset, r.found) {
		pass.Report(fd.d)
	}
	return nil, nil
}

// rotation says how to revoke each kind of credential.
var rotation = map[secret.CloudKind]string{
	secret.StorageAccountKey:  "rotate the account key",
	secret.SASToken:           "revoke the SAS token",
	secret.SharedAccessKey:    "regenerate the shared access key",
	secret.EntraClientSecret:  "delete the client secret in Entra ID",
	secret.AzurePassword:      "change the password",
	secret.AWSAccessKeyID:     "deactivate the access key in IAM",
	secret.AWSSecretAccessKey: "deactivate the access key in IAM",
	secret.AWSSessionToken:    "revoke the session",
	secret.GCPPrivateKey:      "delete the service account key",
}

func (r *reporter) pair(p facts.Pair) {
	if kind, ok := secret.CloudCredentialKey(p.Path, p.Key); ok {
		r.literal(p.Value, kind, describe(p))
	}
}

// describe names the construct that holds a pair.
func describe(p facts.Pair) string {
	if k := strings.ToLower(p.Key); strings.HasPrefix(k, "fs.") || strings.HasPrefix(k, "spark.hadoop.fs.") {
		return fmt.Sprintf("Spark conf %q", readable(p.Key))
	}
	switch p.Origin {
	case facts.EnvAssign:
		return fmt.Sprintf("environment variable %q", p.Key)
	case facts.KeywordArg:
		return fmt.Sprintf("argument %q", p.Key)
	case facts.HCLAttr:
		return fmt.Sprintf("attribute %q", p.Key)
	case facts.INIKey:
		return fmt.Sprintf("profile key %q", p.Key)
	case facts.Flag:
		return fmt.Sprintf("flag %s", p.Key)
	case facts.FormParam, facts.JSONBody, facts.QueryParam:
		return fmt.Sprintf("request parameter %q", p.Key)
	}
	return fmt.Sprintf("%q", p.Key)
}

// readable shows a key built from unknown parts ("fs.azure.account.key." +
// account) with {account} in place of each unknown part.
func readable(key string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(key, 0)
		if i < 0 {
			break
		}
		j := strings.IndexByte(key[i+1:], 0)
		if j < 0 {
			break
		}
		what := key[i+1 : i+1+j] // kind:what
		b.WriteString(key[:i] + "{" + what[strings.IndexByte(what, ':')+1:] + "}")
		key = key[i+2+j:]
	}
	b.WriteString(key)
	return b.String()
}

func (r *reporter) call(c facts.Call) {
	// spark.conf.set(k, v) whose key is partly unknown (f"fs.azure.account.key.{account}…")
	// has no conf Pair; the call still says which property it sets.
	if isConfSet(c.Callee) && len(c.Args) == 2 {
		r.pair(facts.Pair{Key: c.Args[0].Text(), Path: c.Callee, Value: c.Args[1], Origin: facts.ConfSet})
	}
	r.secretCall(c)
	r.azCommand(c)
	for _, kw := range c.Kwargs {
		r.pair(kw) // boto3.client(aws_secret_access_key=…), BlobServiceClient(account_key=…)
	}
}

// isConfSet reports whether a callee sets a Spark or Hadoop configuration
// property: spark.conf.set, sc._jsc.hadoopConfiguration().set,
// spark.sparkContext.hadoopConfiguration.set.
func isConfSet(callee string) bool {
	return strings.HasSuffix(callee, "conf.set") || strings.HasSuffix(callee, "hadoopConfiguration().set") ||
		strings.HasSuffix(callee, "hadoopConfiguration.set")
}

// secretCall reports the client secret handed to a credential class or
// token call, as the library model says (rules/libmodel).
func (r *reporter) secretCall(c facts.Call) {
	for _, a := range libmodel.Args(r.file, c) {
		if a.Carries != libmodel.ClientSecret {
			continue
		}
		name := libmodel.Name(c.Callee)
		if a.Key == a.Param {
			r.literal(a.Value, secret.EntraClientSecret, fmt.Sprintf("%s(%s=…)", name, a.Key))
		} else {
			r.literal(a.Value, secret.EntraClientSecret, fmt.Sprintf("%s argument", name))
		}
	}
}

// azCommand reports az login -p (a service principal's secret or a user's
// password) and az storage … --account-key / --sas-token.
func (r *reporter) azCommand(c facts.Call) {
	if !strings.HasPrefix(c.Callee, "az ") {
		return
	}
	login := secret.AzurePassword
	for _, kw := range c.Kwargs {
		if kw.Key == "--service-principal" {
			login = secret.EntraClientSecret
		}
	}
	for _, kw := range c.Kwargs {
		switch {
		case c.Callee == "az login" && (kw.Key == "-p" || kw.Key == "--password"):
			r.literal(kw.Value, login, "az login "+kw.Key)
		case kw.Key == "--account-key":
			r.literal(kw.Value, secret.StorageAccountKey, c.Callee+" --account-key")
		case kw.Key == "--sas-token":
			r.literal(kw.Value, secret.SASToken, c.Callee+" --sas-token")
		}
	}
}

// aadHosts are the Entra ID (Azure AD) authorities of the public, US
// Government, China and (retired) Germany clouds.
var aadHosts = []string{"login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn",
	"login.partner.microsoftonline.cn", "login.microsoftonline.de", "login.windows.net", "login.microsoft.com"}

// isAADTokenRequest reports whether a request goes to an Entra ID token
// endpoint: a known authority, or an unknown host with the /oauth2/ token
// path (Databricks' own endpoint is /oidc/…).
func isAADTokenRequest(req facts.Request) bool {
	u := strings.ToLower(req.URL.Text())
	for _, h := range aadHosts {
		if strings.Contains(u, h) {
			return true
		}
	}
	return strings.Contains(u, "/oauth2/token") || strings.Contains(u, "/oauth2/v2.0/token")
}

func (r *reporter) request(req facts.Request) {
	if !isAADTokenRequest(req) {
		return
	}
	for _, p := range req.Params {
		if p.Key == "client_secret" {
			r.literal(p.Value, secret.EntraClientSecret, "the client_secret of an Entra ID token request")
		}
	}
}

// reporter collects a unit's findings, each literal once: the first report
// (the one that names the construct) wins. mergeDefects then makes one
// finding of each defect.
type reporter struct {
	pass       *analysis.Pass
	file       *facts.File
	containers []container // of file
	seen       map[[2]token.Pos]bool
	found      []finding
}

// literal reports a value written in a credential's place, unless it is a
// reference, a placeholder or not credential-like at all.
func (r *reporter) literal(v facts.Value, kind secret.CloudKind, where string) {
	text := v.Text()
	if v.Type != facts.String || !v.IsKnown() || !credentialLike(text) {
		return
	}
	pos, end := v.Span(0, len(text))
	r.report(pos, end, v, kind, fmt.Sprintf("%s written into %s (%q); %s, then %s",
		kind, where, secret.Redact(text), rotation[kind], secret.FixHint(r.file, pos)))
}

// credentialLike reports whether a literal in a credential's place can be
// one: not a placeholder or reference, no URL, path or prose, not a Databricks
// token (DBX102 reports those), and long enough (Entra ID secrets are 40
// characters, AWS secret keys 40, storage keys 88; 8 still catches a
// hand-made password).
func credentialLike(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "PRIVATE KEY-----") {
		return !secret.IsPlaceholder(s)
	}
	return len(s) >= 8 && !strings.ContainsAny(s, " \t\r\n<>{}$\x00") && !strings.Contains(s, "://") &&
		!strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "dbfs:") &&
		!secret.IsPlaceholder(s) && !secret.IsCloudPlaceholder(s) && !secret.ContainsDatabricksToken(s)
}

// shapes reports credentials recognisable by their shape in a literal.
func (r *reporter) shapes(v facts.Value) {
	text := v.Text()
	if v.Type != facts.String || len(text) < 20 {
		return
	}
	for _, c := range secret.FindCloudCredentials(text) {
		if !v.KnownAt(c.Start, c.End) {
			continue
		}
		pos, end := v.Span(c.Start, c.End)
		r.report(pos, end, v, c.Kind, fmt.Sprintf("%s written into a string literal (%q); %s, then %s",
			c.Kind, secret.Redact(text[c.Start:c.End]), rotation[c.Kind], secret.FixHint(r.file, pos)))
	}
}

// report adds the place of use as related information when the literal is
// written elsewhere (an earlier cell, a Terraform variable default).
func (r *reporter) report(pos, end token.Pos, use facts.Value, kind secret.CloudKind, msg string) {
	if r.seen[[2]token.Pos{pos, end}] {
		return
	}
	r.seen[[2]token.Pos{pos, end}] = true
	d := analysis.Diagnostic{Pos: pos, End: end, Category: Meta.Name, Message: msg}
	d.Related = use.UsedHere(pos, end)
	r.found = append(r.found, finding{d: d, kind: kind, file: r.file, container: r.containerAt(pos)})
}
