package driver

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFileLikeOS: readFile returns what os.ReadFile returns, bytes and
// error text, for files of every size class, a missing file and a directory.
func TestReadFileLikeOS(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 100_000, 3 << 20} {
		p := filepath.Join(dir, fmt.Sprintf("f%d", n))
		content := []byte(strings.Repeat("password = 1\n", n/13+1)[:n])
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(p)
		if err != nil || !bytes.Equal(got, content) {
			t.Errorf("readFile(%d bytes) = %d bytes, %v", n, len(got), err)
		}
	}
	for _, p := range []string{filepath.Join(dir, "missing.py"), dir} {
		_, want := os.ReadFile(p)
		_, got := readFile(p)
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("readFile(%s) error %v, os.ReadFile's %v", p, got, want)
		}
	}
}
