package facts

import (
	"go/token"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/source"
)

// PerFile builds a front-end analyzer for formats whose files are read one at
// a time: its Result is a *Unit with one File, from extract, for every file
// of the unit in one of the formats, in unit order; other files are left out.
func PerFile(name, doc string, extract func(*source.File) *File, formats ...source.Format) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       name,
		Doc:        doc,
		Requires:   []*analysis.Analyzer{source.Analyzer},
		ResultType: reflect.TypeOf((*Unit)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			out := &Unit{}
			for _, f := range pass.ResultOf[source.Analyzer].(*source.Unit).Files {
				for _, format := range formats {
					if f.Format == format {
						out.Files = append(out.Files, extract(f))
						break
					}
				}
			}
			return out, nil
		},
	}
}

// UsedHere points at the place a value is used when a finding is reported
// at [pos, end) elsewhere, where its literal is written (a constant from an
// earlier cell, a Terraform variable default, a .tfvars entry); nil when the
// two are the same place.
func (v Value) UsedHere(pos, end token.Pos) []analysis.RelatedInformation {
	if v.Pos.IsValid() && (v.Pos > end || v.End < pos) {
		return []analysis.RelatedInformation{{Pos: v.Pos, End: v.End, Message: "used here"}}
	}
	return nil
}

// MadeHere points at the command in a shell function's body when a call or
// request it makes is reported at the function's call (Call.Body); nil
// otherwise.
func (s Span) MadeHere(what string) []analysis.RelatedInformation {
	if !s.Pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: s.Pos, End: s.End, Message: what + " in the function's body"}}
}

// SourceText returns the source bytes of [pos, end) in the unit's files.
func (u *Unit) SourceText(pos, end token.Pos) (string, bool) {
	for _, f := range u.Files {
		base := token.Pos(f.Source.Tok.Base())
		if pos >= base && end >= pos && int(end-base) <= len(f.Source.Src) {
			return string(f.Source.Src[pos-base : end-base]), true
		}
	}
	return "", false
}
