package history

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
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
	r, err := c.blobs([]string{name}, max)
	if err != nil {
		return nil, 0, false, err
	}
	return r[0].b, r[0].size, r[0].ok, nil
}

type blobResult struct {
	b    []byte
	size int64
	ok   bool
}

// maxBatch bounds the names written before their answers are read, so that
// the names always fit in the pipe while git waits for us to read.
const maxBatch = 256

// blobs asks for several objects at once: one round trip to git for all of
// a commit's changed files, not one each.
func (c *catFile) blobs(names []string, max int64) ([]blobResult, error) {
	out := make([]blobResult, len(names))
	for start := 0; start < len(names); start += maxBatch {
		batch := names[start:min(start+maxBatch, len(names))]
		for _, name := range batch {
			if strings.ContainsAny(name, "\n") {
				name = "" // answered "missing"
			}
			c.w.WriteString(name)
			c.w.WriteByte('\n')
		}
		if err := c.w.Flush(); err != nil {
			return nil, err
		}
		for i := range batch {
			r, err := c.read(max)
			if err != nil {
				return nil, err
			}
			out[start+i] = r
		}
	}
	return out, nil
}

// read reads one answer of cat-file --batch.
func (c *catFile) read(max int64) (blobResult, error) {
	head, err := c.r.ReadString('\n')
	if err != nil {
		return blobResult{}, fmt.Errorf("git cat-file: %v", err)
	}
	f := strings.Fields(head)
	if len(f) != 3 { // "<name> missing", "<name> ambiguous"
		return blobResult{}, nil
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return blobResult{}, fmt.Errorf("git cat-file: bad header %q", short(head))
	}
	if f[1] != "blob" || (max > 0 && size > max) {
		if _, err := c.r.Discard(int(size) + 1); err != nil {
			return blobResult{}, fmt.Errorf("git cat-file: %v", err)
		}
		return blobResult{size: size, ok: f[1] == "blob"}, nil
	}
	b := make([]byte, size+1)
	if _, err := io.ReadFull(c.r, b); err != nil {
		return blobResult{}, fmt.Errorf("git cat-file: %v", err)
	}
	return blobResult{b: b[:size], size: size, ok: true}, nil
}

func (c *catFile) close() {
	c.in.Close()
	c.cmd.Wait()
}

// lsTree lists the regular files directly in each of dirs of a commit's
// tree, with one git ls-tree for all of them.
func lsTree(repo, commit string, dirs []string) map[string][]string {
	out := make(map[string][]string, len(dirs))
	args := []string{"ls-tree", "-z", commit, "--"}
	for _, d := range dirs {
		out[d] = nil
		if d == "." || d == "" {
			args = append(args, "./")
		} else {
			args = append(args, d+"/")
		}
	}
	b, err := gitCmd(repo, args...).Output()
	if err != nil {
		return out
	}
	for _, e := range bytes.Split(b, []byte{0}) {
		// <mode> SP <type> SP <object> TAB <path>
		tab := bytes.IndexByte(e, '\t')
		if tab < 0 || !bytes.HasPrefix(e, []byte("100")) {
			continue // trees, symbolic links (120000) and submodules (160000)
		}
		p := string(e[tab+1:])
		dir, name := path.Split(p)
		dir = strings.TrimSuffix(dir, "/")
		if dir == "" {
			dir = "."
		}
		if _, asked := out[dir]; asked {
			out[dir] = append(out[dir], name)
		}
	}
	return out
}
