package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/bricklint/bricklint/internal/lsp"
)

// lspClient is the editor's side of an in-memory connection to `bricklint lsp`.
type lspClient struct {
	t     *testing.T
	conn  *jsonrpc2.Conn
	diags chan publishParams
	shown chan string // window/showMessage
	mu    sync.Mutex
	wire  bytes.Buffer // every byte the server sent
}

type lspRange struct {
	Start struct{ Line, Character int } `json:"start"`
	End   struct{ Line, Character int } `json:"end"`
}

type lspDiagnostic struct {
	Range           lspRange `json:"range"`
	Severity        int      `json:"severity"`
	Code            string   `json:"code"`
	CodeDescription struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source  string `json:"source"`
	Message string `json:"message"`
}

type publishParams struct {
	URI         string          `json:"uri"`
	Version     *int            `json:"version"`
	Diagnostics []lspDiagnostic `json:"diagnostics"`
}

type lspTextEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type lspCodeAction struct {
	Title       string          `json:"title"`
	Kind        string          `json:"kind"`
	Diagnostics []lspDiagnostic `json:"diagnostics"`
	Edit        struct {
		Changes map[string][]lspTextEdit `json:"changes"`
	} `json:"edit"`
}

// teeConn records what the server writes before the client reads it.
type teeConn struct {
	net.Conn
	c *lspClient
}

func (t teeConn) Read(p []byte) (int, error) {
	n, err := t.Conn.Read(p)
	t.c.mu.Lock()
	t.c.wire.Write(p[:n])
	t.c.mu.Unlock()
	return n, err
}

func startLSP(t *testing.T) *lspClient {
	t.Helper()
	serverSide, clientSide := net.Pipe()
	done := make(chan struct{})
	go func() {
		lsp.New("bricklint", version, lspSetup).Serve(context.Background(), serverSide)
		close(done)
	}()
	c := &lspClient{t: t, diags: make(chan publishParams, 16), shown: make(chan string, 16)}
	handler := jsonrpc2.HandlerWithError(func(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
		if req.Method == "textDocument/publishDiagnostics" && req.Params != nil {
			var p publishParams
			if err := json.Unmarshal(*req.Params, &p); err != nil {
				t.Errorf("publishDiagnostics: %v", err)
			}
			c.diags <- p
		}
		if req.Method == "window/showMessage" && req.Params != nil {
			var m struct{ Message string }
			_ = json.Unmarshal(*req.Params, &m)
			c.shown <- m.Message
		}
		return nil, nil
	})
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(teeConn{clientSide, c}, jsonrpc2.VSCodeObjectCodec{}), handler)
	t.Cleanup(func() {
		c.conn.Close()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop when the client went away")
		}
	})
	return c
}

func (c *lspClient) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *lspClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *lspClient) published(uri string) publishParams {
	c.t.Helper()
	for {
		select {
		case p := <-c.diags:
			if p.URI == uri {
				return p
			}
		case <-time.After(30 * time.Second):
			c.t.Fatalf("no diagnostics published for %s", uri)
		}
	}
}

func fileURIOf(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// want is a fixture's expectation: a rule and a pattern of its message.
type want struct {
	rule    string
	message *regexp.Regexp
}

// wants reads a fixture's "# want DBXnnn `regexp`" markers by 0-based line.
func wants(src string) map[int]want {
	out := map[int]want{}
	re := regexp.MustCompile("# want (DBX\\d+) `([^`]*)`")
	for i, line := range strings.Split(src, "\n") {
		if m := re.FindStringSubmatch(line); m != nil {
			out[i] = want{m[1], regexp.MustCompile(m[2])}
		}
	}
	return out
}

// checkWants compares diagnostics with a fixture's markers.
func checkWants(t *testing.T, diags []lspDiagnostic, src string) {
	t.Helper()
	ws := wants(src)
	if len(ws) == 0 {
		t.Fatal("the fixture has no want markers")
	}
	seen := map[int]bool{}
	for _, d := range diags {
		w, ok := ws[d.Range.Start.Line]
		if !ok || w.rule != d.Code || !w.message.MatchString(d.Message) {
			t.Errorf("line %d: unexpected %s %q", d.Range.Start.Line+1, d.Code, d.Message)
			continue
		}
		seen[d.Range.Start.Line] = true
	}
	for line, w := range ws {
		if !seen[line] {
			t.Errorf("line %d: no %s diagnostic matching %s", line+1, w.rule, w.message)
		}
	}
}

// applyTextEdits applies LSP edits (0-based lines, UTF-16 columns) to src.
func applyTextEdits(t *testing.T, src string, edits []lspTextEdit) string {
	lines := strings.SplitAfter(src, "\n")
	offset := func(line, char int) int {
		off := 0
		for _, l := range lines[:line] {
			off += len(l)
		}
		units := 0
		for i, r := range lines[line] {
			if units >= char {
				return off + i
			}
			units += len(utf16.Encode([]rune{r}))
		}
		return off + len(lines[line])
	}
	for i := len(edits) - 1; i >= 0; i-- { // the driver orders a fix's edits by offset
		e := edits[i]
		s, end := offset(e.Range.Start.Line, e.Range.Start.Character), offset(e.Range.End.Line, e.Range.End.Character)
		if end < s {
			t.Fatalf("edit %d has its end before its start", i)
		}
		src = src[:s] + e.NewText + src[end:]
	}
	return src
}

// TestLSPNotebook speaks LSP as an editor would: it opens a notebook whose
// unsaved text writes a JDBC password and a wrong Azure AD resource, reads the
// diagnostics, applies the DBX202 quick fix, fixes the password by hand, and
// closes the file; no message of the server's carries the password in full.
func TestLSPNotebook(t *testing.T) {
	bad, err := os.ReadFile("../../testdata/lsp/bad_orders_sync.py")
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile("../../testdata/lsp/good_orders_sync.py")
	if err != nil {
		t.Fatal(err)
	}
	const secret = "Ord3rs-Etl-2024!"
	if !bytes.Contains(bad, []byte(secret)) {
		t.Fatal("the fixture lost its password")
	}
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(ws, "notebooks", "orders_sync.py")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	// The disk holds the clean version: the server must analyse the editor's text.
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	uri := fileURIOf(path)

	c := startLSP(t)
	var init struct {
		Capabilities struct {
			TextDocumentSync struct {
				OpenClose bool `json:"openClose"`
				Change    int  `json:"change"`
			} `json:"textDocumentSync"`
			CodeActionProvider json.RawMessage `json:"codeActionProvider"`
		} `json:"capabilities"`
		ServerInfo struct{ Name string } `json:"serverInfo"`
	}
	c.call("initialize", map[string]any{
		"processId": nil, "rootUri": fileURIOf(ws), "capabilities": map[string]any{},
		"workspaceFolders": []map[string]string{{"uri": fileURIOf(ws), "name": "orders"}},
	}, &init)
	if s := init.Capabilities.TextDocumentSync; !s.OpenClose || s.Change != 1 || init.Capabilities.CodeActionProvider == nil || init.ServerInfo.Name != "bricklint" {
		t.Fatalf("capabilities = %+v", init)
	}
	c.notify("initialized", map[string]any{})

	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "python", "version": 1, "text": string(bad),
	}})
	p := c.published(uri)
	checkWants(t, p.Diagnostics, string(bad))
	var dbx202 *lspDiagnostic
	for i, d := range p.Diagnostics {
		if d.Source != "bricklint" || d.Severity != 1 || d.CodeDescription.Href == "" || !strings.Contains(d.CodeDescription.Href, d.Code) {
			t.Errorf("diagnostic %+v: want source bricklint, severity 1 (error), the rule's help link", d)
		}
		if d.Code == "DBX202" {
			dbx202 = &p.Diagnostics[i]
		}
	}
	if p.Version == nil || *p.Version != 1 {
		t.Errorf("version = %v, want 1", p.Version)
	}
	if dbx202 == nil {
		t.Fatal("no DBX202 diagnostic")
	}
	// The range stands at the resource literal's value, as the scan's column does.
	line := strings.Split(string(bad), "\n")[dbx202.Range.Start.Line]
	if lit := `https://adb-`; dbx202.Range.Start.Character != strings.Index(line, lit) {
		t.Errorf("DBX202 starts at column %d, want %d (the literal)", dbx202.Range.Start.Character, strings.Index(line, lit))
	}

	var actions []lspCodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": uri}, "range": dbx202.Range,
		"context": map[string]any{"diagnostics": []lspDiagnostic{*dbx202}},
	}, &actions)
	if len(actions) != 1 || actions[0].Kind != "quickfix" || len(actions[0].Edit.Changes[uri]) == 0 {
		t.Fatalf("code actions = %+v, want one quickfix editing %s", actions, uri)
	}
	fixed := applyTextEdits(t, string(bad), actions[0].Edit.Changes[uri])
	if !strings.Contains(fixed, `"2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"`) {
		t.Errorf("the quick fix did not write the application ID:\n%s", fixed)
	}
	var none []lspCodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]string{"uri": uri}, "range": lspRange{}, "context": map[string]any{"diagnostics": []any{}},
	}, &none)
	if len(none) != 0 {
		t.Errorf("code actions on line 1 = %+v, want none", none)
	}

	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []map[string]string{{"text": fixed}},
	})
	if p := c.published(uri); len(p.Diagnostics) != 1 || p.Diagnostics[0].Code != "DBX101" {
		t.Errorf("after the quick fix: %+v, want the DBX101 finding alone", p.Diagnostics)
	}
	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 3}, "contentChanges": []map[string]string{{"text": string(good)}},
	})
	if p := c.published(uri); len(p.Diagnostics) != 0 {
		t.Errorf("after fixing both: %+v, want none", p.Diagnostics)
	}

	// Reopened with the password, then closed: the close clears the diagnostics.
	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 4}, "contentChanges": []map[string]string{{"text": string(bad)}},
	})
	if p := c.published(uri); len(p.Diagnostics) == 0 {
		t.Error("the password came back without a diagnostic")
	}
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]string{"uri": uri}})
	if p := c.published(uri); len(p.Diagnostics) != 0 {
		t.Errorf("after didClose: %+v, want none", p.Diagnostics)
	}
	c.call("shutdown", nil, nil)

	c.mu.Lock()
	wire := c.wire.String()
	c.mu.Unlock()
	if !strings.Contains(wire, "DBX101") {
		t.Fatal("the recorded traffic misses the diagnostics")
	}
	if strings.Contains(wire, secret) {
		t.Errorf("the server sent the password in full:\n%s", wire)
	}
}

// TestLSPSkipsOtherFiles: a file bricklint does not read gets empty
// diagnostics, and a file outside every workspace folder is scanned from its
// git repository's root.
func TestLSPSkipsOtherFiles(t *testing.T) {
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c := startLSP(t)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, new(json.RawMessage))
	c.notify("initialized", map[string]any{})
	bad, err := os.ReadFile("../../testdata/lsp/bad_orders_sync.py")
	if err != nil {
		t.Fatal(err)
	}
	txt := fileURIOf(filepath.Join(ws, "notes.txt"))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": txt, "languageId": "plaintext", "version": 1, "text": string(bad)}})
	if p := c.published(txt); len(p.Diagnostics) != 0 {
		t.Errorf("notes.txt: %+v, want none", p.Diagnostics)
	}
	if err := os.MkdirAll(filepath.Join(ws, "repo", ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	nb := fileURIOf(filepath.Join(ws, "repo", "jobs", "orders_sync.py"))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": nb, "languageId": "python", "version": 1, "text": string(bad)}})
	checkWants(t, c.published(nb).Diagnostics, string(bad))
}

// TestLSPJobJSONColumns: diagnostics of a job JSON count columns in UTF-16
// code units, as LSP does, past a parameter name with accents and an emoji
// (bytes and UTF-16 units differ there); the expectation is the fixture's
// .want file.
func TestLSPJobJSONColumns(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lsp/bad_job_export.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../testdata/lsp/bad_job_export.json.want")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?m)^(\\d+) (DBX\\d+) `(.*)`$").FindStringSubmatch(string(want))
	if m == nil {
		t.Fatal("bad_job_export.json.want has no expectation")
	}
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	uri := fileURIOf(filepath.Join(ws, "resources", "orders_export.json"))
	c := startLSP(t)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": fileURIOf(ws), "capabilities": map[string]any{}}, new(json.RawMessage))
	c.notify("initialized", map[string]any{})
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "json", "version": 1, "text": string(src)}})
	p := c.published(uri)
	if len(p.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %+v, want one", p.Diagnostics)
	}
	d := p.Diagnostics[0]
	line := strings.Split(string(src), "\n")[d.Range.Start.Line]
	at := strings.Index(line, "Exp0rt-N1ghtly")
	if fmt.Sprint(d.Range.Start.Line+1) != m[1] || d.Code != m[2] || !regexp.MustCompile(m[3]).MatchString(d.Message) {
		t.Errorf("diagnostic %+v, want line %s %s %s", d, m[1], m[2], m[3])
	}
	if units := len(utf16.Encode([]rune(line[:at]))); d.Range.Start.Character != units {
		t.Errorf("the password starts at UTF-16 column %d, the diagnostic at %d (bytes: %d)", units, d.Range.Start.Character, at)
	}
	if d.Severity != 1 || strings.Contains(d.Message, "Exp0rt-N1ghtly") {
		t.Errorf("diagnostic %+v: want an error with the password redacted", d)
	}
}

// TestLSPStdio runs the command on a pair of OS pipes, as an editor starts
// it, and checks that shutdown and exit end it.
func TestLSPStdio(t *testing.T) {
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- serveLSP([]string{"--stdio"}, inR, outW) }()
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(stdio{outR, inW}, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(func(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request) (any, error) { return nil, nil }))
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var init struct {
		ServerInfo struct{ Name, Version string }
	}
	if err := conn.Call(ctx, "initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatal(err)
	}
	if init.ServerInfo.Name != "bricklint" || init.ServerInfo.Version != version {
		t.Errorf("serverInfo = %+v", init.ServerInfo)
	}
	if err := conn.Call(ctx, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := conn.Notify(ctx, "exit", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("bricklint lsp did not exit")
	}
	if code := run([]string{"lsp", "--tcp"}, io.Discard, io.Discard); code != exitUsage {
		t.Errorf("bricklint lsp --tcp: exit %d, want %d", code, exitUsage)
	}
}

// TestLSPTerraformModuleContext: an unsaved variables.tf is analysed with its
// module's main.tf from disk as context, so the literal default is the
// federation password DBX101 reports (alone it would only be a sensitive
// variable's default); its clean version gets no diagnostics.
func TestLSPTerraformModuleContext(t *testing.T) {
	const fixture = "../../testdata/lsp/tf_warehouse_federation"
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	mod := filepath.Join(ws, "infra", "federation")
	copyTree(t, fixture, mod)
	bad, err := os.ReadFile(filepath.Join(fixture, "variables.tf"))
	if err != nil {
		t.Fatal(err)
	}
	clean := regexp.MustCompile(`(?m)^\s*default\s*=.*\n`).ReplaceAllString(string(bad), "")
	if clean == string(bad) {
		t.Fatal("the fixture lost its default")
	}
	if err := os.WriteFile(filepath.Join(mod, "variables.tf"), []byte(clean), 0o644); err != nil {
		t.Fatal(err)
	}
	uri := fileURIOf(filepath.Join(mod, "variables.tf"))
	c := startLSP(t)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": fileURIOf(ws), "capabilities": map[string]any{}}, new(json.RawMessage))
	c.notify("initialized", map[string]any{})
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "terraform", "version": 1, "text": string(bad)}})
	checkWants(t, c.published(uri).Diagnostics, string(bad))
	c.notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []map[string]string{{"text": clean}},
	})
	if p := c.published(uri); len(p.Diagnostics) != 0 {
		t.Errorf("without the default: %+v, want none", p.Diagnostics)
	}
}

// TestLSPMatchesScan: for rule fixtures of every format the editor sends, the
// diagnostics of the opened file are the findings a scan of it reports
// (rule, line, redacted message).
func TestLSPMatchesScan(t *testing.T) {
	fixtures := []string{
		"../../testdata/DBX101/bad_loyalty_sync.ipynb",
		"../../testdata/DBX101/bad_jdbc_writer.scala",
		"../../testdata/DBX101/bad_federation_setup.sql",
		"../../testdata/DBX101/bad_r_notebook.r",
		"../../testdata/DBX101/bad_deploy_workflow.yml",
		"../../testdata/DBX101/bad_job_orders_sync.json",
		"../../testdata/DBX202/bad_aad_token.scala",
		"../../testdata/DBX202/good_sp_token_notebook.py",
	}
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c := startLSP(t)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": fileURIOf(ws), "capabilities": map[string]any{}}, new(json.RawMessage))
	c.notify("initialized", map[string]any{})
	findings := 0
	for _, fx := range fixtures {
		src, err := os.ReadFile(fx)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(ws, filepath.Base(fx))
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "scan.json")
		if code := run([]string{"--no-config", "--root", ws, "--format", "json", "-o", out, path}, io.Discard, io.Discard); code > exitFindings {
			t.Fatalf("scan of %s: exit %d", fx, code)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var scan struct {
			Findings []struct {
				Rule, Name, Message string
				Line                int
				Suppressed          string `json:"suppressed"`
			}
		}
		if err := json.Unmarshal(b, &scan); err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, f := range scan.Findings {
			if f.Suppressed == "" {
				want = append(want, fmt.Sprintf("%d %s %s: %s", f.Line, f.Rule, f.Name, f.Message))
			}
		}
		uri := fileURIOf(path)
		c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "plaintext", "version": 1, "text": string(src)}})
		for _, d := range c.published(uri).Diagnostics {
			got = append(got, fmt.Sprintf("%d %s %s", d.Range.Start.Line+1, d.Code, d.Message))
		}
		c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]string{"uri": uri}})
		c.published(uri)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\nlsp:\n%s\nscan:\n%s", fx, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if strings.HasPrefix(filepath.Base(fx), "bad_") && len(want) == 0 {
			t.Errorf("%s: the scan found nothing", fx)
		}
		findings += len(want)
	}
	t.Logf("%d findings in %d files, the same in the editor", findings, len(fixtures))
}

// TestLSPConfigError: a .bricklint.yaml naming an unknown rule is shown to the
// user once, not at every change, and the file gets no diagnostics.
func TestLSPConfigError(t *testing.T) {
	ws, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, ".bricklint.yaml"), []byte("disable: [DBX999]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad, err := os.ReadFile("../../testdata/lsp/bad_orders_sync.py")
	if err != nil {
		t.Fatal(err)
	}
	c := startLSP(t)
	c.call("initialize", map[string]any{"processId": nil, "rootUri": fileURIOf(ws), "capabilities": map[string]any{}}, new(json.RawMessage))
	c.notify("initialized", map[string]any{})
	uri := fileURIOf(filepath.Join(ws, "orders_sync.py"))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "python", "version": 1, "text": string(bad)}})
	for v := 2; v <= 3; v++ {
		c.notify("textDocument/didChange", map[string]any{
			"textDocument": map[string]any{"uri": uri, "version": v}, "contentChanges": []map[string]string{{"text": string(bad)}},
		})
	}
	for range 3 {
		if p := c.published(uri); len(p.Diagnostics) != 0 {
			t.Errorf("with a broken configuration: %+v, want none", p.Diagnostics)
		}
	}
	select {
	case m := <-c.shown:
		if !strings.Contains(m, "DBX999") {
			t.Errorf("shown %q, want the unknown rule named", m)
		}
	default:
		t.Fatal("the configuration error was not shown")
	}
	select {
	case m := <-c.shown:
		t.Errorf("shown again: %q", m)
	default:
	}
}
