#!/usr/bin/env bash
# Reproducible benchmark: builds bricklint, installs gitleaks into bench/.bin
# (go install, a pinned version), generates the synthetic corpus at three
# sizes and times bricklint, ripgrep with the rules' keywords and gitleaks,
# best of 3 each; writes the table into docs/performance.md and the chart
# into docs/performance.svg.
#
#   bench/run.sh [SIZES]     (default 2500,5000,10000 files; needs rg: apt-get install ripgrep)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bin="$repo/bench/.bin"
mkdir -p "$bin"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
command -v rg >/dev/null || { echo "bench: rg is missing (apt-get install ripgrep)"; exit 2; }
gitleaks_version=v8.30.1
if [ ! -x "$bin/gitleaks" ] || ! "$bin/gitleaks" version 2>/dev/null | grep -q "${gitleaks_version#v}"; then
  GOBIN="$bin" go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version"
fi
go build -o "$bin/bricklint" "$repo/cmd/bricklint"
cd "$repo"
go run ./bench -bricklint "$bin/bricklint" -gitleaks "$bin/gitleaks" -rg "$(command -v rg)" -out docs -sizes "${1:-2500,5000,10000}"
