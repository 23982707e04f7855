package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// JUnit XML in the Ant/Jenkins form that Azure DevOps (PublishTestResults@2,
// testResultsFormat JUnit) and GitLab (artifacts:reports:junit) read: a
// test suite per rule, a test case per rule and file. A file's findings of
// one rule are one failure, since both consumers show one failure a case.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	ID        int         `xml:"id,attr"`
	Package   string      `xml:"package,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Time      string      `xml:"time,attr"`
	Timestamp string      `xml:"timestamp,attr,omitempty"`
	Hostname  string      `xml:"hostname,attr"`
	Cases     []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// JUnitOptions are the choices a user has over JUnit output.
type JUnitOptions struct {
	// FailLevel: findings below it are listed in a passing case's
	// system-out, so the test results fail exactly when bricklint does.
	// 0 makes no finding a failure.
	FailLevel meta.Severity
}

// JUnit writes the result as JUnit XML.
func JUnit(w io.Writer, res Result, opts JUnitOptions) error {
	byRule := map[string]map[string][]driver.Finding{}
	for _, f := range res.Findings {
		if byRule[f.Rule.ID] == nil {
			byRule[f.Rule.ID] = map[string][]driver.Finding{}
		}
		byRule[f.Rule.ID][f.Path] = append(byRule[f.Rule.ID][f.Path], f)
	}
	out := junitSuites{Name: "bricklint", Time: "0"}
	for i, m := range rulesOf(res) {
		suite := junitSuite{Name: m.ID + " " + m.Name, ID: i, Package: "bricklint", Time: "0", Hostname: "bricklint"}
		if !res.Started.IsZero() {
			suite.Timestamp = res.Started.UTC().Format("2006-01-02T15:04:05")
		}
		classname := "bricklint." + m.ID
		files := byRule[m.ID]
		paths := make([]string, 0, len(files))
		for p := range files {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			suite.Cases = append(suite.Cases, junitCaseOf(m, classname, p, files[p], res, opts))
		}
		if len(paths) == 0 {
			suite.Cases = append(suite.Cases, junitCase{Name: m.ID + " " + m.Name + ": no findings", Classname: classname, Time: "0",
				SystemOut: fmt.Sprintf("%s found nothing in %d %s.", m.ID, res.FilesScanned, plural(res.FilesScanned, "file"))})
		}
		for _, c := range suite.Cases {
			suite.Tests++
			if c.Failure != nil {
				suite.Failures++
			}
			if c.Skipped != nil {
				suite.Skipped++
			}
		}
		out.Tests += suite.Tests
		out.Failures += suite.Failures
		out.Skipped += suite.Skipped
		out.Suites = append(out.Suites, suite)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitCaseOf(m meta.Meta, classname, path string, fs []driver.Finding, res Result, opts JUnitOptions) junitCase {
	c := junitCase{Name: m.ID + " " + m.Name + ": " + path, Classname: classname, File: path, Line: fs[0].Line, Time: "0"}
	var failing, other []driver.Finding
	for _, f := range fs {
		if status(f, res) == "" && opts.FailLevel != 0 && f.Level >= opts.FailLevel {
			failing = append(failing, f)
		} else {
			other = append(other, f)
		}
	}
	if len(failing) > 0 {
		first := failing[0]
		msg := fmt.Sprintf("%s:%d: %s", where(first), first.Line, first.Message)
		if len(failing) > 1 {
			msg += fmt.Sprintf(" (and %d more)", len(failing)-1)
		}
		var b strings.Builder
		for _, f := range failing {
			writeFindingText(&b, f, "")
		}
		c.Failure = &junitFailure{Message: msg, Type: first.Level.String(), Text: b.String()}
		c.Line = first.Line
	} else if allHidden(other, res) {
		c.Skipped = &junitSkipped{Message: status(other[0], res)}
	}
	if len(other) > 0 {
		var b strings.Builder
		for _, f := range other {
			writeFindingText(&b, f, status(f, res))
		}
		c.SystemOut = b.String()
	}
	return c
}

func allHidden(fs []driver.Finding, res Result) bool {
	for _, f := range fs {
		if status(f, res) == "" {
			return false
		}
	}
	return len(fs) > 0
}

// writeFindingText is one finding as plain text: location, level, message,
// the redacted excerpt and the fix hints.
func writeFindingText(b *strings.Builder, f driver.Finding, note string) {
	fmt.Fprintf(b, "%s:%d:%d: %s %s %s: %s", where(f), f.Line, f.Col, f.Level, f.Rule.ID, f.Rule.Name, f.Message)
	if note != "" {
		fmt.Fprintf(b, " (%s)", note)
	}
	b.WriteString("\n")
	if f.Excerpt != "" {
		fmt.Fprintf(b, "    %d | %s\n", f.Line, f.Excerpt)
	}
	for _, fix := range f.Fixes {
		fmt.Fprintf(b, "    fix: %s\n", fix.Message)
	}
	fmt.Fprintf(b, "    help: %s\n", f.Rule.HelpURL())
}

// where names the file of a finding, and the notebook inside an archive.
func where(f driver.Finding) string {
	if f.Entry == "" {
		return f.Path
	}
	s := f.Path + "!/" + f.Entry
	if f.Command > 0 {
		s += fmt.Sprintf(" command %d", f.Command)
	}
	return s
}

// status is why a finding does not count: "suppressed: reason",
// "baselined", or "" for one that does.
func status(f driver.Finding, res Result) string {
	switch {
	case f.Suppression != nil:
		return "suppressed: " + f.Suppression.Reason
	case res.Baselined[f.Fingerprint]:
		return "baselined"
	}
	return ""
}

// rulesOf is the rules that ran, in the order given, plus any rule that
// reported without being listed (a reporter must not drop a finding).
func rulesOf(res Result) []meta.Meta {
	seen := map[string]bool{}
	out := append([]meta.Meta(nil), res.Rules...)
	for _, m := range out {
		seen[m.ID] = true
	}
	for _, f := range res.Findings {
		if !seen[f.Rule.ID] {
			seen[f.Rule.ID] = true
			out = append(out, f.Rule)
		}
	}
	return out
}
