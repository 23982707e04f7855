//go:build linux || darwin

package driver

import (
	"io/fs"
	"syscall"
)

// readFile is os.ReadFile without the *os.File around the descriptor: no
// non-blocking mode, poller registration or finalizer, which on a scan of
// small files were a fifth of the time spent reading (docs/performance.md).
// Errors are the same *fs.PathError values os.ReadFile returns.
func readFile(name string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	size := 512
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG && st.Size > 0 && int64(int(st.Size)) == st.Size {
		size = int(st.Size) + 1 // one more byte, so that the final read sees the end at once
	}
	b := make([]byte, 0, size)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return b, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n <= 0 {
			return b, nil
		}
		b = b[:len(b)+n]
	}
}
