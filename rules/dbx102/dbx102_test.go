package dbx102_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx102"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX102", meta.Rule{Meta: dbx102.Meta, Analyzer: dbx102.Analyzer})
}
