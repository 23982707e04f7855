#!/usr/bin/env bash
# Tokens for account-level automation (workspace creation, UC metastore assignment).
#   ci/account-sp-token.sh  -> prints an access token
set -euo pipefail

ACCOUNT_ID="${DATABRICKS_ACCOUNT_ID:-bba6ed4e-b77b-4a07-8d06-fb1532f26cc3}"

if [[ "${ACCOUNT_AUTH:-databricks}" == "databricks" ]]; then
  # Databricks-managed service principal (account console -> Service principals -> Secrets).
  curl -sS --fail -X POST "https://accounts.azuredatabricks.net/oidc/accounts/${ACCOUNT_ID}/v1/token" \
    -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "scope=all-apis" \
    | jq -r .access_token
  exit 0
fi

# Entra ID service principal, v2.0 endpoint.
AAD_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/v2.0/token" \
  --data-urlencode "grant_type=client_credentials" \
  --data-urlencode "client_id=${ARM_CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  --data-urlencode "scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default" \
  | jq -r .access_token)

# Older runners used this form; kept for the metastore job until it is migrated.
LEGACY_AAD_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/v2.0/token" \
  -d "grant_type=client_credentials&client_id=${ARM_CLIENT_ID}&client_secret=${ARM_CLIENT_SECRET}&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" \
  | jq -r .access_token)

# URL-encoded form from the Databricks docs.
DOCS_AAD_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/v2.0/token" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "client_id=${ARM_CLIENT_ID}&grant_type=client_credentials&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d%2F.default&client_secret=${ARM_CLIENT_SECRET}" \
  | jq -r .access_token)

echo "${AAD_TOKEN:-${LEGACY_AAD_TOKEN:-$DOCS_AAD_TOKEN}}"
