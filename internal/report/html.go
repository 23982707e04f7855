package report

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"path"
	"slices"
	"strings"
	"text/template"

	"github.com/bricklint/bricklint/internal/meta"
)

// HTML writes one self-contained page: counts per rule, severity and
// directory as inline SVG charts, a filterable table of the findings with
// their redacted excerpts and fixes, and the rule docs. A Content Security
// Policy forbids every fetch, so the page works offline and leaks nothing.
func HTML(w io.Writer, tool Tool, res Result) error {
	page := htmlPage{Tool: tool, Files: res.FilesScanned}
	if !res.Started.IsZero() {
		page.When = res.Started.UTC().Format("2006-01-02 15:04 UTC")
	}
	byRule, byLevel, byDir := map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range res.Findings {
		st := status(f, res)
		row := htmlFinding{
			Rule: f.Rule.ID, Name: f.Rule.Name, Level: f.Level.String(), Dir: dirOf(f.Path),
			Where: fmt.Sprintf("%s:%d:%d", where(f), f.Line, f.Col), Message: f.Message, Excerpt: strings.TrimSpace(f.Excerpt),
			Status: st, Help: f.Rule.HelpURL(),
		}
		for _, fix := range f.Fixes {
			row.Fixes = append(row.Fixes, fix.Message)
		}
		page.Findings = append(page.Findings, row)
		if st != "" {
			page.Hidden++
			continue
		}
		page.Shown++
		byRule[f.Rule.ID]++
		byLevel[row.Level]++
		byDir[row.Dir]++
	}
	for _, m := range rulesOf(res) {
		page.Rules = append(page.Rules, htmlRule{ID: m.ID, Name: m.Name, Title: cmp.Or(m.Title, m.Name), Level: m.Severity.String(),
			CWE: m.CWE, Summary: m.Summary, Help: m.Help, URL: m.HelpURL(), Count: byRule[m.ID]})
		page.RuleIDs = append(page.RuleIDs, m.ID)
	}
	var levels []string
	for _, s := range []meta.Severity{meta.Error, meta.Warning, meta.Note} {
		levels = append(levels, s.String())
	}
	page.Levels = levels
	for d := range byDir {
		page.Dirs = append(page.Dirs, d)
	}
	for _, f := range page.Findings {
		if !slices.Contains(page.Dirs, f.Dir) {
			page.Dirs = append(page.Dirs, f.Dir)
		}
	}
	slices.Sort(page.Dirs)
	page.Charts = []string{
		barChart("Findings per rule", "rule", page.RuleIDs, byRule),
		barChart("Findings per severity", "level", levels, byLevel),
		barChart("Findings per directory", "dir", topKeys(byDir, 12), byDir),
	}
	return htmlTemplate.Execute(w, page)
}

type htmlPage struct {
	Tool          Tool
	When          string
	Files         int
	Shown, Hidden int
	Charts        []string // SVG markup, escaped when built
	Findings      []htmlFinding
	Rules         []htmlRule
	RuleIDs       []string
	Levels, Dirs  []string
}

type htmlFinding struct {
	Rule, Name, Level, Dir, Where, Message, Excerpt, Status, Help string
	Fixes                                                         []string
}

type htmlRule struct {
	ID, Name, Title, Level, CWE, Summary, Help, URL string
	Count                                           int
}

func dirOf(p string) string {
	if d := path.Dir(p); d != "." {
		return d + "/"
	}
	return "./"
}

// topKeys are the n keys with the highest counts (ties by name).
func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(m[b]-m[a], strings.Compare(a, b)) })
	return keys[:min(n, len(keys))]
}

// barChart is a horizontal bar chart as inline SVG; clicking a bar filters
// the table by its key (the page's script reads data-filter/data-value).
func barChart(title, filter string, keys []string, counts map[string]int) string {
	const rowH, labelW, barW = 22, 190, 260
	highest := 1
	for _, k := range keys {
		highest = max(highest, counts[k])
	}
	var b strings.Builder
	h := rowH*len(keys) + 8
	esc := html.EscapeString
	fmt.Fprintf(&b, `<figure class="chart"><figcaption>%s</figcaption><svg role="img" aria-label="%s" width="%d" height="%d" viewBox="0 0 %d %d">`,
		esc(title), esc(title), labelW+barW+50, h, labelW+barW+50, h)
	for i, k := range keys {
		y := i*rowH + 4
		w := counts[k] * barW / highest
		if counts[k] > 0 {
			w = max(w, 2)
		}
		label := k
		if len(label) > 28 {
			label = "…" + label[len(label)-27:]
		}
		fmt.Fprintf(&b, `<g class="bar" data-filter="%s" data-value="%s" tabindex="0"><title>%s: %d</title>`+
			`<text x="%d" y="%d" text-anchor="end">%s</text><rect class="lvl-%s" x="%d" y="%d" width="%d" height="%d" rx="2"></rect>`+
			`<text x="%d" y="%d">%d</text></g>`,
			esc(filter), esc(k), esc(k), counts[k], labelW-6, y+15, esc(label), esc(k), labelW, y+2, w, rowH-6, labelW+w+6, y+15, counts[k])
	}
	if len(keys) == 0 {
		fmt.Fprintf(&b, `<text x="4" y="16">no findings</text>`)
	}
	b.WriteString(`</svg></figure>`)
	return b.String()
}

// htmlTemplate is a text/template whose every value goes through html
// (element text and double-quoted attributes only; the charts are built
// escaped): html/template of go1.26.8 has two vulnerabilities this page would
// reach (GO-2026-6599, GO-2026-6600), fixed only in go1.26.9.
var htmlTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bricklint report</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px}
.meta{color:#59636e}.charts{display:flex;flex-wrap:wrap;gap:16px}
figure.chart{margin:0;border:1px solid #d1d9e0;border-radius:6px;padding:8px 12px}figcaption{font-weight:600;margin-bottom:4px}
svg text{font-size:12px;fill:#1f2328}.bar{cursor:pointer}.bar:hover rect,.bar:focus rect{opacity:.75}
rect{fill:#0969da}rect.lvl-error{fill:#cf222e}rect.lvl-warning{fill:#bf8700}rect.lvl-note{fill:#1a7f37}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0;padding:8px;background:#f6f8fa;border-radius:6px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d1d9e0;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;position:sticky;top:0}
.level{font-weight:600;text-transform:uppercase;font-size:11px}.level-error{color:#cf222e}.level-warning{color:#9a6700}.level-note{color:#1a7f37}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
pre.excerpt{background:#f6f8fa;padding:4px 6px;margin:4px 0 0;white-space:pre-wrap;word-break:break-all}
.status{color:#59636e;font-style:italic}tr.hidden-finding{opacity:.6}
ul.fixes{margin:4px 0 0;padding-left:18px}details.rule{border:1px solid #d1d9e0;border-radius:6px;padding:8px 12px;margin:8px 0}
details.rule summary{cursor:pointer;font-weight:600}pre.doc{white-space:pre-wrap;background:#f6f8fa;padding:8px}
</style>
</head>
<body>
<h1>bricklint report</h1>
<p class="meta">{{.Tool.Name | html}} {{.Tool.Version | html}}{{with .When}} · {{. | html}}{{end}} · {{.Files | html}} files scanned ·
<strong id="total">{{.Shown | html}}</strong> findings{{if .Hidden}} ({{.Hidden | html}} suppressed or baselined){{end}}</p>

<div class="charts">{{range .Charts}}{{.}}{{end}}</div>

<h2>Findings</h2>
<form class="filters" id="filters" onsubmit="return false">
<label>Rule <select id="f-rule" data-filter="rule"><option value="">all</option>{{range .RuleIDs}}<option>{{. | html}}</option>{{end}}</select></label>
<label>Severity <select id="f-level" data-filter="level"><option value="">all</option>{{range .Levels}}<option>{{. | html}}</option>{{end}}</select></label>
<label>Directory <select id="f-dir" data-filter="dir"><option value="">all</option>{{range .Dirs}}<option>{{. | html}}</option>{{end}}</select></label>
<label>Text <input id="f-text" type="search" placeholder="path or message"></label>
<label><input id="f-hidden" type="checkbox"> show suppressed and baselined</label>
<button id="f-reset" type="button">reset</button>
<span><strong id="shown">{{.Shown | html}}</strong> shown</span>
</form>
<table id="findings">
<thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Finding</th></tr></thead>
<tbody>
{{range .Findings}}<tr data-rule="{{.Rule | html}}" data-level="{{.Level | html}}" data-dir="{{.Dir | html}}"{{if .Status}} data-hidden="1" class="hidden-finding" hidden{{end}}>
<td class="level level-{{.Level | html}}">{{.Level | html}}</td>
<td><a href="#rule-{{.Rule | html}}">{{.Rule | html}}</a><br>{{.Name | html}}</td>
<td><code>{{.Where | html}}</code></td>
<td>{{.Message | html}}{{with .Status}} <span class="status">({{. | html}})</span>{{end}}
{{with .Excerpt}}<pre class="excerpt">{{. | html}}</pre>{{end}}
{{with .Fixes}}<ul class="fixes">{{range .}}<li>fix: {{. | html}}</li>{{end}}</ul>{{end}}</td>
</tr>
{{end}}</tbody>
</table>
<p id="empty"{{if .Shown}} hidden{{end}}>No findings match.</p>

<h2>Rules</h2>
{{range .Rules}}<details class="rule" id="rule-{{.ID | html}}">
<summary>{{.ID | html}} {{.Name | html}}: {{.Title | html}} ({{.Count | html}})</summary>
<p><strong>Default severity:</strong> {{.Level | html}}{{with .CWE}} · {{. | html}}{{end}} · <a href="{{.URL | html}}">documentation</a></p>
<p><strong>Why:</strong> {{.Summary | html}}</p>
{{with .Help}}<pre class="doc">{{. | html}}</pre>{{end}}
</details>
{{end}}
<script>
"use strict";
(function () {
  const rows = Array.from(document.querySelectorAll("#findings tbody tr"));
  const selects = Array.from(document.querySelectorAll("#filters select"));
  const text = document.getElementById("f-text");
  const hidden = document.getElementById("f-hidden");
  function apply() {
    const want = {};
    for (const s of selects) want[s.dataset.filter] = s.value;
    const q = text.value.trim().toLowerCase();
    let n = 0;
    for (const tr of rows) {
      const ok = (!want.rule || tr.dataset.rule === want.rule) &&
        (!want.level || tr.dataset.level === want.level) &&
        (!want.dir || tr.dataset.dir === want.dir) &&
        (hidden.checked || !tr.dataset.hidden) &&
        (!q || tr.textContent.toLowerCase().includes(q));
      tr.hidden = !ok;
      if (ok) n++;
    }
    document.getElementById("shown").textContent = String(n);
    document.getElementById("empty").hidden = n > 0;
  }
  for (const s of selects) s.addEventListener("change", apply);
  text.addEventListener("input", apply);
  hidden.addEventListener("change", apply);
  document.getElementById("f-reset").addEventListener("click", function () {
    for (const s of selects) s.value = "";
    text.value = "";
    hidden.checked = false;
    apply();
  });
  for (const bar of document.querySelectorAll(".bar")) {
    const pick = function () {
      const s = selects.find(function (s) { return s.dataset.filter === bar.dataset.filter; });
      s.value = s.value === bar.dataset.value ? "" : bar.dataset.value;
      apply();
      document.getElementById("findings").scrollIntoView();
    };
    bar.addEventListener("click", pick);
    bar.addEventListener("keydown", function (e) { if (e.key === "Enter") pick(); });
  }
  apply();
})();
</script>
</body>
</html>
`))
