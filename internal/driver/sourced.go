package driver

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/bricklint/bricklint/analyzers/lang/shell"
	"github.com/bricklint/bricklint/analyzers/source"
)

// addSourcedContext gives a shell script's unit the files it sources from
// the repository (`. ./lib/common.sh`), as context: the functions and
// variables they define are the script's (analyzers/lang/shell). The walk is
// bounded and stops at cycles and at the scan root.
func (w *Walker) addSourcedContext(units []Unit) {
	for i := range units {
		u := &units[i]
		if len(u.Files) != 1 || !isShellScript(u.Files[0]) {
			continue
		}
		src, ok := w.readRel(u.Files[0])
		if !ok {
			continue
		}
		u.Context = append(u.Context, shell.SourcedPaths(u.Files[0], src, w.readRel)...)
	}
}

func isShellScript(rel string) bool {
	_, lang := source.Classify(rel, nil)
	return lang == source.Shell
}

// readRel reads a regular file under the root by its root-relative path,
// within the size limit; symbolic links that leave the root are not followed.
func (w *Walker) readRel(rel string) ([]byte, bool) {
	if w.Tree != nil {
		return w.Tree.Read(rel, w.MaxFileSize)
	}
	p := filepath.Join(w.Root, filepath.FromSlash(rel))
	real, err := filepath.EvalSymlinks(p)
	if err != nil || !strings.HasPrefix(real+string(filepath.Separator), w.Root+string(filepath.Separator)) {
		return nil, false
	}
	st, err := os.Stat(real)
	if err != nil || !st.Mode().IsRegular() || (w.MaxFileSize > 0 && st.Size() > w.MaxFileSize) {
		return nil, false
	}
	b, err := os.ReadFile(real)
	return b, err == nil
}
