#!/usr/bin/env bash
# End-to-end checks with the real tools users run bricklint with:
#  1. SARIF from the example repository passes ../shared/tools/validate-sarif
#     (JSON schema + GitHub ingestion rules + sarif-multitool).
#  2. pre-commit (Debian's package) runs the hook of this repository through
#     `language: golang`: a commit of a notebook with a hard-coded JDBC
#     password is refused, a clean commit goes through.
#  2b. pre-commit's pre-push stage runs the bricklint-history hook: a push to
#     a local bare remote is refused when a pushed commit adds a password,
#     even though the next pushed commit removes it.
#  2c. The action's scan step in mode "commits", run with the environment of
#     a push event, scans exactly the pushed commits.
#  3. The example GitHub workflows pass actionlint.
#  4. Under strace, a scan opens no socket, starts no program, and writes,
#     renames or removes nothing but its -o file.
#  5. JUnit output passes xmllint against testdata/junit/junit.xsd, and the
#     Azure Pipelines template's scan step runs as written.
#  6. The GitLab CI template's script runs as written; its secret-detection
#     report passes ajv against testdata/gitlab (GitLab's own schema ships in
#     no registry package), its JUnit report xmllint.
#  7. The action's scan script writes SARIF, its outputs and the Markdown
#     job summary.
#  8. The Dockerfile's build command gives a static binary; where docker
#     works, the image builds, runs as a non-root user with git, and scans a
#     mounted repository.
#  9. The HTML report renders in headless Chromium (Debian's package, driven
#     by playwright-core) without console errors or network requests, and
#     its filters work (.ci/html-check.js).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared="${BRICKLINT_SHARED:-$repo/../shared}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

go build -o "$work/bin/bricklint" "$repo/cmd/bricklint"

# The workflow and template checks read YAML with Python; take Debian's
# PyYAML when the python3 on PATH has none.
py=python3
if ! python3 -c 'import yaml' 2>/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml) >/dev/null
  py=/usr/bin/python3
fi
export PATH="$work/bin:$PATH"

echo "-- 1. SARIF"
set +e
(cd "$repo" && bricklint --format sarif --output "$work/examples.sarif" examples)
rc=$?
set -e
[ "$rc" = 1 ] || { echo "expected exit 1 (findings) on examples/, got $rc"; exit 1; }
grep -q '"ruleId": "DBX101"' "$work/examples.sarif" || { echo "no DBX101 result in the examples' SARIF"; exit 1; }
sarifs=("$work/examples.sarif")
(cd "$repo" && bricklint --format sarif --sarif-category bricklint/ci --output "$work/category.sarif" examples) || true
sarifs+=("$work/category.sarif")
# A run with the rarer parts of SARIF: a parse-error notification (the file
# holds a rule keyword, else it is never parsed), an in-source
# suppression, a baselined (external) suppression and a fix.
mixed="$work/mixed"
mkdir -p "$mixed/.git" "$mixed/jobs" "$mixed/notebooks"
printf '{"name": "broken", "spark_env_vars": {"DB_PASSWORD": \n' > "$mixed/jobs/broken.json"
cp "$repo/examples/notebooks/orders_ingest.py" "$mixed/notebooks/"
printf '# Databricks notebook source\nspark.read.format("jdbc").option("password", "Sandbox-0nly")  # bricklint:ignore DBX101 -- local sandbox\n' > "$mixed/notebooks/sandbox.py"
(cd "$mixed" && bricklint --write-baseline baseline.json notebooks/orders_ingest.py >/dev/null 2>&1)
cp "$repo/examples/scripts/get_token.sh" "$mixed/get_token.sh"
(cd "$mixed" && bricklint --format sarif --baseline baseline.json --output "$work/mixed.sarif" .) || true
for want in '"toolExecutionNotifications": [' '"kind": "inSource"' '"kind": "external"' '"fixes": ['; do
  grep -qF "$want" "$work/mixed.sarif" || { echo "mixed.sarif lacks $want"; exit 1; }
done
sarifs+=("$work/mixed.sarif")
for f in $(cd "$repo" && git ls-files 'testdata/**/*.sarif'); do sarifs+=("$repo/$f"); done
"$shared/tools/validate-sarif" "${sarifs[@]}"

echo "-- 2. pre-commit"
if ! command -v pre-commit >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit) >/dev/null
fi
pre-commit --version
hookrepo="$work/hookrepo"
git clone -q "$repo" "$hookrepo"
if [ -n "$(cd "$repo" && git status --porcelain -- . ':!testdata/eval' | head -1)" ]; then
  # Local runs with uncommitted work: test the working tree, committed in the copy.
  tar -C "$repo" --exclude=./.git -cf - . | tar -C "$hookrepo" -xf -
  (cd "$hookrepo" && git add -A && git -c user.name=ci -c user.email=ci@example.invalid commit -qm "working tree" || true)
fi
rev=$(cd "$hookrepo" && git rev-parse HEAD)
proj="$work/project"
mkdir -p "$proj/notebooks"
cd "$proj"
git init -q
git config user.email ci@example.invalid
git config user.name ci
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: file://$hookrepo
    rev: $rev
    hooks:
      - id: bricklint
YAML
export PRE_COMMIT_HOME="$work/pre-commit-home"
git add .pre-commit-config.yaml
git commit -qm "pre-commit config"
pre-commit install >/dev/null
cp "$repo/examples/notebooks/clean_ingest.py" notebooks/clean_ingest.py
git add notebooks/clean_ingest.py
git commit -qm "clean notebook" || { echo "pre-commit refused a clean notebook"; exit 1; }
cp "$repo/examples/notebooks/orders_ingest.py" notebooks/orders_ingest.py
git add notebooks/orders_ingest.py
set +e
git commit -qm "notebook with a password" > "$work/commit.log" 2>&1
rc=$?
set -e
cat "$work/commit.log"
[ "$rc" != 0 ] || { echo "pre-commit let a hard-coded JDBC password through"; exit 1; }
grep -q "DBX101 jdbc-credential" "$work/commit.log" || { echo "the refusal does not name the rule"; exit 1; }
if grep -q "Winter2024!" "$work/commit.log"; then echo "the hook printed the password"; exit 1; fi
echo "pre-commit: the bad commit was refused and the clean one went through"

echo "-- 2b. pre-push"
remote="$work/remote.git"
git init -q --bare "$remote"
push="$work/pushproj"
mkdir -p "$push/notebooks"
cd "$push"
git init -q -b main
git config user.email ci@example.invalid
git config user.name ci
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: file://$hookrepo
    rev: $rev
    hooks:
      - id: bricklint-history
YAML
pre-commit install --hook-type pre-push >/dev/null
git remote add origin "$remote"
cp "$repo/examples/notebooks/clean_ingest.py" notebooks/clean_ingest.py
git add -A
git commit -qm "clean notebook"
git push -q origin main 2>"$work/push1.log" || { cat "$work/push1.log"; echo "pre-push refused a clean history"; exit 1; }
cp "$repo/examples/notebooks/orders_ingest.py" notebooks/orders_ingest.py
git add -A
git commit -qm "notebook with a password"
git rm -q notebooks/orders_ingest.py
git commit -qm "remove the notebook again"
set +e
git push origin main > "$work/push2.log" 2>&1
rc=$?
set -e
cat "$work/push2.log"
[ "$rc" != 0 ] || { echo "pre-push let a commit with a hard-coded JDBC password through"; exit 1; }
grep -q "DBX101 jdbc-credential" "$work/push2.log" || { echo "the refusal does not name the rule"; exit 1; }
grep -q "notebook with a password" "$work/push2.log" || { echo "the refusal does not name the commit"; exit 1; }
if grep -q "Winter2024!" "$work/push2.log"; then echo "the hook printed the password"; exit 1; fi
[ "$(git -C "$remote" rev-parse main)" = "$(git rev-parse HEAD~2)" ] || { echo "the remote received the commits"; exit 1; }
echo "pre-push: the push of a commit adding a password was refused, the clean push went through"

echo "-- 2c. action, mode commits"
step="$work/action-step.sh"
"$py" - "$repo/action.yml" "$step" <<'PY'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
open(sys.argv[2], "w").write(next(s for s in steps if s.get("id") == "scan")["run"])
PY
action_env() {
  env BRICKLINT_SCAN_PATH=. BRICKLINT_SARIF="$1" BRICKLINT_FAIL_LEVEL=error BRICKLINT_CATEGORY= BRICKLINT_ARGS= \
    BRICKLINT_MODE=commits BRICKLINT_RANGE= BRICKLINT_EVENT=push BRICKLINT_PR_BASE= BRICKLINT_PR_HEAD= \
    BRICKLINT_BEFORE="$2" BRICKLINT_AFTER="$3" GITHUB_OUTPUT="$work/github_output" bash "$step"
}
: > "$work/github_output"
action_env "$work/pushed.sarif" "$(git rev-parse HEAD~2)" "$(git rev-parse HEAD)"
grep -q '^exit-code=1$' "$work/github_output" || { cat "$work/github_output"; echo "mode commits missed the pushed password"; exit 1; }
grep -q '"versionControlProvenance"' "$work/pushed.sarif" || { echo "no versionControlProvenance"; exit 1; }
grep -q '"commit": "'"$(git rev-parse HEAD~1)"'"' "$work/pushed.sarif" || { echo "the result does not name the commit"; exit 1; }
: > "$work/github_output"
action_env "$work/later.sarif" "$(git rev-parse HEAD~1)" "$(git rev-parse HEAD)"
grep -q '^exit-code=0$' "$work/github_output" || { cat "$work/github_output"; echo "mode commits reported a commit outside the push"; exit 1; }
"$shared/tools/validate-sarif" "$work/pushed.sarif" "$work/later.sarif"
echo "action: mode commits scans the pushed commits"

echo "-- 3. actionlint"
cd "$work"
go run github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 "$repo/examples/github/bricklint.yml" "$repo/examples/github/bricklint-commits.yml"
echo "actionlint: examples/github/*.yml are clean"
echo "-- 4. no network, no programs, no writes (strace)"
if ! command -v strace >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace) >/dev/null
fi
scanned="$work/scanned"
cp -r "$repo/examples" "$scanned"
(cd "$scanned" && strace -f -qq -o "$work/strace.log" -e trace=network,process,write,openat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat \
  "$work/bin/bricklint" --format sarif -o "$work/strace.sarif" --root . .) || true
[ -s "$work/strace.sarif" ] || { echo "the traced scan wrote no report"; exit 1; }
if grep -E '(^|[0-9] )(socket|connect|sendto|sendmsg)\(' "$work/strace.log" | grep -v 'AF_UNIX.*ENOENT' ; then echo "the scan used the network"; exit 1; fi
[ "$(grep -c 'execve(' "$work/strace.log")" = 1 ] || { grep 'execve(' "$work/strace.log"; echo "the scan started a program"; exit 1; }
if grep -E 'openat\(.*O_(WRONLY|RDWR|CREAT)' "$work/strace.log" | grep -v "$work/strace.sarif" | grep -v '/dev/null'; then echo "the scan opened a file for writing"; exit 1; fi
if grep -E '(rename|renameat2?|unlink|unlinkat|mkdir|mkdirat)\(' "$work/strace.log"; then echo "the scan renamed, removed or created something"; exit 1; fi
echo "strace: no socket, one execve, writes only to its -o file"
echo "-- 5. JUnit (xmllint) and the Azure Pipelines template"
if ! command -v xmllint >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils) >/dev/null
fi
# step_script FILE NAME: the script of the CI step (or job) called NAME.
step_script() {
  "$py" - "$1" "$2" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
def walk(node):
    if isinstance(node, dict):
        if node.get("displayName") == sys.argv[2] and "bash" in node:
            return node["bash"]
        if sys.argv[2] in node and isinstance(node[sys.argv[2]], dict) and "script" in node[sys.argv[2]]:
            return "\n".join(node[sys.argv[2]]["script"])
        for v in node.values():
            r = walk(v)
            if r: return r
    if isinstance(node, list):
        for v in node:
            r = walk(v)
            if r: return r
sys.stdout.write(walk(doc) or sys.exit("no step " + sys.argv[2]))
PY
}
(cd "$repo" && bricklint --format junit --root examples --output "$work/examples.junit.xml" examples) || true
(cd "$mixed" && bricklint --format junit --baseline baseline.json --output "$work/mixed.junit.xml" .) || true
grep -q '<skipped message="suppressed: local sandbox"' "$work/mixed.junit.xml" || { echo "mixed.junit.xml lacks the suppressed case"; exit 1; }
grep -q '<skipped message="baselined"' "$work/mixed.junit.xml" || { echo "mixed.junit.xml lacks a baselined case"; exit 1; }
xmllint --noout --schema "$repo/testdata/junit/junit.xsd" "$work/examples.junit.xml" "$work/mixed.junit.xml"
azure="$work/azure"
cp -r "$repo/examples" "$azure"
set +e
(cd "$azure" && git init -q && BUILD_ARTIFACTSTAGINGDIRECTORY="$work/azure-staging" BRICKLINT_FAIL_LEVEL=error \
  bash -c "$(step_script "$repo/examples/azure-pipelines/bricklint.yml" "Scan with bricklint")" > "$work/azure.log" 2>&1)
rc=$?
set -e
[ "$rc" = 0 ] || { cat "$work/azure.log"; echo "the Azure scan step failed ($rc)"; exit 1; }
grep -q '##vso\[task.setvariable variable=BRICKLINT_EXIT\]1' "$work/azure.log" || { cat "$work/azure.log"; echo "the Azure scan step did not record exit 1"; exit 1; }
xmllint --noout --schema "$repo/testdata/junit/junit.xsd" "$work/azure-staging/bricklint/bricklint-junit.xml"
"$shared/tools/validate-sarif" "$work/azure-staging/bricklint/bricklint.sarif"
echo "junit: valid against the schema; the Azure scan step ran and recorded the findings"

echo "-- 6. GitLab CI template"
node_dir="$work/node"
mkdir -p "$node_dir"
(cd "$node_dir" && npm install --silent --no-audit --no-fund ajv@8.20.0 ajv-formats@3.0.1 playwright-core@1.65.1 >/dev/null)
gitlab="$work/gitlab"
cp -r "$repo/examples" "$gitlab"
# The job's script lines, without before_script's install (bricklint is built above).
"$py" - "$repo/examples/gitlab/bricklint.gitlab-ci.yml" > "$work/gitlab.sh" <<'PY'
import sys, yaml
job = yaml.safe_load(open(sys.argv[1]))["bricklint"]
print("set -e")
for k, v in job["variables"].items():
    print(f"export {k}={v}")
print("\n".join(job["script"]))
PY
set +e
(cd "$gitlab" && git init -q && CI_COMMIT_SHA=0123456789abcdef0123456789abcdef01234567 bash "$work/gitlab.sh" > "$work/gitlab.log" 2>&1)
rc=$?
set -e
[ "$rc" = 1 ] || { cat "$work/gitlab.log"; echo "the GitLab job should fail on the examples' errors, got exit $rc"; exit 1; }
NODE_PATH="$node_dir/node_modules" node - "$repo/testdata/gitlab/secret-detection-required.json" "$gitlab/gl-secret-detection-report.json" <<'JS'
const fs = require("fs");
const Ajv = require("ajv"), addFormats = require("ajv-formats");
const ajv = new Ajv({allErrors: true, strict: false});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2])));
const report = JSON.parse(fs.readFileSync(process.argv[3]));
if (!validate(report)) { console.error(validate.errors); process.exit(1); }
if (report.vulnerabilities.length === 0) { console.error("no vulnerabilities"); process.exit(1); }
if (report.vulnerabilities[0].location.commit.sha !== "0123456789abcdef0123456789abcdef01234567") { console.error("CI_COMMIT_SHA not used"); process.exit(1); }
console.log(`gitlab: ${report.vulnerabilities.length} vulnerabilities, valid`);
JS
xmllint --noout --schema "$repo/testdata/junit/junit.xsd" "$gitlab/bricklint-junit.xml"
grep -q '^## bricklint: ' "$gitlab/bricklint.md" || { echo "the GitLab job wrote no Markdown summary"; exit 1; }
for f in gl-secret-detection-report.json bricklint-junit.xml bricklint.md; do
  if grep -qF -f "$repo/testdata/e2e/SECRETS" "$gitlab/$f"; then echo "$f holds a secret in full"; exit 1; fi
done

echo "-- 7. the action's scan script"
action="$work/action"
cp -r "$repo/examples" "$action"
"$py" - "$repo/action.yml" > "$work/action.sh" <<'PY'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
step = next(s for s in steps if s.get("id") == "scan")
for k, v in step["env"].items():
    v = {"${{ inputs.path }}": ".", "${{ inputs.sarif-file }}": "bricklint.sarif", "${{ inputs.fail-level }}": "error",
         "${{ inputs.category }}": "", "${{ inputs.args }}": "--root .", "${{ inputs.job-summary }}": "true",
         "${{ inputs.mode }}": "tree", "${{ inputs.range }}": ""}.get(v, "" if v.startswith("${{ github.") else None)
    if v is None:
        sys.exit(f"the e2e test does not know the action's env {k}")
    print(f"export {k}='{v}'")
print(step["run"])
PY
(cd "$action" && git init -q && GITHUB_OUTPUT="$work/action.out" GITHUB_STEP_SUMMARY="$work/summary.md" bash "$work/action.sh")
grep -qx 'exit-code=1' "$work/action.out" || { cat "$work/action.out"; echo "the action did not record exit code 1"; exit 1; }
[ -s "$action/bricklint.sarif" ] || { echo "the action wrote no SARIF"; exit 1; }
grep -q '^| \[DBX101\]' "$work/summary.md" || { cat "$work/summary.md"; echo "the job summary lacks the DBX101 row"; exit 1; }
if grep -qF -f "$repo/testdata/e2e/SECRETS" "$work/summary.md"; then echo "the job summary holds a secret in full"; exit 1; fi
echo "action: SARIF, exit-code=1 and the job summary written"

echo "-- 8. container"
build_cmd=$(sed -n 's/^RUN \(CGO_ENABLED=0 go build .*\) -o \/out\/bricklint \(.*\) \\$/\1 -o OUT \2/p' "$repo/Dockerfile")
[ -n "$build_cmd" ] || { echo "no static go build line in the Dockerfile"; exit 1; }
(cd "$repo" && eval "${build_cmd/OUT/$work/static-bricklint}")
if ldd "$work/static-bricklint" >/dev/null 2>&1; then echo "the Dockerfile's build is not static"; exit 1; fi
echo "container: the Dockerfile's go build gives a static binary"
if docker info >/dev/null 2>&1; then
  docker build -q -t bricklint-e2e "$repo" >/dev/null
  [ "$(docker run --rm --entrypoint id bricklint-e2e -u)" != 0 ] || { echo "the image runs as root"; exit 1; }
  docker run --rm --entrypoint git bricklint-e2e --version
  set +e
  docker run --rm -v "$repo/examples:/src:ro" bricklint-e2e --root . --color never . > "$work/docker.txt"
  rc=$?
  set -e
  [ "$rc" = 1 ] && grep -q "DBX101 jdbc-credential" "$work/docker.txt" || { cat "$work/docker.txt"; echo "the image's scan of examples/ failed ($rc)"; exit 1; }
  echo "container: the image builds, runs as non-root with git, and scans a mounted repository"
else
  echo "container: SKIPPED the image build: docker is not usable here (docker info failed)"
fi

echo "-- 9. HTML in a headless browser"
if ! command -v chromium >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
(cd "$repo" && bricklint --format html --root examples --output "$work/examples.html" examples) || true
(cd "$mixed" && bricklint --format html --baseline baseline.json --output "$work/mixed.html" .) || true
for f in examples.html mixed.html; do
  if grep -qF -f "$repo/testdata/e2e/SECRETS" "$work/$f"; then echo "$f holds a secret in full"; exit 1; fi
  NODE_PATH="$node_dir/node_modules" CHROMIUM="$(command -v chromium)" node "$repo/.ci/html-check.js" "$work/$f"
done

echo "e2e: OK"
