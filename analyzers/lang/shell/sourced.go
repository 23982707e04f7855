package shell

import (
	"path"
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// maxSourced bounds how many files one scan follows through `source`, and
// how deep; SourcedPaths (which the driver uses to put them in the unit)
// and the extractor share the bounds.
const (
	maxSourced      = 32
	maxSourcedDepth = 8
)

// resolveSource turns the text of a `source` argument into a path relative
// to the scan root. The file is taken relative to the script's directory dir,
// as the idioms `. "$(dirname "$0")/lib.sh"` and `source "$SCRIPT_DIR/lib.sh"`
// mean: an unknown prefix ending in '/' stands for that directory. Absolute
// paths and paths that leave the scan root are not followed.
func resolveSource(dir, text string) (string, bool) {
	if i := strings.LastIndexByte(text, 0); i >= 0 {
		rest := text[i+1:]
		if !strings.HasPrefix(rest, "/") {
			return "", false
		}
		text = "." + rest
	}
	if text == "" || strings.HasPrefix(text, "/") || strings.HasPrefix(text, "~") || strings.ContainsAny(text, "*?[") {
		return "", false
	}
	p := path.Join(dir, text)
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", false
	}
	return p, true
}

// source reads a sourced file of the unit for its definitions: functions
// and variables stay defined after the command; its facts are dropped (its
// own scan reports them).
func (x *extractor) source(arg facts.Value) {
	if x.lookup == nil || len(x.open) > maxSourcedDepth || *x.calls >= maxCalls {
		return
	}
	p, ok := resolveSource(path.Dir(x.code.File.Path), arg.Text())
	if !ok || x.open[p] {
		return // a cycle: a.sh sources b.sh, which sources a.sh
	}
	f := x.lookup(p)
	if f == nil {
		return
	}
	*x.calls++
	code, out, values := x.code, x.out, x.values
	x.code, x.out, x.values = facts.WholeFile(f, source.Shell), &facts.File{Source: f}, map[*word]facts.Value{}
	x.open[p] = true
	cmds, _ := parse(x.code.Src)
	x.run(cmds)
	delete(x.open, p)
	x.code, x.out, x.values = code, out, values
}

// SourcedPaths returns the files the script at root-relative path name
// sources, directly or through the files it sources, resolved the way the
// extractor resolves them, for the driver to read with the script; read
// returns a file's content, or false when there is none.
func SourcedPaths(name string, src []byte, read func(path string) ([]byte, bool)) []string {
	seen := map[string]bool{name: true}
	var out []string
	type job struct {
		name  string
		src   []byte
		depth int
	}
	queue := []job{{name, src, 0}}
	for len(queue) > 0 && len(out) < maxSourced {
		j := queue[0]
		queue = queue[1:]
		cmds, _ := parse(j.src)
		for _, c := range cmds {
			words := c.words
			for len(words) > 0 && reserved[words[0].keyword()] {
				words = words[1:]
			}
			if len(words) < 2 || (words[0].keyword() != "source" && words[0].keyword() != ".") {
				continue
			}
			p, ok := resolveSource(path.Dir(j.name), roughText(words[1]))
			if !ok || seen[p] || len(out) >= maxSourced {
				continue
			}
			seen[p] = true
			b, ok := read(p)
			if !ok {
				continue
			}
			out = append(out, p)
			if j.depth+1 < maxSourcedDepth {
				queue = append(queue, job{p, b, j.depth + 1})
			}
		}
	}
	return out
}

// roughText is a word's text with every expansion as a NUL, which
// resolveSource reads as an unknown prefix.
func roughText(w *word) string {
	var b strings.Builder
	for _, c := range w.chunks {
		if c.kind == litChunk {
			b.Write(c.text)
		} else {
			b.WriteByte(0)
		}
	}
	return b.String()
}
