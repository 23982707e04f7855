package dbx302_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx302"
)

var rule = meta.Rule{Meta: dbx302.Meta, Analyzer: dbx302.Analyzer}

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX302", rule)
}
