#!/usr/bin/env bash
# The benchmark lives in bench/ (bench/run.sh: corpus at three sizes,
# bricklint, ripgrep and gitleaks, table and chart in docs/performance.md).
exec "$(dirname "$0")/../bench/run.sh" "$@"
