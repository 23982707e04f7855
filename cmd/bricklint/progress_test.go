package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bricklint/bricklint/internal/driver"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgressWaitsForTheDelay(t *testing.T) {
	var out syncBuffer
	stop := startProgress(&out, &driver.Progress{}, true, time.Hour, time.Millisecond)
	stop()
	if out.String() != "" {
		t.Errorf("a scan shorter than the delay printed %q", out.String())
	}
}

func TestProgressLine(t *testing.T) {
	for _, tty := range []bool{true, false} {
		var out syncBuffer
		p := &driver.Progress{}
		p.Total.Store(40)
		p.Done.Store(10)
		p.Bytes.Store(3_000_000)
		stop := startProgress(&out, p, tty, time.Millisecond, time.Millisecond)
		time.Sleep(30 * time.Millisecond)
		stop()
		got := out.String()
		if !strings.Contains(got, "bricklint: 10/40 files, ") || !strings.Contains(got, " MB/s") {
			t.Errorf("tty %v: %q", tty, got)
		}
		if tty != strings.HasSuffix(got, "\r\x1b[K") || tty == strings.Contains(got, "\n") {
			t.Errorf("tty %v: a terminal gets one line rewritten and cleared, a pipe lines: %q", tty, got)
		}
	}
}

// In a pipe (the tests' buffers) a scan prints no progress unless asked.
func TestProgressOnlyWhenAskedOutsideATerminal(t *testing.T) {
	if show, _ := showProgress(false, &bytes.Buffer{}); show {
		t.Error("progress in a pipe without --progress")
	}
	if show, _ := showProgress(true, &bytes.Buffer{}); !show {
		t.Error("--progress ignored")
	}
	_, _, errOut := runCLI(t, e2eRepo, "--root", ".", ".")
	if strings.Contains(errOut, "files, ") {
		t.Errorf("stderr of a piped scan: %q", errOut)
	}
}
