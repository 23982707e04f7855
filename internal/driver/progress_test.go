package driver

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/bricklint/bricklint/analyzers/extract"
	"github.com/bricklint/bricklint/internal/meta"
)

// Progress ends with every file done and the bytes of the files read,
// including a Terraform module's files, which are one unit.
func TestProgressCountsFilesAndBytes(t *testing.T) {
	files := map[string]string{
		"a.py":          "x = 1\n",
		"b.py":          "y = \"BADSECRET1\"\n",
		"infra/main.tf": "resource \"x\" \"y\" {}\n",
		"infra/vars.tf": "variable \"v\" {}\n",
	}
	root := writeTree(t, files)
	var size int64
	for _, c := range files {
		size += int64(len(c))
	}
	d, err := (&Walker{Root: root}).Discover([]string{root})
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analyzer{Name: "DBX999", Doc: "test rule", Requires: []*analysis.Analyzer{extract.Analyzer}, Run: reportBad}
	p := &Progress{}
	Run(Options{Root: root, Rules: []meta.Rule{{Meta: testMeta, Analyzer: a}}, Jobs: 2, Progress: p}, d.Units)
	if p.Total.Load() != 4 || p.Done.Load() != 4 || p.Bytes.Load() != size {
		t.Errorf("progress %d/%d files, %d bytes; want 4/4, %d", p.Done.Load(), p.Total.Load(), p.Bytes.Load(), size)
	}
}
