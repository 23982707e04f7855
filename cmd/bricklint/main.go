// Command bricklint finds credentials and risky authentication in Databricks
// repositories: notebooks, job JSON, Terraform, bundles and scripts.
//
//	bricklint [flags] [path ...]     scan (default: .)
//	bricklint history [flags] [REPO] scan the commits of a git repository
//	bricklint rules [--keywords]     list the rules (or their prefilter keywords)
//	bricklint explain RULE           print a rule's documentation
//	bricklint config schema          print the JSON Schema of .bricklint.yaml
//	bricklint lsp                    serve the Language Server Protocol on stdio
//	bricklint version                print the version
//
// Exit status: 0 no findings at or above --fail-level, 1 findings, 2 usage or
// configuration error.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bricklint/bricklint/internal/config"
	"github.com/bricklint/bricklint/rules"
)

// version is the release; -ldflags "-X main.version=..." overrides it.
var version = "0.1.0"

const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usagef reports a mistake in the command line or the configuration; every
// error ends the run with exit status 2.
func usagef(format string, args ...any) error { return fmt.Errorf(format, args...) }

func run(args []string, stdout, stderr io.Writer) int {
	var err error
	code := exitClean
	switch {
	case len(args) > 0 && args[0] == "rules":
		err = listRules(args[1:], stdout)
	case len(args) > 0 && args[0] == "explain":
		err = explain(args[1:], stdout)
	case len(args) > 0 && args[0] == "config":
		if len(args) != 2 || args[1] != "schema" {
			err = usagef("usage: bricklint config schema")
		} else {
			_, err = stdout.Write(config.Schema())
		}
	case len(args) > 0 && args[0] == "history":
		code, err = historyCmd(args[1:], stdout, stderr)
	case len(args) > 0 && args[0] == "lsp":
		err = serveLSP(args[1:], os.Stdin, os.Stdout)
	case len(args) > 0 && args[0] == "version":
		fmt.Fprintln(stdout, "bricklint", version)
	default:
		code, err = scan(args, stdout, stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "bricklint:", err)
		return exitUsage
	}
	return code
}

// listRules prints the catalog, or with --keywords the literals the rules'
// prefilter looks for (one a line, for benchmarks against plain search).
func listRules(args []string, w io.Writer) error {
	switch {
	case len(args) == 1 && args[0] == "--keywords":
		seen := map[string]bool{}
		for _, r := range rules.All() {
			for _, k := range r.Meta.Keywords {
				if !seen[k] {
					seen[k] = true
					fmt.Fprintln(w, k)
				}
			}
		}
		return nil
	case len(args) > 0:
		return usagef("usage: bricklint rules [--keywords]")
	}
	fmt.Fprintf(w, "%-7s %-18s %-8s %-8s %s\n", "ID", "NAME", "LEVEL", "CWE", "TITLE")
	for _, r := range rules.All() {
		m := r.Meta
		fmt.Fprintf(w, "%-7s %-18s %-8s %-8s %s\n", m.ID, m.Name, m.Severity, m.CWE, m.Title)
	}
	return nil
}

func explain(args []string, w io.Writer) error {
	if len(args) != 1 {
		return usagef("usage: bricklint explain RULE (an ID such as DBX101 or a name such as jdbc-credential)")
	}
	r, ok := rules.Lookup(args[0])
	if !ok {
		return usagef("unknown rule %q; `bricklint rules` lists them", args[0])
	}
	m := r.Meta
	fmt.Fprintf(w, "%s\n\nDefault level: %s · security-severity %s · %s · tags: %s\n%s\n",
		strings.TrimSpace(m.Help), m.Severity, m.SecuritySeverity(), m.CWE, strings.Join(m.AllTags(), ", "), m.HelpURL())
	return nil
}
