package r

import (
	"testing"

	"github.com/bricklint/bricklint/analyzers/lang/lexutil/lextest"
	"github.com/bricklint/bricklint/analyzers/source"
)

// FuzzExtract checks that no input makes Extract panic.
func FuzzExtract(f *testing.F) { lextest.Fuzz(f, source.R, Extract) }
