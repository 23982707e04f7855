package dbx202_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/rules/dbx202"
	"github.com/bricklint/bricklint/rules/meta"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX202", meta.Rule{Meta: dbx202.Meta, Analyzer: dbx202.Analyzer})
}
