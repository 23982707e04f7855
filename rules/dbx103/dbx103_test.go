package dbx103_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/rules/dbx103"
	"github.com/bricklint/bricklint/rules/meta"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX103", meta.Rule{Meta: dbx103.Meta, Analyzer: dbx103.Analyzer})
}
