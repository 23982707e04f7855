package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A bundle file's unit holds the other files of its bundle as context: the
// root and the files its include: globs match. A YAML file the nearest root
// does not include, a pattern leaving the bundle's directory and a nested
// bundle's files stay on their own, and so does a link out of the root.
func TestBundleContext(t *testing.T) {
	files := map[string]string{
		"bundle/databricks.yml":            "bundle:\n  name: b\ninclude:\n  - resources/*.yml\n  - targets/prod.yaml\n  - ../shared/*.yml\n",
		"bundle/resources/a.yml":           "resources: {}\n",
		"bundle/resources/b.yml":           "resources: {}\n",
		"bundle/resources/notes.md":        "# not YAML\n",
		"bundle/targets/prod.yaml":         "targets: {}\n",
		"bundle/fixtures/sample.yml":       "resources: {}\n",
		"bundle/sub/databricks.yml":        "bundle:\n  name: nested\n",
		"bundle/sub/resources/c.yml":       "resources: {}\n",
		"shared/common.yml":                "variables: {}\n",
		".github/workflows/deploy.yml":     "on: push\n",
		"bundle/resources/deep/nested.yml": "resources: {}\n",
	}
	root := writeTree(t, files)
	outside := filepath.Join(t.TempDir(), "stolen.yml")
	if err := os.WriteFile(outside, []byte("resources: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "bundle/resources/link.yml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	w := &Walker{Root: real, MaxFileSize: 1 << 20}
	names := []string{"bundle/databricks.yml", "bundle/resources/a.yml", "bundle/fixtures/sample.yml",
		"bundle/sub/resources/c.yml", "shared/common.yml", ".github/workflows/deploy.yml", "bundle/resources/deep/nested.yml"}
	got := map[string][]string{}
	for _, u := range w.Units(names) {
		got[u.Files[0]] = u.Context
	}
	want := map[string][]string{
		"bundle/databricks.yml": {"bundle/resources/a.yml", "bundle/resources/b.yml", "bundle/targets/prod.yaml"},
		// b.yml declares no variables or targets: a.yml needs only those that do.
		"bundle/resources/a.yml":           {"bundle/databricks.yml", "bundle/targets/prod.yaml"},
		"bundle/fixtures/sample.yml":       nil,
		"bundle/sub/resources/c.yml":       nil,
		"shared/common.yml":                nil,
		".github/workflows/deploy.yml":     nil,
		"bundle/resources/deep/nested.yml": nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contexts\n got %q\nwant %q", got, want)
	}
}
