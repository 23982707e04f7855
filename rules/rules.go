// Package rules is the catalog: every rule's analyzer with its metadata, in
// ID order. Adding a rule means adding its package and one line here.
package rules

import (
	"strings"

	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx101"
	"github.com/bricklint/bricklint/rules/dbx102"
	"github.com/bricklint/bricklint/rules/dbx103"
	"github.com/bricklint/bricklint/rules/dbx104"
	"github.com/bricklint/bricklint/rules/dbx201"
	"github.com/bricklint/bricklint/rules/dbx202"
	"github.com/bricklint/bricklint/rules/dbx203"
	"github.com/bricklint/bricklint/rules/dbx301"
	"github.com/bricklint/bricklint/rules/dbx302"
)

var all = []meta.Rule{
	{Meta: dbx101.Meta, Analyzer: dbx101.Analyzer},
	{Meta: dbx102.Meta, Analyzer: dbx102.Analyzer},
	{Meta: dbx103.Meta, Analyzer: dbx103.Analyzer},
	{Meta: dbx104.Meta, Analyzer: dbx104.Analyzer},
	{Meta: dbx201.Meta, Analyzer: dbx201.Analyzer},
	{Meta: dbx202.Meta, Analyzer: dbx202.Analyzer},
	{Meta: dbx203.Meta, Analyzer: dbx203.Analyzer},
	{Meta: dbx301.Meta, Analyzer: dbx301.Analyzer},
	{Meta: dbx302.Meta, Analyzer: dbx302.Analyzer},
}

// All returns every rule, in ID order.
func All() []meta.Rule { return append([]meta.Rule(nil), all...) }

// Lookup finds a rule by ID (DBX101) or name (jdbc-credential), in any case.
func Lookup(idOrName string) (meta.Rule, bool) {
	for _, r := range all {
		if strings.EqualFold(r.Meta.ID, idOrName) || strings.EqualFold(r.Meta.Name, idOrName) {
			return r, true
		}
	}
	return meta.Rule{}, false
}

// ID resolves an ID or name to the rule's ID.
func ID(idOrName string) (string, bool) {
	r, ok := Lookup(idOrName)
	return r.Meta.ID, ok
}
