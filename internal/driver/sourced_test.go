package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A script's unit reads the files it sources from the repository as
// context, through other sourced files, once each; cycles, paths outside
// the root, symbolic links that leave it and missing files are not followed.
func TestSourcedContext(t *testing.T) {
	base := writeTree(t, map[string]string{
		"repo/ci/deploy.sh":   "#!/bin/bash\nsource \"$(dirname \"$0\")/lib/api.sh\"\n. ../../secret.sh\nsource ./missing.sh\nsource lib/link.sh\n",
		"repo/ci/lib/api.sh":  ". ./http.sh\n",
		"repo/ci/lib/http.sh": "source ./api.sh # a cycle\n",
		"secret.sh":           "x=1\n",
		"repo/ci/notes.py":    "import os\n",
	})
	root := filepath.Join(base, "repo")
	if err := os.Symlink(filepath.Join(base, "secret.sh"), filepath.Join(root, "ci/lib/link.sh")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		t.Fatal(err)
	}
	read := includeReader(Options{Root: real})
	src, _ := read("ci/deploy.sh")
	paths, bodies := sourcedFiles("ci/deploy.sh", src, read)
	if want := []string{"ci/lib/api.sh", "ci/lib/http.sh"}; !reflect.DeepEqual(paths, want) {
		t.Errorf("deploy.sh sources %q, want %q", paths, want)
	}
	if len(bodies) != 2 || string(bodies[0]) != ". ./http.sh\n" {
		t.Errorf("contents %q", bodies)
	}
	// A Python file's unit gets nothing: only shell scripts source.
	if isShellScript("ci/notes.py") || !isShellScript("ci/deploy.sh") {
		t.Error("isShellScript")
	}
}
