#!/usr/bin/env bash
# Nightly job deploy: one variable is both the API host and (wrongly) the
# token resource. The definition is right for the clusters call below, so the
# finding stands at the token request, with no fix.
set -euo pipefail

WORKSPACE_URL="https://adb-1234567890123456.7.azuredatabricks.net"
# A misspelt application ID read by two token requests.
DATABRICKS_RESOURCE="2ff814a6-3304-4ab8-85cb-cd0e6f897c1d" # want DBX202 "not the Azure Databricks application ID"
AAD="https://login.microsoftonline.com/${ARM_TENANT_ID}"

TOKEN=$(curl -sf -X POST "${AAD}/oauth2/token" \
  -d grant_type=client_credentials \
  -d "client_id=${ARM_CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  -d "resource=${WORKSPACE_URL}" | jq -r .access_token) # want DBX202 "names the Databricks URL"

curl -sf -H "Authorization: Bearer ${TOKEN}" "${WORKSPACE_URL}/api/2.0/clusters/list"

CI_TOKEN=$(az account get-access-token --resource "${DATABRICKS_RESOURCE}" --query accessToken -o tsv)
OPS_TOKEN=$(az account get-access-token --resource "${DATABRICKS_RESOURCE}" --query accessToken -o tsv)
