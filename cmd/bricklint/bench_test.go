package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/bricklint/bricklint/internal/benchcorpus"
)

// benchScan runs the whole CLI (discovery, analysis, SARIF report) over a
// synthetic repository of n files.
func benchScan(b *testing.B, n int, args func(dir string) []string) {
	dir := b.TempDir()
	size, err := benchcorpus.Generate(dir, n)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		b.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		b.Fatal(err)
	}
	defer os.Chdir(wd)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := run(args(dir), io.Discard, io.Discard); code == exitUsage {
			b.Fatal("usage error")
		}
	}
}

// BenchmarkScanRepository is a full scan of a 2,000-file repository.
func BenchmarkScanRepository(b *testing.B) {
	benchScan(b, 2000, func(string) []string { return []string{"--format", "sarif", "."} })
}

// BenchmarkScanThreeFiles is a pre-commit run: three files named on the command line.
func BenchmarkScanThreeFiles(b *testing.B) {
	benchScan(b, 60, func(string) []string {
		return []string{"--format", "text", "team00/notebooks/nb_00000.py", "team09/jobs/job_00009.json", "team12/scripts/deploy_00012.sh"}
	})
}
