#!/usr/bin/env bash
# Deploys the jobs of the sales workspace with the pipeline's service principal.
set -euo pipefail
source ./lib/aad.sh

DATABRICKS_HOST="https://adb-4417082639915527.7.azuredatabricks.net"

TOKEN=$(aad_token "$DATABRICKS_HOST") # want DBX202 "names the Databricks URL"
JOBS_TOKEN=$(aad_token_v2 "$DATABRICKS_HOST") # want DBX202 "names the Databricks URL"
# The workspace's application ID is the right resource: silent.
SQL_TOKEN=$(aad_token 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d)

curl -sf -H "Authorization: Bearer ${TOKEN}" "${DATABRICKS_HOST}/api/2.1/jobs/list" | jq '.jobs | length'

# One defect, reported where the URL is passed, not again at each call of publish.
publish() {
  local t
  t=$(aad_token_v2 "$DATABRICKS_HOST") # want DBX202 "names the Databricks URL"
  curl -sf -X POST -H "Authorization: Bearer ${t}" "${DATABRICKS_HOST}/api/2.1/jobs/run-now" -d "{\"job_id\": $1}"
}
publish 101
publish 102
