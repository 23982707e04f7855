package dbx103_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx103"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX103", meta.Rule{Meta: dbx103.Meta, Analyzer: dbx103.Analyzer})
}
