package main

import (
	"os"
	"strings"
	"testing"
)

// The README's CI snippets are the templates that .ci/e2e.sh runs: every
// line of a YAML snippet under Integrations is a line of a template.
func TestReadmeIntegrationSnippetsAreTheTemplates(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Integrations\n")
	if !ok {
		t.Fatal("README has no Integrations section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	templates := map[string]bool{}
	for _, p := range []string{"../../examples/azure-pipelines/bricklint.yml", "../../examples/gitlab/bricklint.gitlab-ci.yml"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			templates[uncomment(l)] = true
		}
	}
	blocks := strings.Split(section, "```yaml\n")
	if len(blocks) < 3 {
		t.Fatalf("want the Azure and GitLab snippets, found %d YAML blocks", len(blocks)-1)
	}
	for _, block := range blocks[1:] {
		body, _, _ := strings.Cut(block, "```")
		for _, l := range strings.Split(body, "\n") {
			if l = uncomment(l); l != "" && !templates[l] {
				t.Errorf("README snippet line not in the templates: %q", l)
			}
		}
	}
}

// uncomment drops a YAML line's trailing comment and spaces.
func uncomment(l string) string {
	if i := strings.Index(l, " # "); i >= 0 {
		l = l[:i]
	}
	return strings.TrimRight(l, " ")
}
