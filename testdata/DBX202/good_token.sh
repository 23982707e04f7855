#!/usr/bin/env bash
# Azure AD tokens for the nightly deploy (see docs: never use the workspace URL as resource).
set -euo pipefail

AAD="https://login.microsoftonline.com/${ARM_TENANT_ID}"
DB_TOKEN=$(curl -sf -X POST "${AAD}/oauth2/token" \
  -d grant_type=client_credentials \
  -d "client_id=${ARM_CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  -d "resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | jq -r .access_token)
MGMT_TOKEN=$(curl -sf -X POST "${AAD}/oauth2/v2.0/token" \
  -d "grant_type=client_credentials&client_id=${ARM_CLIENT_ID}&client_secret=${ARM_CLIENT_SECRET}&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default" | jq -r .access_token)
curl -sf "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list" \
  -H "Authorization: Bearer ${DB_TOKEN}" \
  -H "X-Databricks-Azure-SP-Management-Token: ${MGMT_TOKEN}" \
  -H "X-Databricks-Azure-Workspace-Resource-Id: ${WORKSPACE_RESOURCE_ID}"

az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query accessToken -o tsv
az account get-access-token --resource https://management.core.windows.net/ --query accessToken -o tsv
az account get-access-token --scope 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default --query accessToken -o tsv
az account get-access-token --resource-type ms-graph --query accessToken -o tsv
az rest --method get --url "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list" --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d

# Managed identity on a VM or App Service takes resource= by design.
curl -sf -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
curl -sf -H "X-IDENTITY-HEADER: ${IDENTITY_HEADER}" "${IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=https://management.azure.com/"

# Salesforce also has an /oauth2/token endpoint; not Azure AD.
curl -sf https://login.salesforce.com/services/oauth2/token -d grant_type=client_credentials -d scope=api
