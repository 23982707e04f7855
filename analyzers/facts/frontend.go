package facts

import (
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
