package notebook

import (
	"strings"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/jsonast"
	"github.com/bricklint/bricklint/analyzers/source"
)

// jupyterMagics maps the cell magics of Jupyter and Databricks-exported
// .ipynb files to the language of the cell body.
var jupyterMagics = map[string]source.Lang{
	"%python": source.Python, "%%python": source.Python,
	"%scala": source.Scala, "%%scala": source.Scala,
	"%sql": source.SQL, "%%sql": source.SQL,
	"%r": source.R, "%%r": source.R, "%%R": source.R,
	"%sh": source.Shell, "%%sh": source.Shell, "%%bash": source.Shell,
}

// SplitIpynb returns the code cells of a Jupyter notebook. Cell sources are
// JSON strings, so each cell's text is the decoded strings mapped byte by
// byte back to the raw file: findings land on the .ipynb's own lines.
func SplitIpynb(f *source.File) ([]*facts.Code, []facts.Problem) {
	root, errs := jsonast.Parse(f.Src)
	var problems []facts.Problem
	for _, e := range errs {
		problems = append(problems, facts.Problem{Pos: f.Pos(e.Offset), Message: "invalid notebook JSON: " + e.Message, Fatal: !e.Lenient})
	}
	if root == nil || root.Kind != jsonast.Object {
		if len(problems) == 0 {
			problems = append(problems, facts.Problem{Pos: f.Pos(0), Message: "not a Jupyter notebook: the top level is not an object", Fatal: true})
		}
		return nil, problems
	}
	lang := notebookLang(root)
	cells := root.Get("cells")
	if cells == nil || cells.Kind != jsonast.Array {
		return nil, append(problems, facts.Problem{Pos: f.Pos(root.Start), Message: "not a Jupyter notebook: no \"cells\" array", Fatal: true})
	}
	var out []*facts.Code
	for _, cell := range cells.Elems {
		if t := cell.Get("cell_type"); t == nil || t.Str != "code" {
			continue // markdown and raw cells are prose
		}
		if c := cellCode(f, lang, cell.Get("source")); c != nil {
			out = append(out, c)
		}
	}
	return out, problems
}

// notebookLang reads the kernel's language; Python when the file says nothing.
func notebookLang(root *jsonast.Node) source.Lang {
	md := root.Get("metadata")
	for _, ptr := range []string{"/language_info/name", "/kernelspec/language", "/application~1vnd.databricks.v1+notebook/language"} {
		if n := md.Lookup(ptr); n != nil && n.Kind == jsonast.String {
			switch strings.ToLower(n.Str) {
			case "python", "python3":
				return source.Python
			case "scala":
				return source.Scala
			case "sql":
				return source.SQL
			case "r":
				return source.R
			}
		}
	}
	return source.Python
}

// cellCode builds a cell's code from its "source" (an array of lines or one
// string); a leading magic line switches the language or marks prose.
func cellCode(f *source.File, lang source.Lang, src *jsonast.Node) *facts.Code {
	if src == nil {
		return nil
	}
	lines := src.Elems
	if src.Kind == jsonast.String {
		lines = []*jsonast.Node{src}
	}
	var c *facts.Code
	for _, line := range lines {
		if line.Kind != jsonast.String {
			continue
		}
		text := line.Str
		skip := 0
		if c == nil {
			trimmed := strings.TrimLeft(text, " \t")
			if strings.HasPrefix(trimmed, "%") {
				word, _, _ := strings.Cut(strings.TrimRight(trimmed, "\r\n"), " ")
				l, ok := jupyterMagics[word]
				if !ok {
					return nil // %md, %run, %pip ...: no code facts
				}
				lang = l
				skip = len(text) - len(trimmed) + len(word)
			}
			c = facts.NewCode(f, lang)
		}
		addString(c, line, skip)
	}
	return c
}

// addString appends a decoded JSON string from byte skip on.
func addString(c *facts.Code, n *jsonast.Node, skip int) {
	if skip >= len(n.Str) {
		return
	}
	if n.Exact() {
		c.Add(n.Start+1+skip, []byte(n.Str[skip:]))
		return
	}
	c.AddMapped([]byte(n.Str[skip:]), n.StringOffsets()[skip:])
}
