package driver

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A script's unit holds the files it sources from the repository as
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
	w := &Walker{Root: real, MaxFileSize: 1 << 20}
	units := w.Units([]string{"ci/deploy.sh", "ci/notes.py"})
	if len(units) != 2 {
		t.Fatalf("%d units", len(units))
	}
	if got, want := units[0].Context, []string{"ci/lib/api.sh", "ci/lib/http.sh"}; !reflect.DeepEqual(got, want) {
		t.Errorf("deploy.sh context %q, want %q", got, want)
	}
	if len(units[1].Context) != 0 {
		t.Errorf("a Python file got context %q", units[1].Context)
	}
}
