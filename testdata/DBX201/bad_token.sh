#!/usr/bin/env bash
# Fetch an OAuth token for the deploy service principal.
set -euo pipefail

HOST="https://dbc-a1b2c3d4-e5f6.cloud.databricks.com"

TOKEN=$(curl -sf --request POST \
  --url "${HOST}/oidc/v1/token" \
  --user "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
  --data 'grant_type=client_credentials&scope=all-apis' | jq -r .access_token) # want DBX201 `OAuth token request \(curl\)`

# Account-level token.
curl -sf -X POST "https://accounts.cloud.databricks.com/oidc/accounts/${DATABRICKS_ACCOUNT_ID}/v1/token" \
  -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
  -d grant_type=client_credentials \
  -d scope="all-apis offline_access" # want DBX201 "all-apis"

curl -sf "${HOST}/oidc/v1/token" --data-urlencode "scope=all-apis" -d grant_type=client_credentials -u "$ID:$SECRET" # want DBX201 "all-apis"

# A custom OAuth app integration for Tableau.
curl -sf -X POST "https://accounts.cloud.databricks.com/api/2.0/accounts/${DATABRICKS_ACCOUNT_ID}/oauth2/custom-app-integrations" \
  -H "Authorization: Bearer ${TOKEN}" \
  -d '{"name": "tableau-server", "redirect_urls": ["https://tableau.example.com/auth/add_oauth_token"], "confidential": true, "scopes": ["all-apis", "offline_access"]}' # want DBX201 "all-apis"

databricks api post /api/2.0/token/create --json '{"comment": "ci", "lifetime_seconds": 3600, "scopes": ["all-apis"]}' # want DBX201 "databricks api"
