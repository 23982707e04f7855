#!/usr/bin/env bash
# CI deploy: mints a short-lived OAuth token, deploys the bundle and seeds the partner scope.
set -euo pipefail

WORKSPACE_URL="https://dbc-7f3a9c21-5e4b.cloud.databricks.com"

oauth_token() {
  local scopes="$1"
  curl -sS -X POST "${WORKSPACE_URL}/oidc/v1/token" \
    -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
    -d "grant_type=client_credentials&scope=${scopes}" | jq -r .access_token
}

create_pat() {
  local comment="$1" lifetime="$2"
  curl -sS -X POST "${WORKSPACE_URL}/api/2.0/token/create" \
    -H "Authorization: Bearer ${DEPLOY_TOKEN}" \
    -d "{\"comment\": \"${comment}\", \"lifetime_seconds\": ${lifetime}}" | jq -r .token_value
}

DEPLOY_TOKEN="$(oauth_token all-apis)"
SQL_TOKEN="$(oauth_token sql)"
export DATABRICKS_TOKEN="${DEPLOY_TOKEN}"

databricks bundle deploy -t prod

TABLEAU_PAT="$(create_pat tableau-extracts 31536000)"
LOOKER_PAT="$(create_pat looker 2592000)"

databricks secrets create-scope ads-partner-shared --initial-manage-principal users
databricks secrets put-secret ads-partner-shared looker-pat --string-value "${LOOKER_PAT}"
databricks secrets put-secret ads-partner-shared dsp-api-secret --string-value 'Dsp-Api-7qL2mX9wKe'
databricks secrets put-acl ads-partner-shared ads-data-eng MANAGE
