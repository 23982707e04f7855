#!/usr/bin/env bash
# Rotates the PAT used by the Fivetran destination and the nightly smoke tests.
set -euo pipefail
: "${DATABRICKS_HOST:?}" "${DATABRICKS_TOKEN:?}"

auth=(-H "Authorization: Bearer ${DATABRICKS_TOKEN}" -H "Content-Type: application/json")

# Long-lived token for Fivetran (they cannot refresh tokens themselves).
curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/token/create" "${auth[@]}" -d '{"comment": "fivetran destination"}' | jq -r .token_value > fivetran.token

# Smoke tests only need an hour.
curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/token/create" "${auth[@]}" -d '{"comment": "nightly smoke test", "lifetime_seconds": 3600}' | jq -r .token_value > smoke.token

# Same through the CLI for the on-call runbook (14 days).
databricks tokens create --comment "on-call runbook" --lifetime-seconds 1209600 --output json | jq -r .token_value > oncall.token

# Let old tokens live as long as they want (requested by the BI team, see PLAT-2291).
curl -sS --fail -X PATCH "${DATABRICKS_HOST}/api/2.0/workspace-conf" "${auth[@]}" -d '{"maxTokenLifetimeDays": "0"}'

# Revoke tokens older than 90 days.
databricks tokens list --output json | jq -r '.[] | select(.creation_time < (now - 7776000) * 1000) | .token_id' \
  | xargs -r -n1 databricks tokens delete
