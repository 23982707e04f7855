#!/usr/bin/env bash
# Call a workspace as a service principal that is not yet a workspace user:
# Databricks wants an Azure Resource Manager token in the management header.
set -euo pipefail

AAD="https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/token"
FORM="grant_type=client_credentials&client_id=${ARM_CLIENT_ID}&client_secret=${ARM_CLIENT_SECRET}"

DB_TOKEN=$(curl -sf -X POST "$AAD" -d "${FORM}&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | jq -r .access_token)
MGMT_TOKEN=$(curl -sf -X POST "$AAD" -d "${FORM}&resource=https://graph.microsoft.com/" | jq -r .access_token) # want DBX202 "sent as X-Databricks-Azure-SP-Management-Token, which must be an Azure Resource Manager token"

curl -sf "https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list" \
  -H "Authorization: Bearer ${DB_TOKEN}" \
  -H "X-Databricks-Azure-SP-Management-Token: ${MGMT_TOKEN}" \
  -H "X-Databricks-Azure-Workspace-Resource-Id: ${WORKSPACE_RESOURCE_ID}"
