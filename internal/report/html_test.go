package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	res := mixedResult()
	res.Findings[0].Message = `password "W…" <script>alert(1)</script>`
	res.Findings[0].Excerpt = `pw = "<b>W…</b>"`
	res.Rules[0].Help = "## Why\n<img src=x onerror=alert(1)>"
	res.Started = time.Date(2026, 12, 7, 2, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := HTML(&b, Tool{Name: "bricklint", Version: "0.1.0"}, res); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<b>W") || strings.Contains(out, "<img") {
		t.Errorf("source text or docs reach the page as markup")
	}
	for _, want := range []string{
		`content="default-src 'none';`,
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`<pre class="excerpt">pw = &#34;&lt;b&gt;W…&lt;/b&gt;&#34;</pre>`,
		`data-rule="DBX101" data-level="error" data-dir="notebooks/"`,
		`data-hidden="1"`, `(suppressed: local sandbox)`, `(baselined)`,
		`<li>fix: read it with dbutils.secrets.get</li>`,
		`<details class="rule" id="rule-DBX203">`,
		`data-filter="dir" data-value="notebooks/"`,
		"2026-12-07 02:00 UTC",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Nothing is fetched: no src, no stylesheet link, no import.
	if m := regexp.MustCompile(`(?i)<[a-z][^>]*\ssrc=|<link|@import|url\(`).FindString(out); m != "" {
		t.Errorf("the page fetches something: %q", m)
	}
	// Suppressed and baselined findings are not counted in the charts.
	if !strings.Contains(out, `<strong id="total">2</strong> findings (2 suppressed or baselined)`) {
		t.Errorf("totals wrong:\n%.800s", out)
	}
}

func TestTopKeysKeepsTheLargestDirectories(t *testing.T) {
	got := topKeys(map[string]int{"a/": 1, "b/": 5, "c/": 5, "d/": 2}, 3)
	if strings.Join(got, " ") != "b/ c/ d/" {
		t.Errorf("topKeys = %v", got)
	}
}
