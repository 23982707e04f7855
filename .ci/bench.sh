#!/usr/bin/env bash
# Benchmark script: times a full bricklint scan of a synthetic Databricks
# repository against ripgrep searching the same tree for the rules' trigger
# words (the floor DESIGN §1 measures against), and gitleaks when installed.
# Not part of CI; run it by hand and put the figures in docs/performance.md.
#
#   .ci/bench.sh [FILES]     (default 20000; needs hyperfine, rg and GNU time)
set -euo pipefail
files="${1:-20000}"
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

for tool in hyperfine rg /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine ripgrep time)"; exit 2; }
done
go build -o "$work/bricklint" "$repo/cmd/bricklint"
(cd "$repo" && go test ./internal/benchcorpus -count=1 -run TestWriteCorpus -corpus-dir="$work/corpus" -corpus-files="$files" >/dev/null)
mkdir -p "$work/corpus/.git"
echo "corpus: $files files, $(du -sh "$work/corpus" | cut -f1)"

# Every rule keyword, as one case-insensitive alternation for rg.
keywords=$("$work/bricklint" rules --keywords | paste -sd'|')

cd "$work/corpus"
hyperfine --warmup 1 --runs 5 --ignore-failure \
  "$work/bricklint --format sarif -o /dev/null ." \
  "rg -i -c -e '$keywords' . > /dev/null" \
  $(command -v gitleaks >/dev/null && echo "gitleaks dir --no-banner --exit-code 0 . > /dev/null")

echo "peak memory (max RSS) of a full scan:"
/usr/bin/time -f "  %M KB, %e s" "$work/bricklint" --format sarif -o /dev/null . || true
echo "pre-commit run on three files:"
hyperfine --warmup 3 --runs 20 --ignore-failure \
  "$work/bricklint team00/notebooks/nb_00000.py team09/jobs/job_00009.json team12/scripts/deploy_00012.sh"
