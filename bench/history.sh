#!/usr/bin/env bash
# History benchmark: builds a git repository of COMMITS commits touching
# FILES Databricks files (internal/benchcorpus), then times
# `bricklint history` and `gitleaks git` over it side by side, RUNS times
# each, alternating, with peak RSS from GNU time. Not part of CI; run it by
# hand on an idle machine and put the figures in docs/performance.md.
#
#   bench/history.sh [COMMITS] [FILES] [RUNS]   (default 1000 5000 3)
#
# The first half of the commits add the files (FILES / (COMMITS/2) each);
# the second half edit ten files each (a line of code appended to notebooks,
# SQL and scripts, a comment to Terraform and YAML), and every 20th writes a JDBC
# password into a notebook that the next commit removes again: only a
# history scan finds those. gitleaks is installed with `go install` into
# $BENCH_BIN (default ~/.cache/bricklint-bench/bin) at the pinned version.
set -euo pipefail
commits="${1:-1000}"
files="${2:-5000}"
runs="${3:-3}"
gitleaks_version=v8.30.1
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] && echo "work directory: $work" || trap 'rm -rf "$work"' EXIT
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
bin="${BENCH_BIN:-$HOME/.cache/bricklint-bench/bin}"

[ -x /usr/bin/time ] || { echo "bench: GNU time is missing (apt-get install time)"; exit 2; }
if ! "$bin/gitleaks" version 2>/dev/null | grep -q "${gitleaks_version#v}"; then
  GOBIN="$bin" go install "github.com/zricethezav/gitleaks/v8@$gitleaks_version"
fi
go build -o "$work/bricklint" "$repo/cmd/bricklint"
(cd "$repo" && go test ./internal/benchcorpus -count=1 -run TestWriteCorpus -corpus-dir="$work/src" -corpus-files="$files" >/dev/null)

hist="$work/history"
mkdir -p "$hist"
cd "$hist"
git init -q -b main
export GIT_AUTHOR_NAME="Dana Engineer" GIT_AUTHOR_EMAIL=dana@example.com GIT_COMMITTER_NAME="Dana Engineer" GIT_COMMITTER_EMAIL=dana@example.com
mapfile -t all < <(cd "$work/src" && find . -type f | sed 's|^\./||' | sort)
adds=$((commits / 2))
per=$(( (${#all[@]} + adds - 1) / adds ))
n=0
commit() {
  n=$((n + 1))
  export GIT_AUTHOR_DATE="$((1735689600 + n * 3600)) +0000" GIT_COMMITTER_DATE="$((1735689600 + n * 3600)) +0000"
  git add -A
  git commit -q --no-verify -m "$1"
}
for ((c = 0; c < adds; c++)); do
  batch=("${all[@]:c*per:per}")
  [ ${#batch[@]} -gt 0 ] || break
  (cd "$work/src" && cp --parents "${batch[@]}" "$hist/")
  commit "Add ${batch[0]%%/*} pipelines ($c)"
done
editable=()
for f in "${all[@]}"; do
  case "$f" in *.py | *.sh | *.tf | *.yml | *.sql) editable+=("$f") ;; esac
done
notebooks=()
for f in "${all[@]}"; do
  case "$f" in */notebooks/*.py) notebooks+=("$f") ;; esac
done
leak=""
for ((c = n; c < commits; c++)); do
  if [ -n "$leak" ]; then
    sed -i '/^# COMMAND ---------- leak$/,$d' "$leak"
    commit "Read the warehouse password from the secret scope ($c)"
    leak=""
    continue
  fi
  for k in 0 1 2 3 4 5 6 7 8 9; do
    f="${editable[$(( (c * 37 + k * 101) % ${#editable[@]} ))]}"
    case "$f" in
      *.py) printf 'display(spark.table("silver.orders_%d").limit(10))\n' "$c" >> "$f" ;;
      *.sql) printf 'SELECT count(*) FROM silver.orders_%d;\n' "$c" >> "$f" ;;
      *.sh) printf 'echo "deploy step %d"\n' "$c" >> "$f" ;;
      *) echo "# reviewed in change $c" >> "$f" ;;
    esac
  done
  if [ $((c % 20)) = 0 ]; then
    leak="${notebooks[$(( c % ${#notebooks[@]} ))]}"
    printf '# COMMAND ---------- leak\n\nwarehouse_pw = "Autumn-%d-Load!"\nspark.read.format("jdbc").option("url", "jdbc:postgresql://dw:5432/sales").option("password", warehouse_pw).load()\n' "$c" >> "$leak"
  fi
  commit "Review pipelines ($c)"
done
echo "repository: $(git rev-list --count HEAD) commits, $(git ls-files | wc -l) files at HEAD, $(git log --format= --name-only | sort -u | wc -l) paths changed, .git $(du -sh .git | cut -f1)"
git gc -q

measure() { # name, command...: one run, "seconds maxrss_kb"
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" >/dev/null 2>"$work/err.$name" || true
  tail -1 "$work/time.$name"
}
for ((r = 1; r <= runs; r++)); do
  echo "run $r: bricklint history $(measure bricklint "$work/bricklint" history --no-config --format json -o "$work/bricklint.json" .)" \
    " gitleaks git $(measure gitleaks "$bin/gitleaks" git --no-banner --exit-code 0 --report-format json --report-path "$work/gitleaks.json" .)"
done | tee "$work/runs"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
b=$(awk '{print $5}' "$work/runs" | median)
g=$(awk '{print $9}' "$work/runs" | median)
brss=$(awk '{print $6}' "$work/runs" | sort -n | tail -1)
grss=$(awk '{print $10}' "$work/runs" | sort -n | tail -1)
bf=$(grep -c '"rule":' "$work/bricklint.json" || true)
gf=$(grep -c '"RuleID":' "$work/gitleaks.json" || true)
echo "median: bricklint history ${b} s (peak RSS $((brss / 1024)) MB, $bf findings); gitleaks git ${g} s (peak RSS $((grss / 1024)) MB, $gf findings)"
awk -v b="$b" -v g="$g" 'BEGIN {printf "bricklint history is %.1fx faster than gitleaks git\n", g / b}'
