#!/usr/bin/env bash
# Token for the workspace API. The host variable stays as it is; only the
# token request's own literal is fixed.
set -euo pipefail

WORKSPACE_URL="https://adb-1234567890123456.7.azuredatabricks.net"
# A misspelt application ID read by this script's one token request only.
DATABRICKS_RESOURCE="2ff814a6-3304-4ab8-85cb-cd0e6f897c1d" # want DBX202 "not the Azure Databricks application ID"

TOKEN=$(curl -sf -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/token" \
  -d grant_type=client_credentials \
  -d "client_id=${ARM_CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  -d "resource=https://adb-1234567890123456.7.azuredatabricks.net" | jq -r .access_token) # want DBX202 "names the Databricks URL"

curl -sf -H "Authorization: Bearer ${TOKEN}" "${WORKSPACE_URL}/api/2.0/clusters/list"

CI_TOKEN=$(az account get-access-token --resource "${DATABRICKS_RESOURCE}" --query accessToken -o tsv)
