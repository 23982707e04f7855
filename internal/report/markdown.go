package report

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// MarkdownOptions are the choices a user has over Markdown output.
type MarkdownOptions struct {
	// LinkBase, when set, turns locations into links: LinkBase + path +
	// "#L" + line (a blob URL at the scanned commit, ending in "/").
	LinkBase string
	// MaxFindings and MaxBytes bound the findings listed; the rest are
	// counted in a note. GitHub caps a PR comment at 65,536 characters.
	MaxFindings int
	MaxBytes    int
}

// DefaultMarkdownOptions fit a pull request comment.
var DefaultMarkdownOptions = MarkdownOptions{MaxFindings: 50, MaxBytes: 60000}

// Markdown writes a summary table per rule and the findings, for a pull
// request comment or a CI job summary ($GITHUB_STEP_SUMMARY).
func Markdown(w io.Writer, res Result, opts MarkdownOptions) error {
	var b strings.Builder
	type row struct{ counts [4]int }
	rows := map[string]*row{}
	var shown []driver.Finding
	total, hidden := [4]int{}, 0
	for _, f := range res.Findings {
		if status(f, res) != "" {
			hidden++
			continue
		}
		r := rows[f.Rule.ID]
		if r == nil {
			r = &row{}
			rows[f.Rule.ID] = r
		}
		r.counts[f.Level]++
		total[f.Level]++
		shown = append(shown, f)
	}
	n := total[meta.Error] + total[meta.Warning] + total[meta.Note]
	fmt.Fprintf(&b, "## bricklint: %d %s (%d %s, %d %s, %d %s) in %d %s\n\n", n, plural(n, "finding"),
		total[meta.Error], plural(total[meta.Error], "error"), total[meta.Warning], plural(total[meta.Warning], "warning"),
		total[meta.Note], plural(total[meta.Note], "note"), res.FilesScanned, plural(res.FilesScanned, "file"))
	if hidden > 0 {
		fmt.Fprintf(&b, "%d suppressed or baselined %s not listed.\n\n", hidden, plural(hidden, "finding"))
	}
	if n == 0 {
		b.WriteString("No findings.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("| Rule | | Errors | Warnings | Notes |\n| --- | --- | ---: | ---: | ---: |\n")
	for _, m := range rulesOf(res) {
		r := rows[m.ID]
		if r == nil {
			continue
		}
		fmt.Fprintf(&b, "| [%s](%s) | %s | %d | %d | %d |\n", m.ID, m.HelpURL(), mdCell(cmp.Or(m.Title, m.Name)),
			r.counts[meta.Error], r.counts[meta.Warning], r.counts[meta.Note])
	}
	b.WriteString("\n### Findings\n\n")
	for i, f := range shown {
		item := markdownFinding(f, opts.LinkBase)
		if (opts.MaxFindings > 0 && i >= opts.MaxFindings) || (opts.MaxBytes > 0 && b.Len()+len(item) > opts.MaxBytes) {
			rest := len(shown) - i
			fmt.Fprintf(&b, "\n_… and %d more %s not shown here; the full list is in the SARIF, JSON or HTML report._\n", rest, plural(rest, "finding"))
			break
		}
		b.WriteString(item)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func markdownFinding(f driver.Finding, linkBase string) string {
	var b strings.Builder
	at := fmt.Sprintf("%s:%d", where(f), f.Line)
	loc := "`" + strings.ReplaceAll(at, "`", "'") + "`"
	if linkBase != "" {
		anchor := fmt.Sprintf("#L%d", f.Line)
		if f.Entry != "" {
			anchor = "" // the line counts in the notebook inside the archive
		}
		loc = fmt.Sprintf("[%s](%s%s%s)", loc, linkBase, uriOf(f.Path), anchor)
	}
	fmt.Fprintf(&b, "- **%s** [%s](%s) %s at %s: %s\n", f.Level, f.Rule.ID, f.Rule.HelpURL(), f.Rule.Name, loc, mdText(f.Message))
	if f.Excerpt != "" {
		fence := "```"
		for strings.Contains(f.Excerpt, fence) {
			fence += "`"
		}
		fmt.Fprintf(&b, "  %s\n  %s\n  %s\n", fence, strings.TrimSpace(f.Excerpt), fence)
	}
	for _, fix := range f.Fixes {
		fmt.Fprintf(&b, "  - fix: %s\n", mdText(fix.Message))
	}
	return b.String()
}

// mdText keeps a message's text as text: GitHub would take <scope> for an
// HTML tag and drop it.
var mdText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", " ").Replace

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }
