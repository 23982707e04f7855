// Package lsp is bricklint's Language Server: it keeps the documents an
// editor has open, analyses one on open and on every change with the same
// driver a scan uses (the editor's text for that file, the disk for the rest
// of its unit), publishes the findings as diagnostics and offers their fixes
// as quick fixes. The protocol types and dispatch are github.com/tliron/glsp's;
// the connection is sourcegraph/jsonrpc2, which glsp's own server runs on.
package lsp

import (
	"context"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/sourcegraph/jsonrpc2"
	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/bricklint/bricklint/internal/driver"
	"github.com/bricklint/bricklint/internal/meta"
)

// Setup returns the scan options and the walker for a scan root (its
// configuration: enabled rules, levels, excludes), as a scan would build them.
type Setup func(root string) (driver.Options, *driver.Walker, error)

// Server serves one editor connection.
type Server struct {
	name, version string
	setup         Setup

	mu       sync.Mutex
	folders  []string             // workspace folders, absolute
	docs     map[string][]byte    // open documents by URI
	findings map[string][]finding // the last analysis of each open document
	shown    string               // the configuration error last shown
	handler  protocol.Handler
}

// finding is a published finding with the diagnostic it became.
type finding struct {
	driver.Finding
	diag protocol.Diagnostic
}

// New returns a server that configures its scans with setup.
func New(name, version string, setup Setup) *Server {
	s := &Server{name: name, version: version, setup: setup, docs: map[string][]byte{}, findings: map[string][]finding{}}
	s.handler = protocol.Handler{
		Initialize:             s.initialize,
		Initialized:            func(*glsp.Context, *protocol.InitializedParams) error { return nil },
		Shutdown:               func(*glsp.Context) error { return nil },
		Exit:                   func(*glsp.Context) error { return nil },
		SetTrace:               func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		TextDocumentDidOpen:    s.didOpen,
		TextDocumentDidChange:  s.didChange,
		TextDocumentDidClose:   s.didClose,
		TextDocumentDidSave:    func(*glsp.Context, *protocol.DidSaveTextDocumentParams) error { return nil },
		TextDocumentCodeAction: s.codeAction,
	}
	return s
}

// Serve speaks LSP on rwc until the client exits or the stream ends.
// glsp's server.Server serves stdio only on os.Stdin and os.Stdout; building
// the same jsonrpc2 connection here lets a test serve on in-memory pipes.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) {
	conn := jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(rwc, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(s.handle))
	<-conn.DisconnectNotify()
}

// handle adapts a jsonrpc2 request to glsp's dispatch, as glsp's server does.
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	gc := glsp.Context{
		Method: req.Method,
		Notify: func(method string, params any) { _ = conn.Notify(ctx, method, params) },
		Call:   func(method string, params, result any) { _ = conn.Call(ctx, method, params, result) },
	}
	if req.Params != nil {
		gc.Params = *req.Params
	}
	r, validMethod, validParams, err := s.handler.Handle(&gc)
	switch {
	case req.Method == protocol.MethodExit:
		return nil, conn.Close()
	case !validMethod:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "method not supported: " + req.Method}
	case !validParams:
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: msg}
	case err != nil:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: err.Error()}
	}
	return r, nil
}

func (s *Server) initialize(_ *glsp.Context, p *protocol.InitializeParams) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range p.WorkspaceFolders {
		if dir, ok := uriPath(f.URI); ok {
			s.folders = append(s.folders, dir)
		}
	}
	if len(s.folders) == 0 && p.RootURI != nil {
		if dir, ok := uriPath(*p.RootURI); ok {
			s.folders = append(s.folders, dir)
		}
	}
	caps := s.handler.CreateServerCapabilities()
	full := protocol.TextDocumentSyncKindFull
	caps.TextDocumentSync = &protocol.TextDocumentSyncOptions{OpenClose: &protocol.True, Change: &full}
	caps.CodeActionProvider = &protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix}}
	version := s.version
	return protocol.InitializeResult{
		Capabilities: caps,
		ServerInfo:   &protocol.InitializeResultServerInfo{Name: s.name, Version: &version},
	}, nil
}

func (s *Server) didOpen(ctx *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	s.update(ctx, p.TextDocument.URI, []byte(p.TextDocument.Text), &p.TextDocument.Version)
	return nil
}

func (s *Server) didChange(ctx *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	// The server asks for full sync: the last change is the whole document.
	for i := len(p.ContentChanges) - 1; i >= 0; i-- {
		if whole, ok := p.ContentChanges[i].(protocol.TextDocumentContentChangeEventWhole); ok {
			s.update(ctx, p.TextDocument.URI, []byte(whole.Text), &p.TextDocument.Version)
			break
		}
	}
	return nil
}

func (s *Server) didClose(ctx *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	s.mu.Lock()
	delete(s.docs, p.TextDocument.URI)
	delete(s.findings, p.TextDocument.URI)
	s.mu.Unlock()
	ctx.Notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []protocol.Diagnostic{}})
	return nil
}

// update records a document's text, analyses it and publishes the result.
func (s *Server) update(ctx *glsp.Context, uri string, text []byte, version *protocol.Integer) {
	s.mu.Lock()
	s.docs[uri] = text
	s.mu.Unlock()
	fs, err := s.analyse(uri, text)
	msg := ""
	if err != nil {
		msg = "bricklint: " + err.Error()
	}
	s.mu.Lock()
	show := msg != "" && msg != s.shown // once, not at every keystroke
	s.shown = msg
	if _, open := s.docs[uri]; open {
		s.findings[uri] = fs
	}
	s.mu.Unlock()
	if show {
		ctx.Notify(protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: protocol.MessageTypeError, Message: msg})
	}
	diags := make([]protocol.Diagnostic, len(fs))
	for i, f := range fs {
		diags[i] = f.diag
	}
	params := protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: diags}
	if version != nil {
		v := protocol.UInteger(*version)
		params.Version = &v
	}
	ctx.Notify(protocol.ServerTextDocumentPublishDiagnostics, params)
}

// analyse runs the driver on the unit of one document: the document's text
// from the editor, every other file of the unit (Terraform siblings, %run
// notebooks, bundle includes) from disk, and the findings in the document.
func (s *Server) analyse(uri string, text []byte) ([]finding, error) {
	path, ok := uriPath(uri)
	if !ok {
		return nil, nil
	}
	root := s.rootFor(path)
	rel, err := filepath.Rel(root, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, nil
	}
	rel = filepath.ToSlash(rel)
	opts, walker, err := s.setup(root)
	if err != nil {
		return nil, err
	}
	if !walker.Wanted(rel) {
		return nil, nil
	}
	opts.ReadFile = func(name string) ([]byte, error) {
		if name == rel {
			return text, nil
		}
		return os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	}
	opts.Jobs = 1
	res := driver.Run(opts, walker.Units([]string{rel}))
	var out []finding
	for _, f := range res.Findings {
		if f.Path != rel || f.Entry != "" || f.Suppression != nil {
			continue
		}
		out = append(out, finding{Finding: f, diag: diagnostic(root, f)})
	}
	return out, nil
}

// rootFor is the scan root of a file: the innermost workspace folder that
// holds it, else its git repository, else its folder.
func (s *Server) rootFor(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	best := ""
	for _, f := range s.folders {
		if within(path, f) && len(f) > len(best) {
			best = f
		}
	}
	if best != "" {
		return best
	}
	dir := filepath.Dir(path)
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func within(path, dir string) bool {
	return strings.HasPrefix(path, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}

// codeAction offers the fixes of the findings whose range meets the request's.
func (s *Server) codeAction(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	s.mu.Lock()
	fs := s.findings[p.TextDocument.URI]
	s.mu.Unlock()
	path, _ := uriPath(p.TextDocument.URI)
	root := s.rootFor(path)
	actions := []protocol.CodeAction{}
	kind := protocol.CodeActionKindQuickFix
	for _, f := range fs {
		if !overlaps(f.diag.Range, p.Range) {
			continue
		}
		for i, fix := range f.Fixes {
			changes := map[protocol.DocumentUri][]protocol.TextEdit{}
			for _, e := range fix.Edits {
				u := p.TextDocument.URI // the client's spelling of the open file
				if e.Path != f.Path {
					u = fileURI(filepath.Join(root, filepath.FromSlash(e.Path)))
				}
				changes[u] = append(changes[u], protocol.TextEdit{Range: lspRange(e.Location), NewText: e.NewText})
			}
			preferred := i == 0
			actions = append(actions, protocol.CodeAction{
				Title: f.Rule.ID + ": " + fix.Message, Kind: &kind, Diagnostics: []protocol.Diagnostic{f.diag},
				IsPreferred: &preferred, Edit: &protocol.WorkspaceEdit{Changes: changes},
			})
		}
	}
	return actions, nil
}

// overlaps reports whether two ranges share a position (an empty request
// range, the cursor, touches a finding it stands in or at the end of).
func overlaps(a, b protocol.Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(x, y protocol.Position) bool {
	return x.Line < y.Line || (x.Line == y.Line && x.Character < y.Character)
}

// diagnostic turns a finding into an LSP diagnostic. The driver has already
// redacted the message (as text output prints it).
func diagnostic(root string, f driver.Finding) protocol.Diagnostic {
	sev := protocol.DiagnosticSeverityInformation
	switch f.Level {
	case meta.Error:
		sev = protocol.DiagnosticSeverityError
	case meta.Warning:
		sev = protocol.DiagnosticSeverityWarning
	}
	source := "bricklint"
	d := protocol.Diagnostic{
		Range:           lspRange(f.Location),
		Severity:        &sev,
		Code:            &protocol.IntegerOrString{Value: f.Rule.ID},
		CodeDescription: &protocol.CodeDescription{HRef: f.Rule.HelpURL()},
		Source:          &source,
		Message:         f.Rule.Name + ": " + f.Message,
	}
	for _, r := range f.Related {
		if r.Entry != "" {
			continue
		}
		d.RelatedInformation = append(d.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: fileURI(filepath.Join(root, filepath.FromSlash(r.Path))), Range: lspRange(r.Location)},
			Message:  r.Message,
		})
	}
	return d
}

// lspRange converts 1-based lines and UTF-16 columns to LSP's 0-based ones.
func lspRange(l driver.Location) protocol.Range {
	pos := func(line, col int) protocol.Position {
		return protocol.Position{Line: protocol.UInteger(max(line-1, 0)), Character: protocol.UInteger(max(col-1, 0))}
	}
	end := pos(l.EndLine, l.EndCol16)
	if l.EndLine == 0 {
		end = pos(l.Line, l.Col16)
	}
	return protocol.Range{Start: pos(l.Line, l.Col16), End: end}
}

// uriPath is the absolute path of a file: URI, with symlinks resolved as
// the scan root's are (a missing file keeps its path: an unsaved buffer).
func uriPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	p := filepath.FromSlash(u.Path)
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	} else if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		p = filepath.Join(dir, filepath.Base(p))
	}
	return p, true
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
