// Package notebook is the front-end for code: Databricks source-format
// notebooks in Python, Scala, SQL and R, Jupyter .ipynb notebooks, and plain
// .py/.scala/.sql/.r/.sh files. It cuts a notebook into cells, gives each cell
// to the lexer of its language with the cell's bytes mapped back to the file,
// and shares one folding environment per language across the cells, so a
// constant bound in cell 2 folds where cell 5 uses it.
package notebook

import (
	"bytes"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/lang/python"
	"github.com/bricklint/bricklint/analyzers/lang/r"
	"github.com/bricklint/bricklint/analyzers/lang/scala"
	"github.com/bricklint/bricklint/analyzers/lang/shell"
	"github.com/bricklint/bricklint/analyzers/lang/sql"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Analyzer extracts the facts of every code file of the unit.
var Analyzer = &analysis.Analyzer{
	Name:       "notebook",
	Doc:        "facts of notebooks (source format and .ipynb) and plain code files",
	Requires:   []*analysis.Analyzer{source.Analyzer},
	ResultType: reflect.TypeOf((*facts.Unit)(nil)),
	Run:        run,
}

// lexers extract facts from code in one language.
var lexers = map[source.Lang]func(*facts.Code, *facts.Env) *facts.File{
	source.Python: python.Extract,
	source.Scala:  scala.Extract,
	source.SQL:    sql.Extract,
	source.R:      r.Extract,
	source.Shell:  shell.Extract,
}

func run(pass *analysis.Pass) (any, error) {
	unit := pass.ResultOf[source.Analyzer].(*source.Unit)
	out := &facts.Unit{}
	in := &includer{files: map[string]*source.File{}}
	for _, f := range unit.Files {
		in.files[f.Path] = f
	}
	for _, f := range unit.Files {
		switch f.Format {
		case source.Code, source.Notebook, source.Ipynb:
		default:
			continue
		}
		cells, problems := cellsOf(f)
		in.stack = append(in.stack[:0], f.Path)
		out.Files = append(out.Files, in.extract(f, cells, problems, map[source.Lang]*facts.Env{}))
	}
	return out, nil
}

// extract runs each cell through its language's lexer, one environment per
// language for the whole notebook; a notebook it includes with %run is read
// into the same environments where the %run stands.
func (in *includer) extract(f *source.File, cells []*facts.Code, problems []facts.Problem, envs map[source.Lang]*facts.Env) *facts.File {
	ff := &facts.File{Source: f, Problems: problems}
	var refs []RunRef
	if f.Format != source.Code {
		refs = RunRefs(f.Src)
	}
	var parts []*facts.File // the cells' facts in order, merged once at the end
	for _, c := range cells {
		for len(refs) > 0 && refs[0].Off < c.Offset(0) {
			in.include(f, refs[0], envs)
			refs = refs[1:]
		}
		lex := lexers[c.Lang]
		if lex == nil {
			continue
		}
		env := envFor(envs, c.Lang)
		var cell *facts.File
		if c.Lang == source.Shell {
			cell = shell.ExtractIn(c, env, in.lookup) // shell code may source the unit's files
		} else {
			cell = lex(c, env)
		}
		parts = append(parts, cell)
		if c.Lang != source.SQL {
			for _, code := range embeddedSQL(f, cell.Calls) {
				parts = append(parts, sql.Extract(code, envFor(envs, source.SQL)))
			}
		}
		if c.Lang != f.Lang || f.Format == source.Ipynb {
			parts = append(parts, &facts.File{Cells: []facts.Cell{{Pos: c.Pos(0), End: c.Pos(len(c.Src)), Lang: c.Lang}}})
		}
	}
	ff.MergeAll(parts)
	return ff
}

func envFor(envs map[source.Lang]*facts.Env, l source.Lang) *facts.Env {
	if envs[l] == nil {
		envs[l] = facts.NewEnv()
	}
	return envs[l]
}

// sqlCallees are the calls whose first argument is a SQL statement:
// spark.sql in Python and Scala, SparkR::sql and sparklyr's DBI::dbExecute.
var sqlCallees = []string{"spark.sql", "sqlContext.sql", "SparkR::sql", "sql", "DBI::dbExecute", "dbExecute", "DBI::dbGetQuery", "dbGetQuery"}

// embeddedSQL returns the SQL text of spark.sql("...") calls whose statement
// is known, as code mapped back to where its parts are written, so that
// OPTIONS (password '...') inside a Python string is a SQL fact too.
func embeddedSQL(f *source.File, calls []facts.Call) []*facts.Code {
	var out []*facts.Code
	for _, call := range calls {
		if !isSQLCallee(call.Callee) {
			continue
		}
		arg := 0
		if strings.HasPrefix(call.Callee, "DBI::") || strings.HasPrefix(call.Callee, "db") {
			arg = 1 // dbExecute(con, "statement")
		}
		if len(call.Args) <= arg || !call.Args[arg].HasLiteral() {
			continue
		}
		code := facts.Embedded(f, call.Args[arg], source.SQL)
		out = append(out, code)
	}
	return out
}

func isSQLCallee(callee string) bool {
	for _, c := range sqlCallees {
		if callee == c || strings.HasSuffix(callee, "."+c) {
			return true
		}
	}
	return false
}

// magicLangs maps a cell magic to the language of its body; magics missing
// here (%md, %run, %pip, %fs, ...) hold no code bricklint reads.
var magicLangs = map[string]source.Lang{
	"%python": source.Python,
	"%py":     source.Python,
	"%scala":  source.Scala,
	"%sql":    source.SQL,
	"%r":      source.R,
	"%sh":     source.Shell,
}

// CommentPrefix is how a notebook of each language writes its comment lines
// (what a source export puts before MAGIC and COMMAND).
func CommentPrefix(l source.Lang) string {
	switch l {
	case source.Scala:
		return "//"
	case source.SQL:
		return "--"
	}
	return "#"
}

// SplitSource cuts a Databricks source-format notebook into cells at
// "COMMAND ----------" lines. In a cell whose lines start with "MAGIC", the
// first magic (%sql, %sh, %md, ...) names the language and the "# MAGIC "
// prefix is removed from every line; the remaining bytes keep their offsets.
func SplitSource(f *source.File) []*facts.Code {
	prefix := CommentPrefix(f.Lang)
	separator := prefix + " COMMAND ----------"
	magic := prefix + " MAGIC"
	title := prefix + " DBTITLE"

	var cells []*facts.Code
	var lines []lineSpan
	flush := func() {
		if c := buildCell(f, lines, magic, title); c != nil {
			cells = append(cells, c)
		}
		lines = lines[:0]
	}
	src := f.Src
	whole := string(src) // one conversion: the lines' texts are views into it
	for off, n := 0, 0; off < len(src); n++ {
		end := bytes.IndexByte(src[off:], '\n')
		next := len(src)
		if end < 0 {
			end = len(src)
		} else {
			end += off
			next = end + 1
		}
		text := strings.TrimRight(whole[off:end], "\r")
		switch {
		case n == 0: // the "Databricks notebook source" header
		case strings.TrimSpace(text) == separator:
			flush()
		default:
			lines = append(lines, lineSpan{off: off, end: next, text: text})
		}
		off = next
	}
	flush()
	return cells
}

type lineSpan struct {
	off, end int // byte range in the file, newline included
	text     string
}

func buildCell(f *source.File, lines []lineSpan, magic, title string) *facts.Code {
	// A cell is a magic cell when its first code line is a MAGIC line.
	first := -1
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, title) {
			continue
		}
		first = i
		break
	}
	if first < 0 {
		return nil
	}
	if !strings.HasPrefix(lines[first].text, magic) {
		c := facts.NewCode(f, f.Lang)
		for _, l := range lines[first:] {
			c.Add(l.off, f.Src[l.off:l.end])
		}
		return c
	}

	lang := source.NoLang
	var c *facts.Code
	for i, l := range lines[first:] {
		body := l.off
		if strings.HasPrefix(l.text, magic) {
			body += len(magic)
			if body < l.end && f.Src[body] == ' ' {
				body++
			}
		}
		if i == 0 {
			// "%sql" or "%sql SELECT ...": the magic word, then maybe code.
			rest := f.Src[body:l.end]
			word := rest
			if j := bytes.IndexAny(rest, " \t\r\n"); j >= 0 {
				word = rest[:j]
			}
			lang = magicLangs[strings.ToLower(string(word))]
			if lang == source.NoLang {
				return nil // %md, %run, %pip ...: prose or commands, no code facts
			}
			c = facts.NewCode(f, lang)
			body += len(word)
		}
		c.Add(body, f.Src[body:l.end])
	}
	return c
}
