package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

func TestMarkdownSummaryAndFindings(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, mixedResult(), MarkdownOptions{LinkBase: "https://github.com/o/r/blob/abc/"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"## bricklint: 2 findings (1 error, 0 warnings, 1 note) in 3 files",
		"2 suppressed or baselined findings not listed.",
		"| [DBX101](https://github.com/bricklint/bricklint/blob/main/docs/rules/DBX101.md) | jdbc-credential | 1 | 0 | 1 |",
		"[`notebooks/orders.py:15`](https://github.com/o/r/blob/abc/notebooks/orders.py#L15)",
		"  SALES_PASSWORD = \"W…\"\n",
		"  - fix: read it with dbutils.secrets.get",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	// Rules that found nothing and hidden findings are not listed.
	if strings.Contains(out, "DBX203") || strings.Contains(out, "sandbox") || strings.Contains(out, "DBX201") {
		t.Errorf("markdown lists a rule without findings or a hidden finding:\n%s", out)
	}
}

func TestMarkdownTruncatesForAComment(t *testing.T) {
	rule := meta.Meta{ID: "DBX101", Name: "jdbc-credential", Title: "pipe | and <tag>"}
	res := Result{Result: &driver.Result{FilesScanned: 1}, Rules: []meta.Meta{rule}}
	for i := range 500 {
		res.Findings = append(res.Findings, driver.Finding{Rule: rule, Level: meta.Error, Message: fmt.Sprintf("finding %d at <scope>", i),
			Location: driver.Location{Path: "n.py", Line: i + 1}, Excerpt: strings.Repeat("x", 200), Fingerprint: fmt.Sprint(i)})
	}
	var b bytes.Buffer
	if err := Markdown(&b, res, DefaultMarkdownOptions); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "finding 49 at &lt;scope&gt;") || strings.Contains(out, "finding 50 ") || !strings.Contains(out, "… and 450 more findings not shown") {
		t.Errorf("not cut at 50 findings:\n%.2000s", out)
	}
	if !strings.Contains(out, `pipe \| and &lt;tag&gt;`) {
		t.Errorf("table cell not escaped:\n%.600s", out)
	}
	b.Reset()
	if err := Markdown(&b, res, MarkdownOptions{MaxBytes: 5000}); err != nil {
		t.Fatal(err)
	}
	if b.Len() > 5200 || !strings.Contains(b.String(), "more findings not shown") {
		t.Errorf("MaxBytes 5000 gave %d bytes", b.Len())
	}
}
