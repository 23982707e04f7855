package history

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// gitCmd runs git in the repository with pathspecs taken literally and no
// pager, textconv or external diff between us and the objects.
func gitCmd(repo string, args ...string) *exec.Cmd {
	cmd := exec.Command("git", append([]string{"--no-pager", "-c", "core.quotePath=false", "--literal-pathspecs"}, args...)...)
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0")
	return cmd
}

// catFile is one `git cat-file --batch` process: objects are asked for on
// its stdin and come back one after the other on its stdout.
type catFile struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	w   *bufio.Writer
	r   *bufio.Reader
}

func newCatFile(repo string) (*catFile, error) {
	cmd := gitCmd(repo, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &catFile{cmd: cmd, in: in, w: bufio.NewWriter(in), r: bufio.NewReaderSize(out, 64<<10)}, nil
}

// blob returns the content of a blob named by id or by commit:path. ok is
// false when it does not exist or is no blob; size is its size even when it
// is larger than max (> 0), in which case b is nil and the bytes are skipped.
func (c *catFile) blob(name string, max int64) (b []byte, size int64, ok bool, err error) {
	if strings.ContainsAny(name, "\n") {
		return nil, 0, false, nil
	}
	c.w.WriteString(name)
	c.w.WriteByte('\n')
	if err := c.w.Flush(); err != nil {
		return nil, 0, false, err
	}
	head, err := c.r.ReadString('\n')
	if err != nil {
		return nil, 0, false, fmt.Errorf("git cat-file: %v", err)
	}
	f := strings.Fields(head)
	if len(f) != 3 { // "<name> missing", "<name> ambiguous"
		return nil, 0, false, nil
	}
	size, err = strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return nil, 0, false, fmt.Errorf("git cat-file: bad header %q", short(head))
	}
	if f[1] != "blob" || (max > 0 && size > max) {
		if _, err := c.r.Discard(int(size) + 1); err != nil {
			return nil, 0, false, fmt.Errorf("git cat-file: %v", err)
		}
		return nil, size, f[1] == "blob", nil
	}
	b = make([]byte, size+1)
	if _, err := io.ReadFull(c.r, b); err != nil {
		return nil, 0, false, fmt.Errorf("git cat-file: %v", err)
	}
	return b[:size], size, true, nil
}

func (c *catFile) close() {
	c.in.Close()
	c.cmd.Wait()
}

// lsTree lists the regular files directly in dir of a commit's tree.
func lsTree(repo, commit, dir string) []string {
	args := []string{"ls-tree", "-z", commit}
	if dir != "." && dir != "" {
		args = append(args, "--", dir+"/")
	}
	out, err := gitCmd(repo, args...).Output()
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range bytes.Split(out, []byte{0}) {
		// <mode> SP <type> SP <object> TAB <path>
		tab := bytes.IndexByte(e, '\t')
		if tab < 0 || !bytes.HasPrefix(e, []byte("100")) {
			continue // trees, symbolic links (120000) and submodules (160000)
		}
		p := string(e[tab+1:])
		if i := strings.LastIndexByte(p, '/'); i >= 0 {
			p = p[i+1:]
		}
		names = append(names, p)
	}
	return names
}
