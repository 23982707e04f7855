package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// TextOptions are the choices a user has over text output.
type TextOptions struct {
	Color bool // ANSI colours (on when stdout is a terminal)
	// ShowSuppressed prints suppressed and baselined findings too.
	ShowSuppressed bool
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
	ansiCyan  = "\x1b[36m"
)

// Text writes one block per finding:
//
//	notebooks/etl.py:12:34: DBX101 jdbc-credential: JDBC password is a string literal ("s3…"); ...
//	   12 |     .option("password", "s3…")
//	      |                         ^
//
// then a summary line.
func Text(w io.Writer, res Result, opts TextOptions) error {
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + ansiReset
	}
	counts := map[meta.Severity]int{}
	suppressed, baselined := 0, 0
	var last *driver.Commit // findings of one commit come together, under its short SHA and subject
	for _, f := range res.Findings {
		switch {
		case f.Suppression != nil:
			suppressed++
		case res.Baselined[f.Fingerprint]:
			baselined++
		default:
			counts[f.Level]++
		}
		hidden := f.Suppression != nil || res.Baselined[f.Fingerprint]
		if hidden && !opts.ShowSuppressed {
			continue
		}
		lvl := f.Level.String()
		color := ansiYel
		if f.Level == meta.Error {
			color = ansiRed
		} else if f.Level == meta.Note {
			color = ansiCyan
		}
		note := ""
		if f.Suppression != nil {
			note = " (suppressed: " + f.Suppression.Reason + ")"
		} else if hidden {
			note = " (baselined)"
		}
		if c := f.Commit; c != nil && c != last {
			last = c
			fmt.Fprintf(w, "%s %s (%s, %s)\n", paint(ansiBold, "commit "+shortSHA(c.SHA)), c.Subject, c.Author, c.Date)
		}
		at := fmt.Sprintf("%s:%d:%d", f.Path, f.Line, f.Col)
		if f.Entry != "" {
			at = f.Path // the message names the notebook and command; the excerpt's line counts in the notebook
		}
		fmt.Fprintf(w, "%s: %s %s %s: %s%s\n",
			paint(ansiBold, at),
			paint(color, lvl), paint(ansiBold, f.Rule.ID), f.Rule.Name, f.Message, note)
		if f.Excerpt != "" {
			num := fmt.Sprintf("%5d", f.Line)
			line, col := expandTabs(f.Excerpt, f.Col)
			fmt.Fprintf(w, "%s %s %s\n", paint(ansiDim, num), paint(ansiDim, "|"), line)
			fmt.Fprintf(w, "%s %s %s%s\n", strings.Repeat(" ", len(num)), paint(ansiDim, "|"), strings.Repeat(" ", col), paint(color, "^"))
		}
		for _, fix := range f.Fixes {
			fmt.Fprintf(w, "%s fix: %s\n", strings.Repeat(" ", 7), fix.Message)
		}
	}
	total := counts[meta.Error] + counts[meta.Warning] + counts[meta.Note]
	summary := fmt.Sprintf("%d %s (%d %s, %d %s, %d %s) in %d %s",
		total, plural(total, "finding"), counts[meta.Error], plural(counts[meta.Error], "error"),
		counts[meta.Warning], plural(counts[meta.Warning], "warning"), counts[meta.Note], plural(counts[meta.Note], "note"),
		res.FilesScanned, plural(res.FilesScanned, "file"))
	if suppressed > 0 {
		summary += fmt.Sprintf(", %d suppressed", suppressed)
	}
	if baselined > 0 {
		summary += fmt.Sprintf(", %d baselined", baselined)
	}
	if n := len(res.Notifications); n > 0 {
		summary += fmt.Sprintf(", %d %s (see stderr)", n, plural(n, "notification"))
	}
	_, err := fmt.Fprintln(w, summary)
	return err
}

// expandTabs turns tabs into spaces so the caret lines up; col is the
// finding's 1-based byte column and the result its 0-based display column.
func expandTabs(line string, col int) (string, int) {
	var b strings.Builder
	display := 0
	for i, r := range line {
		if i == col-1 {
			col = display + 1
		}
		if r == '\t' {
			n := 4 - display%4
			b.WriteString(strings.Repeat(" ", n))
			display += n
			continue
		}
		b.WriteRune(r)
		display++
	}
	if col-1 > display {
		col = display + 1
	}
	return b.String(), col - 1
}

func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Notifications writes tool notifications (parse errors, skipped files) as
// "bricklint: path:line:col: level: message" lines, for stderr.
func Notifications(w io.Writer, notes []driver.Notification) {
	for _, n := range notes {
		where := n.Path
		if n.Line > 0 {
			where = fmt.Sprintf("%s:%d:%d", n.Path, n.Line, max(n.Col, 1))
		}
		fmt.Fprintf(w, "bricklint: %s: %s: %s\n", where, n.Level, n.Message)
	}
}

type jsonFinding struct {
	Rule        string   `json:"rule"`
	Name        string   `json:"name"`
	Level       string   `json:"level"`
	Message     string   `json:"message"`
	Path        string   `json:"path"`
	Entry       string   `json:"entry,omitempty"`   // the notebook inside the archive Path
	Command     int      `json:"command,omitempty"` // its 1-based command
	InResults   bool     `json:"inSavedResults,omitempty"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"endLine"`
	EndColumn   int      `json:"endColumn"`
	Excerpt     string   `json:"excerpt"`
	Fingerprint string   `json:"fingerprint"`
	Suppressed  string   `json:"suppressed,omitempty"`
	Baselined   bool     `json:"baselined,omitempty"`
	Fixes       []string `json:"fixes,omitempty"`
	// Commit, Author (name <email>), Date (ISO 8601) and Subject name the
	// commit that introduced the finding (bricklint history).
	Commit  string `json:"commit,omitempty"`
	Author  string `json:"author,omitempty"`
	Date    string `json:"date,omitempty"`
	Subject string `json:"subject,omitempty"`
}

type jsonNotification struct {
	Level   string `json:"level"`
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

// JSON writes findings and notifications as one JSON document.
func JSON(w io.Writer, res Result) error {
	out := struct {
		Findings      []jsonFinding      `json:"findings"`
		Notifications []jsonNotification `json:"notifications"`
		FilesScanned  int                `json:"filesScanned"`
	}{Findings: []jsonFinding{}, Notifications: []jsonNotification{}, FilesScanned: res.FilesScanned}
	for _, f := range res.Findings {
		jf := jsonFinding{
			Rule: f.Rule.ID, Name: f.Rule.Name, Level: f.Level.String(), Message: f.Message,
			Path: f.Path, Entry: f.Entry, Command: f.Command, InResults: f.InResults, Line: f.Line, Column: f.Col, EndLine: f.EndLine, EndColumn: f.EndCol,
			Excerpt: f.Excerpt, Fingerprint: f.Fingerprint, Baselined: res.Baselined[f.Fingerprint],
		}
		if c := commitOf(f.Commit); c.Commit != "" {
			jf.Commit, jf.Author, jf.Date, jf.Subject = c.Commit, c.Author, c.Date, c.Subject
		}
		if f.Suppression != nil {
			jf.Suppressed = f.Suppression.Reason
		}
		for _, fix := range f.Fixes {
			jf.Fixes = append(jf.Fixes, fix.Message)
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, n := range res.Notifications {
		out.Notifications = append(out.Notifications, jsonNotification{n.Level.String(), n.Path, n.Line, n.Col, n.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
