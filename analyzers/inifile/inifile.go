// Package inifile is the front-end for the two key = value formats where
// Databricks credentials sit in plain text: .databrickscfg profiles (INI)
// and .env files. Every key becomes a Pair and every non-empty value a Value;
// each .databrickscfg profile also becomes a Block, so that rules can ask
// what a profile lacks as well as what it holds.
package inifile

import (
	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// Analyzer extracts the facts of the unit's .databrickscfg and .env files.
// Its Result holds one facts.File for each such file, in unit order; files
// of other formats are left out.
var Analyzer = facts.PerFile("inifile", "extract facts from .databrickscfg profiles and .env files", read, source.INI, source.Dotenv)

// read extracts the facts of one .databrickscfg or .env file.
func read(f *source.File) *facts.File {
	if f.Format == source.INI {
		return readConfig(f)
	}
	return readDotenv(f)
}

// line is one line of a file: src[start:end] without its line break.
type line struct {
	start, end int
	num        int // 1-based, for messages
}

// lines splits src into lines, dropping a trailing '\r' and a leading BOM.
func lines(src []byte) []line {
	var ls []line
	start := 0
	if len(src) >= 3 && string(src[:3]) == "\xef\xbb\xbf" {
		start = 3
	}
	for n := 1; start <= len(src); n++ {
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		text := end
		if text > start && src[text-1] == '\r' {
			text--
		}
		ls = append(ls, line{start: start, end: text, num: n})
		start = end + 1
	}
	return ls
}

// skipBlanks returns the first offset in [i, end) that is not a space or tab.
func skipBlanks(src []byte, i, end int) int {
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// trimBlanks returns end moved back over spaces and tabs, not before start.
func trimBlanks(src []byte, start, end int) int {
	for end > start && (src[end-1] == ' ' || src[end-1] == '\t') {
		end--
	}
	return end
}
