package dbx104_test

import (
	"testing"

	"github.com/bricklint/bricklint/internal/lintertest"
	"github.com/bricklint/bricklint/internal/meta"
	"github.com/bricklint/bricklint/rules/dbx104"
)

func TestFixtures(t *testing.T) {
	lintertest.Run(t, "../../testdata/DBX104", meta.Rule{Meta: dbx104.Meta, Analyzer: dbx104.Analyzer})
}
