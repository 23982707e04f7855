// Package source is the first analyzer every unit runs: it reads the unit's
// files, registers them in the pass's FileSet and says what format each one is.
// Front-ends Require it; rules never do.
package source

import (
	"bytes"
	"fmt"
	"go/token"
	"path"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Format is the container format of a file, which decides the front-end.
type Format string

const (
	Notebook  Format = "notebook"  // Databricks source-format notebook (.py/.scala/.sql/.r with the header line)
	Code      Format = "code"      // plain source file in one language (.py, .scala, .sql, .r, .sh)
	Ipynb     Format = "ipynb"     // Jupyter notebook
	JSON      Format = "json"      // any JSON other than .ipynb and .tf.json
	Terraform Format = "terraform" // .tf, .tf.json, .tfvars, .tfvars.json
	YAML      Format = "yaml"      // .yml/.yaml (bundles and others)
	INI       Format = "ini"       // .databrickscfg
	Dotenv    Format = "dotenv"    // .env files
	Archive   Format = "archive"   // .dbc and .zip: the driver opens them and analyses their notebooks
	Unknown   Format = ""
)

// Lang is a programming language of code, a notebook's default language or
// a cell's language.
type Lang string

const (
	Python Lang = "python"
	Scala  Lang = "scala"
	SQL    Lang = "sql"
	R      Lang = "r"
	Shell  Lang = "sh"
	NoLang Lang = ""
)

// File is one file of a unit, read once.
type File struct {
	Path   string      // slash-separated, relative to the scan root when under it
	Src    []byte      // content; front-ends must not modify it
	Tok    *token.File // registered in the pass's FileSet
	Format Format
	Lang   Lang // for Notebook and Code: the (default) language
}

// Pos returns the position of byte offset off in the file (clamped to its size).
func (f *File) Pos(off int) token.Pos {
	if off < 0 {
		off = 0
	}
	if off > f.Tok.Size() {
		off = f.Tok.Size()
	}
	return f.Tok.Pos(off)
}

// Unit is what one pass sees: a single file, or every Terraform file of a
// module directory (variables and locals live in sibling files).
type Unit struct {
	Files []*File
}

// Analyzer reads and classifies the unit's files.
var Analyzer = &analysis.Analyzer{
	Name:       "source",
	Doc:        "read and classify the files of a unit",
	Run:        run,
	ResultType: reflect.TypeOf((*Unit)(nil)),
}

func run(pass *analysis.Pass) (any, error) {
	u := &Unit{}
	for _, name := range pass.OtherFiles {
		src, err := pass.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		tf := pass.Fset.AddFile(name, -1, len(src))
		tf.SetLinesForContent(src)
		format, lang := Classify(name, src)
		u.Files = append(u.Files, &File{Path: name, Src: src, Tok: tf, Format: format, Lang: lang})
	}
	return u, nil
}

// notebookHeaders are the first lines Databricks writes when it exports a
// notebook in source format; the comment syntax gives the default language.
var notebookHeaders = []struct {
	header string
	lang   Lang
}{
	{"# Databricks notebook source", Python}, // also R: told apart by the extension
	{"// Databricks notebook source", Scala},
	{"-- Databricks notebook source", SQL},
}

// Classify decides a file's format from its name and, for notebooks, its
// first line. It never parses the whole file.
func Classify(name string, src []byte) (Format, Lang) {
	base := path.Base(name)
	lower := strings.ToLower(base)
	ext := path.Ext(lower)

	switch {
	case strings.HasSuffix(lower, ".tf"), strings.HasSuffix(lower, ".tf.json"),
		strings.HasSuffix(lower, ".tfvars"), strings.HasSuffix(lower, ".tfvars.json"):
		return Terraform, NoLang
	case lower == ".databrickscfg" || strings.HasSuffix(lower, ".databrickscfg"):
		return INI, NoLang
	case lower == ".env" || strings.HasPrefix(lower, ".env.") || ext == ".env":
		return Dotenv, NoLang
	case ext == ".ipynb":
		return Ipynb, NoLang
	case ext == ".dbc" || ext == ".zip":
		return Archive, NoLang
	case ext == ".json":
		return JSON, NoLang
	case ext == ".yml" || ext == ".yaml":
		return YAML, NoLang
	}

	lang := langOfExt(ext)
	if lang == NoLang && ext == "" && bytes.HasPrefix(src, []byte("#!")) {
		lang = langOfShebang(src)
	}
	if lang == NoLang {
		return Unknown, NoLang
	}
	first := src
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	first = bytes.TrimPrefix(bytes.TrimSpace(first), []byte("\xef\xbb\xbf"))
	for _, h := range notebookHeaders {
		if string(first) == h.header {
			if h.lang == Python && lang == R {
				return Notebook, R
			}
			return Notebook, h.lang
		}
	}
	return Code, lang
}

func langOfExt(ext string) Lang {
	switch ext {
	case ".py":
		return Python
	case ".scala", ".sc":
		return Scala
	case ".sql":
		return SQL
	case ".r":
		return R
	case ".sh", ".bash", ".zsh", ".ksh":
		return Shell
	}
	return NoLang
}

func langOfShebang(src []byte) Lang {
	line := src
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	switch s := string(line); {
	case strings.Contains(s, "python"):
		return Python
	case strings.Contains(s, "sh"): // sh, bash, zsh, dash, ksh
		return Shell
	}
	return NoLang
}

// IsCandidate reports whether discovery should read a file with this name at
// all; everything else is skipped without opening it.
func IsCandidate(name string, firstBytes []byte) bool {
	f, _ := Classify(name, firstBytes)
	return f != Unknown
}

// IsTerraform reports whether the file belongs to a Terraform module unit.
func IsTerraform(name string) bool {
	f, _ := Classify(name, nil)
	return f == Terraform
}
