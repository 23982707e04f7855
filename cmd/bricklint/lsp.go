package main

import (
	"context"
	"io"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/lsp"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules"
)

// serveLSP runs `bricklint lsp`: a Language Server on stdin and stdout.
func serveLSP(args []string, stdin io.ReadCloser, stdout io.WriteCloser) error {
	if len(args) > 0 && !(len(args) == 1 && args[0] == "--stdio") { // editors often pass --stdio
		return usagef("usage: bricklint lsp [--stdio]")
	}
	lsp.New("bricklint", version, lspSetup).Serve(context.Background(), stdio{stdin, stdout})
	return nil
}

// lspSetup configures the editor's scans of a root as a scan of it with no
// flags would be: its .bricklint.yaml, the default file size limit.
func lspSetup(root string) (driver.Options, *driver.Walker, error) {
	f := scanFlags{maxFileSize: 5 << 20}
	cfg, err := loadConfig(f, root)
	if err != nil {
		return driver.Options{}, nil, err
	}
	levels, err := severityOverrides(cfg)
	if err != nil {
		return driver.Options{}, nil, err
	}
	enabled, err := selectRules(cfg, levels, "", "")
	if err != nil {
		return driver.Options{}, nil, err
	}
	opts := driver.Options{
		Root: root, Rules: enabled, KnownRule: rules.ID,
		Level: func(id string) (meta.Severity, bool) { s, ok := levels[id]; return s, ok },
	}
	return opts, &driver.Walker{Root: root, MaxFileSize: f.maxFileSize, Exclude: cfg.Excluded}, nil
}

// stdio joins the two standard streams into the connection jsonrpc2 reads and writes.
type stdio struct {
	io.ReadCloser
	w io.WriteCloser
}

func (s stdio) Write(p []byte) (int, error) { return s.w.Write(p) }

func (s stdio) Close() error {
	err := s.ReadCloser.Close()
	if werr := s.w.Close(); err == nil {
		err = werr
	}
	return err
}
