#!/usr/bin/env bash
set -euo pipefail
. "$(dirname "$0")/aad.sh"

WORKSPACE_URL="https://adb-5823901746152837.17.azuredatabricks.net"

sp_login 9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43 "$(az keyvault secret show --vault-name kv-clinic-analytics --name orchestrator-secret --query value -o tsv)"
sp_login 9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43 "g7j5Q~d425.QIUNndS_g_i_l2BTnFrsQYVp-1FoO"

TOKEN=$(entra_token 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d)
MGMT=$(entra_token https://management.core.windows.net/)
SCIM_TOKEN=$(entra_token "$WORKSPACE_URL")

curl -sS "$WORKSPACE_URL/api/2.0/lakeview/dashboards" \
  -H "Authorization: Bearer $TOKEN" \
  -H "X-Databricks-Azure-SP-Management-Token: $MGMT"

curl -sS "$WORKSPACE_URL/api/2.0/preview/scim/v2/Groups" -H "Authorization: Bearer $SCIM_TOKEN"
