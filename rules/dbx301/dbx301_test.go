package dbx301_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx301"
)

var rule = meta.Rule{Meta: dbx301.Meta, Analyzer: dbx301.Analyzer}

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX301", rule)
}
