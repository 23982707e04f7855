package secret

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file is the one definition of a placeholder that every rule and
// front-end shares (docs/design.md, "Placeholders and default passwords").
//
// A stand-in (IsStandIn) is a value that cannot be a working credential:
// a template or reference, a masked or elided value, an instruction to the
// reader. A well-known default password (IsDefaultPassword) can work, but
// only on a system nobody configured; it is a finding only where the rule
// sees it sent to a real host (DBX101), and otherwise no finding.
// IsPlaceholder is either: the test a rule uses when it has no host.

// placeholderRE matches whole values that stand for a credential rather than
// being one: <password>, [password], ${VAR}, $VAR, $(cmd), {{secrets/s/k}},
// {{ var }}, %(pw)s, %s, {0}, ****, xxxx, REDACTED, none, n/a.
var placeholderRE = regexp.MustCompile(`(?i)^(?:` +
	`<[^<>]*>|\[[^\[\]]*\]|\{\{[^{}]*\}\}|\$\{[^{}]*\}|\$\([^()]*\)|\$[A-Za-z_][A-Za-z0-9_]*|%\([^()]*\)s|%s|\{[A-Za-z_0-9]*\}|` +
	`[*x•.#?_-]{3,}|` +
	`(?:my|the|some|enter|insert|put|add|replace|example|sample|dummy|fake|test|placeholder)[-_ ]?(?:db[-_ ]?|jdbc[-_ ]?|sql[-_ ]?|client[-_ ]?|account[-_ ]?|storage[-_ ]?|api[-_ ]?|access[-_ ]?)?(?:password|passwd|pwd|pass|secret|token|key|here|value)(?:[-_ ]?here)?|` +
	`redacted|removed|hidden|masked|tbd|fixme|none|null|nil|undefined|n/a` +
	`)$`)

// standInRE finds a stand-in inside a value, wherever it is:
//   - a template or reference: ${VAR}, {{secrets/s/k}}, $(cmd), <paste token
//     here>, also cut short ("${", "{{" where a value ends at a delimiter);
//   - an elision or a mask: "…", "...", "***", "XXXXXX", "xxx-…", "•••";
//   - an instruction or a label: YOUR_USERNAME, your-storage-key, <your…>,
//     TODO…, REPLACE_ME, replace-with-…, PLACEHOLDER, paste…here;
//   - a documentation value: example, sample (AWS "…EXAMPLE" keys).
//
// No generated credential holds six X in a row, an ellipsis or a template,
// and no real one starts with "your_" or "TODO".
var standInRE = regexp.MustCompile(`(?i)` +
	`\$\{|\{\{|\$\(|<[a-z_][^<>]*>|` +
	`…|\.\.\.|\*{3,}|x{6,}|^x{3,}(?:[^a-z0-9]|$)|•{3,}|` +
	`^(?:your|todo|tbd|fixme|replace|insert|enter|paste)(?:[-_ .:]|$)|` +
	`replace[-_ ]?(?:me|this|with)|change[-_ ]?this|placeholder|paste[-_ ]?(?:your|here|token|key|the)|` +
	`example|sample`)

// yourCamelRE is "yourPassword", "yourStorageKey": "your" and a capital,
// which the case-insensitive standInRE cannot tell from "yourself".
var yourCamelRE = regexp.MustCompile(`^[Yy]our[A-Z]`)

// credentialPrefixes are the fixed prefixes of token formats: a prefix
// followed by a stand-in ("dapi<paste token>", "dapi-your-token",
// "AKIA________") is a stand-in.
var credentialPrefixes = []string{"dapi", "dose", "dkea", "dosa", "AKIA", "ASIA", "ghp_", "github_pat_", "sk-", "xoxb-", "xoxp-"}

// IsStandIn reports whether a literal cannot be a working credential: it is
// empty, a template or reference, a masked or elided value, an instruction
// (YOUR_…, TODO, REPLACE_ME), an example or sample, one character repeated,
// a token prefix followed by a stand-in, or a SAS query whose signature is
// one.
func IsStandIn(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	if placeholderRE.MatchString(s) || standInRE.MatchString(s) || yourCamelRE.MatchString(s) || isRepeated(s) {
		return true
	}
	for _, p := range credentialPrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			// "AKIA____": nothing but separators after the prefix is a stand-in too.
			if rest = strings.TrimLeft(rest, "-_:"); rest == "" || IsStandIn(rest) {
				return true
			}
		}
	}
	if sig, ok := sasSignature(s); ok && IsStandIn(sig) {
		return true
	}
	return isShoutedInstruction(s)
}

// isShoutedInstruction reports an instruction to a human written as a
// constant, CHANGE_ME or CHANGE-ME: no product ships it, unlike changeme.
func isShoutedInstruction(s string) bool {
	return s == "CHANGE_ME" || s == "CHANGE-ME"
}

// isRepeated reports whether s is one character written three or more
// times: "aaaa", "0000000", "----".
func isRepeated(s string) bool {
	if utf8.RuneCountInString(s) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	for _, r := range s {
		if r != first {
			return false
		}
	}
	return true
}

// sasSignature returns the sig= parameter of a SAS query ("sv=…&sig=…").
func sasSignature(s string) (string, bool) {
	i := strings.Index(s, "sig=")
	if i < 0 || !strings.Contains(s, "sv=") || i > 0 && s[i-1] != '&' && s[i-1] != '?' && s[i-1] != ';' {
		return "", false
	}
	sig := s[i+len("sig="):]
	if k := strings.IndexAny(sig, "&;\"' "); k >= 0 {
		sig = sig[:k]
	}
	return sig, true
}

// defaultPasswords are passwords that products ship with, tutorials print
// and people type when asked for one: vendor defaults (Oracle scott/tiger,
// SQL Server sa, PostgreSQL and MySQL Docker images' examples) and the top
// of every leaked-password list. Compared case-insensitively. A small list
// on purpose: each entry is a value that is far more often a default than a
// real secret.
var defaultPasswords = map[string]bool{
	"changeme": true, "change_me": true, "change-me": true, "changeit": true,
	"password": true, "password1": true, "password12": true, "password123": true,
	"passw0rd": true, "p@ssw0rd": true, "p@ssword": true, "p@ssword1": true, "pass": true, "pass123": true,
	"passwd": true, "pwd": true,
	"admin": true, "admin123": true, "administrator": true, "root": true, "toor": true,
	"secret": true, "mysecretpassword": true, "my-secret-pw": true,
	"welcome": true, "welcome1": true, "welcome123": true, "letmein": true, "qwerty": true, "default": true,
	"123456": true, "12345678": true, "123456789": true, "guest": true,
	"test": true, "test123": true, "testing": true,
	"postgres": true, "mysql": true, "oracle": true, "tiger": true, "manager": true, "sa": true, "dbadmin": true,
}

// IsDefaultPassword reports whether s is a well-known default password.
func IsDefaultPassword(s string) bool {
	s = strings.TrimSpace(s)
	return defaultPasswords[strings.ToLower(s)] && !isShoutedInstruction(s)
}

// IsPlaceholder reports whether a literal is no finding where its rule
// cannot tell that it reaches a real system: a stand-in (IsStandIn) or a
// well-known default password (IsDefaultPassword).
func IsPlaceholder(s string) bool {
	return IsStandIn(s) || IsDefaultPassword(s)
}
