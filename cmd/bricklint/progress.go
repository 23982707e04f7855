package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/bricklint/bricklint/internal/driver"
)

// progressDelay: a scan that ends sooner prints no progress at all.
const progressDelay = time.Second

// showProgress decides whether a scan reports progress: when asked
// (--progress), or when stderr is a terminal outside CI.
func showProgress(asked bool, stderr io.Writer) (show, tty bool) {
	tty = isTerminal(stderr)
	if asked {
		return true, tty
	}
	return tty && os.Getenv("CI") == "", tty
}

// startProgress prints "files done/total, MB/s" to w every interval once
// delay has passed: on a terminal one line rewritten in place (cleared at
// the end), elsewhere a line each time. stop ends it and waits.
func startProgress(w io.Writer, p *driver.Progress, tty bool, delay, interval time.Duration) (stop func()) {
	start := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		timer := time.NewTimer(delay)
		defer timer.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		}
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			secs := time.Since(start).Seconds()
			line := fmt.Sprintf("bricklint: %d/%d files, %.1f MB/s", p.Done.Load(), p.Total.Load(), float64(p.Bytes.Load())/1e6/secs)
			if tty {
				fmt.Fprintf(w, "\r\x1b[K%s", line)
			} else {
				fmt.Fprintln(w, line)
			}
			select {
			case <-done:
				if tty {
					fmt.Fprint(w, "\r\x1b[K")
				}
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
	}
}
