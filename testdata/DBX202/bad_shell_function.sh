#!/usr/bin/env bash
# Azure AD tokens through one helper; the resource is its argument.
set -euo pipefail

aad_token() {
  local resource="$1"
  curl -sf -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/token" \
    -d grant_type=client_credentials \
    -d "client_id=${ARM_CLIENT_ID}" \
    --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
    -d "resource=${resource}" | jq -r .access_token
}

DB_TOKEN=$(aad_token "https://adb-1234567890123456.7.azuredatabricks.net") # want DBX202 "names the Databricks URL"
ARM_TOKEN=$(aad_token https://management.core.windows.net/)
az_token() { az account get-access-token --resource "$1" --query accessToken -o tsv; }
OTHER=$(az_token 2ff814a6-3304-4ab8-85cb-cd0e6f897c1d) # want DBX202 "not the Azure Databricks application ID"
