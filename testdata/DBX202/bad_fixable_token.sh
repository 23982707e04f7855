#!/usr/bin/env bash
# Azure AD tokens for the nightly deploy. Every request below is fixable.
set -euo pipefail

AAD="https://login.microsoftonline.com/${ARM_TENANT_ID}"

# v1: the workspace URL is not a resource.
DB_TOKEN=$(curl -sf -X POST "${AAD}/oauth2/token" \
  -d grant_type=client_credentials \
  -d "client_id=${ARM_CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  -d "resource=https://adb-1234567890123456.7.azuredatabricks.net" | jq -r .access_token) # want DBX202 "names the Databricks URL"

# v2.0 with resource= (AADSTS901002).
curl -sf -X POST "${AAD}/oauth2/v2.0/token" \
  -d "grant_type=client_credentials&client_id=${ARM_CLIENT_ID}&client_secret=${ARM_CLIENT_SECRET}&resource=https://management.core.windows.net/" # want DBX202 "v2.0 endpoint rejects"

# v2.0, URL-encoded, without /.default.
curl -sf -X POST "${AAD}/oauth2/v2.0/token" \
  -d "grant_type=client_credentials&client_id=${ARM_CLIENT_ID}&client_secret=${ARM_CLIENT_SECRET}&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" # want DBX202 "a resource without a permission"

# A typo in the application ID.
az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f897c1d --query accessToken -o tsv # want DBX202 "not the Azure Databricks application ID"
az account get-access-token --resource "https://adb-1234567890123456.7.azuredatabricks.net" -o tsv --query accessToken # want DBX202 "az token request names the Databricks URL"
az account get-access-token --scope 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query accessToken -o tsv # want DBX202 "a resource without a permission"
az rest --method get --url "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list" --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default # want DBX202 "drop it"
