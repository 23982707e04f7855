// Package meta holds what go/analysis.Analyzer has no field for: a rule's
// kebab-case name, severity, CWE, tags and help. Reporters, the README table,
// docs/rules and `bricklint explain` are all generated from it.
package meta

import (
	"golang.org/x/tools/go/analysis"

	"fmt"
	"strings"
)

// Severity is a rule's default level; it maps one-to-one to SARIF levels.
type Severity int

const (
	Note Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Note:
		return "note"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads "note", "warning", "error" (and "none" as 0, which
// disables failing); ok is false for anything else.
func ParseSeverity(s string) (Severity, bool) {
	switch strings.ToLower(s) {
	case "none", "off":
		return 0, true
	case "note", "info":
		return Note, true
	case "warning", "warn":
		return Warning, true
	case "error":
		return Error, true
	}
	return 0, false
}

// Precision is how often a finding of the rule is a real problem (SARIF
// properties.precision).
type Precision string

const (
	VeryHigh Precision = "very-high"
	High     Precision = "high"
	Medium   Precision = "medium"
)

// Meta describes one rule.
type Meta struct {
	ID        string // DBX101: permanent, also the Analyzer's Name
	Name      string // jdbc-credential: permanent kebab-case alias
	Title     string // one line, no trailing period: SARIF shortDescription
	Summary   string // two or three sentences: SARIF fullDescription, Analyzer.Doc body
	Severity  Severity
	Security  float64 // GitHub security-severity, 0.1-10
	Precision Precision
	CWE       string // "CWE-798"
	Tags      []string
	// Keywords are ASCII literals (matched case-insensitively) without which
	// the rule cannot fire; a unit containing none of them is not analysed.
	Keywords []string
	// Secret means a finding's range covers a credential, which reporters
	// redact wherever they show source text.
	Secret bool
	Help   string // Markdown: why, bad example, good example, links (the rule's doc.md)
}

// BaseURL is where the rule pages live (docs/rules in the repository).
const BaseURL = "https://github.com/bricklint/bricklint/blob/main/docs/rules/"

// HelpURL is the rule's documentation page.
func (m Meta) HelpURL() string { return BaseURL + m.ID + ".md" }

// Doc is the go/analysis Doc string: a summary line, a blank line, then prose.
func (m Meta) Doc() string {
	return fmt.Sprintf("%s: %s\n\n%s", m.Name, strings.ToLower(m.Title[:1])+m.Title[1:], m.Summary)
}

// SecuritySeverity is the string GitHub wants in properties["security-severity"].
func (m Meta) SecuritySeverity() string { return fmt.Sprintf("%.1f", m.Security) }

// AllTags is the SARIF tag list: security, the CWE in GitHub's form, then the rule's own.
func (m Meta) AllTags() []string {
	tags := []string{"security"}
	if m.CWE != "" {
		tags = append(tags, "external/cwe/"+strings.ToLower(m.CWE))
	}
	return append(tags, m.Tags...)
}

// NoteCategory, as a Diagnostic's Category, lowers that one finding to note
// level whatever the rule's default (e.g. DBX302 where the Standard plan
// leaves no choice). Every other Category keeps the rule's level.
const NoteCategory = "note"

// Rule is a rule's analyzer with its metadata.
type Rule struct {
	Meta     Meta
	Analyzer *analysis.Analyzer
}
