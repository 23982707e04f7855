#!/usr/bin/env bash
# Creates the tokens the CI pipelines use, through the team's API helpers.
set -euo pipefail

dbx_api() {
  curl -sf -H "Authorization: Bearer ${DATABRICKS_TOKEN}" "$@"
}

dbcli() {
  databricks --profile ci "$@"
}

CI_TOKEN=$(dbcli tokens create --comment ci -o json | jq -r .token_value) # want DBX203 "without --lifetime-seconds"
dbx_api -X POST "${DATABRICKS_HOST}/api/2.0/token/create" -d '{"comment":"ci"}' # want DBX203 "sets no lifetime_seconds"
dbx_api -X POST "${DATABRICKS_HOST}/api/2.0/token/create" -d '{"comment":"release","lifetime_seconds":31536000}' # want DBX203 "31536000"
dbcli tokens create --comment nightly --lifetime-seconds 7776000
dbx_api "${DATABRICKS_HOST}/api/2.0/token/list" | jq '.token_infos | length'
