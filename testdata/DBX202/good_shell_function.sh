#!/usr/bin/env bash
# Azure AD tokens through one helper, for the Databricks application ID and
# for Resource Manager.
set -euo pipefail

aad_token() {
  local resource="$1"
  curl -sf -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/token" \
    -d grant_type=client_credentials \
    -d "client_id=${ARM_CLIENT_ID}" \
    --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
    -d "resource=${resource}" | jq -r .access_token
}

DB_TOKEN=$(aad_token 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d)
ARM_TOKEN=$(aad_token https://management.core.windows.net/)
# The workspace URL goes to a function that is not a token request.
wait_for_workspace() { curl -sf -o /dev/null "$1/api/2.0/clusters/list" -H "Authorization: Bearer $2"; }
wait_for_workspace "https://adb-1234567890123456.7.azuredatabricks.net" "$DB_TOKEN"
