package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// zipFolder zips a fixture folder the way Databricks exports a .dbc.
func zipFolder(t *testing.T, dir string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		f, err := w.Create(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = f.Write(b)
		return err
	})
	if err != nil || w.Close() != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// archiveRepo is a repository with a course .dbc, a corrupt zip and a
// notebook whose finding has a fix.
func archiveRepo(t *testing.T) (root string, dbc []byte) {
	root = t.TempDir()
	dbc = zipFolder(t, "../../testdata/archives/bad_onboarding_course")
	fixable, err := os.ReadFile("../../testdata/DBX202/bad_fixable_notebook.py")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"courses/onboarding.dbc":     dbc,
		"courses/broken.zip":         dbc[:len(dbc)/3],
		"notebooks/token_refresh.py": fixable,
	}
	for p, b := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, dbc
}

func TestArchiveSARIFAndJSON(t *testing.T) {
	root, _ := archiveRepo(t)
	code, out, errOut := runCLI(t, root, "--root", ".", "--format", "sarif", ".")
	if code != exitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "courses/broken.zip: warning: cannot read the archive") {
		t.Errorf("no stderr line for the corrupt archive:\n%s", errOut)
	}
	schema, err := jsonschema.Compile("../../testdata/sarif/sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF does not validate: %#v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
					LogicalLocations []struct{ Name, FullyQualifiedName string }
				}
				Properties map[string]any
			}
			Invocations []struct {
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	inArchive := 0
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0]
		if loc.PhysicalLocation.ArtifactLocation.URI != "courses/onboarding.dbc" {
			continue
		}
		inArchive++
		if len(loc.LogicalLocations) != 1 || !strings.HasPrefix(loc.LogicalLocations[0].FullyQualifiedName, "Setup/") ||
			!strings.HasPrefix(loc.LogicalLocations[0].Name, "command ") {
			t.Errorf("%s: logical location %+v", r.RuleID, loc.LogicalLocations)
		}
		if e, _ := r.Properties["archiveEntry"].(string); !strings.HasPrefix(e, "Setup/") || r.Properties["command"] == nil {
			t.Errorf("%s: properties %v", r.RuleID, r.Properties)
		}
	}
	if inArchive != 4 {
		t.Errorf("%d results in the archive, want 4", inArchive)
	}
	noted := false
	for _, n := range log.Runs[0].Invocations[0].ToolExecutionNotifications {
		noted = noted || strings.HasPrefix(n.Message.Text, "courses/broken.zip: cannot read the archive")
	}
	if !noted {
		t.Error("no toolExecutionNotification for the corrupt archive")
	}

	_, out, _ = runCLI(t, root, "--root", ".", "--format", "json", ".")
	var j struct {
		Findings []struct {
			Path, Entry, Message string
			Command              int
		}
	}
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatal(err)
	}
	for _, f := range j.Findings {
		if f.Path == "courses/onboarding.dbc" && (f.Entry == "" || f.Command == 0 || !strings.Contains(f.Message, "(in "+f.Entry+", ")) {
			t.Errorf("JSON finding in the archive without its notebook and command: %+v", f)
		}
	}
}

func TestFixNeverEditsArchives(t *testing.T) {
	root, dbc := archiveRepo(t)
	before, _ := os.ReadFile(filepath.Join(root, "notebooks/token_refresh.py"))
	runCLI(t, root, "--root", ".", "--fix", ".")
	after, _ := os.ReadFile(filepath.Join(root, "notebooks/token_refresh.py"))
	if bytes.Equal(before, after) {
		t.Fatal("--fix fixed nothing: the archive check below proves nothing")
	}
	got, _ := os.ReadFile(filepath.Join(root, "courses/onboarding.dbc"))
	if !bytes.Equal(got, dbc) {
		t.Error("--fix changed the archive")
	}
}
