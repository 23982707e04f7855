package dbx101_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx101"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX101", meta.Rule{Meta: dbx101.Meta, Analyzer: dbx101.Analyzer})
}
