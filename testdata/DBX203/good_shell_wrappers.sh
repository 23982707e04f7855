#!/usr/bin/env bash
# Creates the tokens the CI pipelines use, through the team's API helpers,
# each valid for at most 90 days.
set -euo pipefail

dbx_api() {
  curl -sf -H "Authorization: Bearer ${DATABRICKS_TOKEN}" "$@"
}

dbcli() {
  databricks --profile ci "$@"
}

CI_TOKEN=$(dbcli tokens create --comment ci --lifetime-seconds 7776000 -o json | jq -r .token_value)
dbx_api -X POST "${DATABRICKS_HOST}/api/2.0/token/create" -d '{"comment":"ci","lifetime_seconds":86400}'
dbcli tokens list
dbx_api "${DATABRICKS_HOST}/api/2.0/token/list" | jq '.token_infos | length'
