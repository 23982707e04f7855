#!/usr/bin/env bash
# Rotates the personal access tokens of the nightly jobs.
set -euo pipefail

new_token() {
  local comment="$1" lifetime="$2"
  curl -sf -X POST -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
    "${DATABRICKS_HOST}/api/2.0/token/create" \
    -d "{\"comment\": \"${comment}\", \"lifetime_seconds\": ${lifetime}}" | jq -r .token_value
}

cli_token() { databricks tokens create --comment "$1" --lifetime-seconds "$2"; }

NIGHTLY=$(new_token nightly-etl 31536000) # want DBX203 "31536000"
REPORTS=$(cli_token reports 0) # want DBX203 "no expiry"
