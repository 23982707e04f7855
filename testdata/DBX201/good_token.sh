#!/usr/bin/env bash
# Fetch an OAuth token for the dashboard refresher (never scope=all-apis).
set -euo pipefail

HOST="https://dbc-a1b2c3d4-e5f6.cloud.databricks.com"
TOKEN=$(curl -sf --request POST \
  --url "${HOST}/oidc/v1/token" \
  --user "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
  --data 'grant_type=client_credentials&scope=sql' | jq -r .access_token)

curl -sf "${HOST}/oidc/v1/token" -d grant_type=client_credentials -d "scope=${TOKEN_SCOPE}" -u "$ID:$SECRET"

# all-apis in an echo is prose, not a request.
echo "requesting a token without all-apis"
databricks api post /api/2.0/token/create --json '{"comment": "ci", "lifetime_seconds": 3600, "scopes": ["sql"]}'
