#!/usr/bin/env bash
# Rotates the personal access tokens of the nightly jobs, for 30 days each.
set -euo pipefail

new_token() {
  local comment="$1" lifetime="${2:-2592000}"
  curl -sf -X POST -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
    "${DATABRICKS_HOST}/api/2.0/token/create" \
    -d "{\"comment\": \"${comment}\", \"lifetime_seconds\": ${lifetime}}" | jq -r .token_value
}

cli_token() { databricks tokens create --comment "$1" --lifetime-seconds "$2"; }

NIGHTLY=$(new_token nightly-etl 2592000)
DEFAULTED=$(new_token reports)
REPORTS=$(cli_token reports 604800)
# A long number passed to a function that does not create tokens.
sleep_for() { sleep "$1"; }
sleep_for 31536000
