package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// GitLabSchemaVersion is the version of GitLab's secret-detection report
// schema the output follows.
const GitLabSchemaVersion = "15.2.1"

// GitLab secret-detection report: what artifacts:reports:secret_detection
// reads for the merge request widget and the vulnerability report.
type gitlabReport struct {
	Version         string       `json:"version"`
	Scan            gitlabScan   `json:"scan"`
	Vulnerabilities []gitlabVuln `json:"vulnerabilities"`
	Remediations    []struct{}   `json:"remediations"`
}

type gitlabVendor struct {
	Name string `json:"name"`
}

type gitlabTool struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	URL     string       `json:"url,omitempty"`
	Version string       `json:"version"`
	Vendor  gitlabVendor `json:"vendor"`
}

type gitlabMessage struct {
	Level string `json:"level"`
	Value string `json:"value"`
}

type gitlabScan struct {
	Analyzer  gitlabTool      `json:"analyzer"`
	Scanner   gitlabTool      `json:"scanner"`
	Type      string          `json:"type"`
	StartTime string          `json:"start_time"`
	EndTime   string          `json:"end_time"`
	Status    string          `json:"status"`
	Messages  []gitlabMessage `json:"messages,omitempty"`
}

type gitlabIdentifier struct {
	Type  string `json:"type"`
	Name  string `json:"name"`
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type gitlabCommit struct {
	SHA string `json:"sha"`
}

type gitlabLocation struct {
	File      string       `json:"file"`
	StartLine int          `json:"start_line"`
	EndLine   int          `json:"end_line,omitempty"`
	Commit    gitlabCommit `json:"commit"`
}

type gitlabVuln struct {
	ID          string             `json:"id"`
	Category    string             `json:"category"`
	Name        string             `json:"name"`
	Description string             `json:"description"`
	Severity    string             `json:"severity"`
	Solution    string             `json:"solution,omitempty"`
	Location    gitlabLocation     `json:"location"`
	Identifiers []gitlabIdentifier `json:"identifiers"`
	RawExtract  string             `json:"raw_source_code_extract,omitempty"`
}

// GitLabOptions are the choices a user has over GitLab output.
type GitLabOptions struct {
	// Commit is the scanned commit's SHA (GitLab's schema requires one).
	Commit string
}

// GitLab writes the result as a GitLab secret-detection report. Suppressed
// findings are left out (their author says they are no vulnerability);
// baselined ones stay, since the secret is still in the repository and
// GitLab tracks known findings itself.
func GitLab(w io.Writer, tool Tool, res Result, opts GitLabOptions) error {
	const stamp = "2006-01-02T15:04:05"
	t := gitlabTool{ID: "bricklint", Name: tool.Name, URL: tool.URI, Version: tool.Version, Vendor: gitlabVendor{Name: "bricklint"}}
	commit := opts.Commit
	if commit == "" {
		commit = "0000000" // what GitLab's own analyzers write outside a repository
	}
	out := gitlabReport{
		Version: GitLabSchemaVersion,
		Scan: gitlabScan{Analyzer: t, Scanner: t, Type: "secret_detection", Status: "success",
			StartTime: res.Started.UTC().Format(stamp), EndTime: res.Finished.UTC().Format(stamp)},
		Vulnerabilities: []gitlabVuln{},
		Remediations:    []struct{}{},
	}
	for _, n := range res.Notifications {
		level := "info"
		if n.Level >= meta.Warning {
			level = "warn"
		}
		out.Scan.Messages = append(out.Scan.Messages, gitlabMessage{Level: level, Value: n.Path + ": " + n.Message})
	}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		out.Vulnerabilities = append(out.Vulnerabilities, gitlabVulnOf(f, commit))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func gitlabVulnOf(f driver.Finding, commit string) gitlabVuln {
	desc := f.Message
	if f.Entry != "" {
		desc = where(f) + ": " + desc
	}
	if f.Rule.Summary != "" {
		desc += "\n\n" + f.Rule.Summary
	}
	v := gitlabVuln{
		ID:          stableID(f),
		Category:    "secret_detection",
		Name:        cutAt(f.Rule.ID+" "+cmp.Or(f.Rule.Title, f.Rule.Name), 255),
		Description: desc,
		Severity:    gitlabSeverity(f),
		Location:    gitlabLocation{File: f.Path, StartLine: max(f.Line, 1), EndLine: max(f.EndLine, f.Line, 1), Commit: gitlabCommit{SHA: commit}},
		Identifiers: []gitlabIdentifier{{Type: "bricklint_rule_id", Name: "bricklint " + f.Rule.ID, Value: f.Rule.ID, URL: f.Rule.HelpURL()}},
		RawExtract:  f.Excerpt,
	}
	if len(f.Fixes) > 0 {
		v.Solution = f.Fixes[0].Message
	}
	if cwe, ok := strings.CutPrefix(f.Rule.CWE, "CWE-"); ok {
		v.Identifiers = append(v.Identifiers, gitlabIdentifier{Type: "cwe", Name: f.Rule.CWE, Value: cwe,
			URL: "https://cwe.mitre.org/data/definitions/" + cwe + ".html"})
	}
	return v
}

// stableID is a UUID-shaped hash of the finding's fingerprint (rule, path
// and redacted line content), so a finding keeps its id when lines move.
func stableID(f driver.Finding) string {
	h := sha256.Sum256([]byte(f.Rule.ID + "\x00" + f.Path + "\x00" + f.Entry + "\x00" + f.Fingerprint))
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// gitlabSeverity maps the rule's security-severity score the way GitHub
// does (9.0 critical, 7.0 high, 4.0 medium); a finding lowered to note
// level is Info, and a rule without a score takes its level.
func gitlabSeverity(f driver.Finding) string {
	if f.Level == meta.Note {
		return "Info"
	}
	switch s := f.Rule.Security; {
	case s >= 9:
		return "Critical"
	case s >= 7:
		return "High"
	case s >= 4:
		return "Medium"
	case s > 0:
		return "Low"
	}
	if f.Level == meta.Error {
		return "High"
	}
	return "Medium"
}

func cutAt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
