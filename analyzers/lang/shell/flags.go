package shell

import (
	"go/token"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
)

// item is one argument of a command: a positional word or a flag with its
// value.
type item struct {
	flag           string // as written: "--data", "-d"; "" for a positional argument
	keyPos, keyEnd token.Pos
	val            facts.Value // a boolean flag's value has no parts and Type Bool
	hasVal         bool
	word           *word // the word the value is written in
}

// flagSpec says how a command reads its flags. Which flags take a value
// decides which word is the URL of a curl command or the secret of an az
// login, so the tools that matter are described here.
type flagSpec struct {
	valued  map[string]bool // flags that take a value
	boolean map[string]bool // flags that never do
	// onlyValued: flags in neither set take no value. Otherwise such a flag
	// takes the next word unless that word starts with '-'.
	onlyValued bool
	bundles    bool            // "-sSL" is -s -S -L and "-XPOST" is -X POST
	multi      map[string]bool // the flag's value goes on over the next words (az rest --headers a=b c=d)
	// subcommands is how many words after the command name name a
	// subcommand ("databricks secrets put-secret").
	subcommands int
}

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// specs describes the commands whose flags the rules care about. Flags are
// from the tools' manuals (curl 8, wget 1.21, HTTPie 3, az 2, databricks CLI 0.2xx).
var specs = map[string]*flagSpec{
	"curl": {
		valued: set("-A", "--user-agent", "-b", "--cookie", "-c", "--cookie-jar", "--cacert", "--capath",
			"-E", "--cert", "--cert-type", "--ciphers", "-K", "--config", "--connect-timeout", "--connect-to",
			"-C", "--continue-at", "-d", "--data", "--data-ascii", "--data-binary", "--data-raw",
			"--data-urlencode", "--json", "-D", "--dump-header", "-F", "--form", "--form-string", "-H", "--header",
			"--key", "--key-type", "--limit-rate", "--max-filesize", "--max-redirs", "-m", "--max-time",
			"--netrc-file", "--noproxy", "--oauth2-bearer", "-o", "--output", "--output-dir", "--pass",
			"--pinnedpubkey", "--proto", "--proto-default", "--proto-redir", "-x", "--proxy", "-U", "--proxy-user",
			"--proxy-header", "--proxy-cacert", "--proxy-cert", "--proxy-key", "-Q", "--quote", "-r", "--range",
			"-e", "--referer", "-X", "--request", "--request-target", "--resolve", "--retry", "--retry-delay",
			"--retry-max-time", "--aws-sigv4", "-Y", "--speed-limit", "-y", "--speed-time", "--socks5",
			"--socks5-hostname", "-t", "--telnet-option", "--tls-max", "--tlsuser", "--tlspassword", "--trace",
			"--trace-ascii", "--unix-socket", "-T", "--upload-file", "--url", "--url-query", "-u", "--user",
			"--variable", "-w", "--write-out", "-z", "--time-cond", "--stderr", "--interface", "--local-port",
			"--keepalive-time", "--expect100-timeout", "--happy-eyeballs-timeout-ms", "-P", "--ftp-port",
			"--mail-from", "--mail-rcpt", "--mail-auth", "--login-options", "--sasl-authzid", "--service-name",
			"--delegation", "--dns-servers", "--etag-compare", "--etag-save", "--hostpubmd5", "--krb", "--rate",
			"--alt-svc", "--hsts"),
		onlyValued: true,
		bundles:    true,
	},
	"wget": {
		valued: set("-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-e", "--execute",
			"-t", "--tries", "-T", "--timeout", "-w", "--wait", "-P", "--directory-prefix", "-U", "--user-agent",
			"--header", "--post-data", "--post-file", "--body-data", "--body-file", "--method", "--user",
			"--password", "--http-user", "--http-password", "--ca-certificate", "--certificate", "--private-key",
			"-i", "--input-file", "--load-cookies", "--save-cookies", "-Q", "--quota", "--limit-rate", "--referer"),
		onlyValued: true,
		bundles:    true,
	},
	"http": httpieFlags, "https": httpieFlags, "xh": httpieFlags, "xhs": httpieFlags,
	"az": {
		boolean: set("--debug", "--verbose", "--only-show-errors", "--yes", "-y", "--no-wait", "--help", "-h",
			"--all", "--service-principal", "--allow-no-subscriptions", "--use-device-code", "--identity",
			"--skip-authorization-header", "--overwrite", "--no-prompt", "--use-cert-sn-issuer"),
		multi:       set("--headers", "--uri-parameters", "--url-parameters", "--tags", "--scopes"),
		subcommands: 4, // az ad sp credential reset
	},
	"databricks": {
		valued: set("-p", "--profile", "-o", "--output", "-t", "--target", "--json", "--log-level", "--log-file",
			"--log-format", "--lifetime-seconds", "--comment", "--scope", "--key", "--string-value",
			"--bytes-value", "--principal", "--permission", "--initial-manage-principal", "--scope-backend-type",
			"--resource-id", "--dns-name", "--host", "--var", "--application-id", "--file", "--timeout"),
		boolean: set("--debug", "-h", "--help", "--no-wait", "--overwrite", "-r", "--recursive", "--force",
			"--token", "--aad-token", "--watch", "--auto-approve", "--version", "--insecure"),
		subcommands: 2, // databricks secrets put-secret; databricks account ... takes 3
	},
	"aws":    {subcommands: 2},
	"gcloud": {subcommands: 3},
	"vault":  {subcommands: 2},
}

var httpieFlags = &flagSpec{
	valued: set("-a", "--auth", "-A", "--auth-type", "-o", "--output", "--verify", "--cert", "--cert-key",
		"--session", "--session-read-only", "-p", "--print", "--pretty", "-s", "--style", "--timeout", "--proxy",
		"--boundary", "--max-redirects", "--ssl", "--ciphers", "--format-options", "--raw"),
	onlyValued: true,
	bundles:    true,
}

// generic reads the flags of commands not described in specs.
var generic = &flagSpec{}

// items splits the words after a command's name into flags and positional
// arguments.
func (x *extractor) items(words []*word, spec *flagSpec) []item {
	if spec == nil {
		spec = generic
	}
	var items []item
	endOfFlags := false
	multi := "" // the last flag when it takes several words
	for i := 0; i < len(words); i++ {
		w := words[i]
		v := x.value(w)
		t := v.Text()
		if endOfFlags || len(t) < 2 || t[0] != '-' || !v.KnownAt(0, 2) {
			it := item{val: v, hasVal: true, word: w}
			if multi != "" && !endOfFlags {
				it.flag = multi
				it.keyPos, it.keyEnd = v.Pos, v.Pos
			}
			items = append(items, it)
			continue
		}
		multi = ""
		if t == "--" {
			endOfFlags = true
			continue
		}
		next := func() (facts.Value, *word, bool) {
			if i+1 < len(words) {
				i++
				return x.value(words[i]), words[i], true
			}
			return facts.Value{}, nil, false
		}
		switch {
		case strings.HasPrefix(t, "--") || !spec.bundles:
			key, keyEnd := t, len(t)
			it := item{word: w}
			if eq := strings.IndexByte(t, '='); eq > 0 && strings.HasPrefix(t, "--") {
				key, keyEnd = t[:eq], eq
				it.val, it.hasVal = v.Slice(eq+1, len(t)), true
			} else if spec.takesValue(key, words[i+1:], x) {
				it.val, it.word, it.hasVal = next()
			}
			it.flag = key
			it.keyPos, it.keyEnd = v.Span(0, keyEnd)
			if !it.hasVal {
				it.val = facts.Value{Type: facts.Bool, Pos: it.keyPos, End: it.keyEnd}
			}
			if spec.multi[key] {
				multi = key
			}
			items = append(items, it)
		default: // a bundle of one-letter flags: -sS, -XPOST, -sX POST
			for k := 1; k < len(t); k++ {
				key := "-" + t[k:k+1]
				it := item{flag: key, word: w}
				it.keyPos, it.keyEnd = v.Span(k, k+1)
				if k == 1 {
					it.keyPos, it.keyEnd = v.Span(0, 2)
				}
				if spec.valued[key] {
					if k+1 < len(t) {
						it.val, it.hasVal = v.Slice(k+1, len(t)), true
					} else {
						it.val, it.word, it.hasVal = next()
					}
				}
				if !it.hasVal {
					it.val = facts.Value{Type: facts.Bool, Pos: it.keyPos, End: it.keyEnd}
				}
				items = append(items, it)
				if it.hasVal || !v.KnownAt(k+1, min(k+2, len(t))) {
					break
				}
			}
		}
	}
	return items
}

// takesValue reports whether flag takes the first of the words after it.
func (s *flagSpec) takesValue(flag string, rest []*word, x *extractor) bool {
	if len(rest) == 0 || s.boolean[flag] {
		return false
	}
	if s.valued[flag] {
		return true
	}
	if s.onlyValued {
		return false
	}
	t := x.value(rest[0]).Text()
	return !strings.HasPrefix(t, "-") || t == "-"
}

// subcommands moves the leading positional words that name a subcommand
// ("tokens create") from the arguments into the callee.
func subcommands(callee string, items []item, most int) (string, []item) {
	var kept []item
	taken := 0
	done := false
	for _, it := range items {
		if !done && it.flag == "" {
			t := it.val.Text()
			if taken == 0 && callee == "databricks" && t == "account" {
				most++ // databricks account service-principal-secrets create
			}
			if taken < most && isSubcommand(t) && it.val.IsKnown() {
				callee += " " + t
				taken++
				continue
			}
			done = true
		}
		kept = append(kept, it)
	}
	return callee, kept
}

// isSubcommand reports whether s looks like a CLI subcommand: lower-case
// letters, digits and dashes.
func isSubcommand(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
