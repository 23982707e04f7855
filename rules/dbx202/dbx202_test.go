package dbx202_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx202"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX202", meta.Rule{Meta: dbx202.Meta, Analyzer: dbx202.Analyzer})
}
