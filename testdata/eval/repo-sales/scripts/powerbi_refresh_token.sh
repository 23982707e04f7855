#!/usr/bin/env bash
# Fetches a short-lived OAuth token for the Power BI gateway service principal.
# Only the SQL scope is needed: the gateway runs queries on the sales warehouse, nothing else.
set -euo pipefail

: "${DATABRICKS_HOST:?set DATABRICKS_HOST}"
: "${PBI_SP_CLIENT_ID:?set PBI_SP_CLIENT_ID}"
: "${PBI_SP_CLIENT_SECRET:?set PBI_SP_CLIENT_SECRET}"

curl -sS --fail -X POST "${DATABRICKS_HOST}/oidc/v1/token" \
  -u "${PBI_SP_CLIENT_ID}:${PBI_SP_CLIENT_SECRET}" \
  -d "grant_type=client_credentials&scope=sql" \
  | jq -r .access_token > "${RUNNER_TEMP:-/tmp}/pbi_token"

echo "token written for ${PBI_SP_CLIENT_ID}"
