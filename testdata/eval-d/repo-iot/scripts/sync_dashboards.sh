#!/usr/bin/env bash
# Re-deploys the Lakeview dashboards of every plant.
set -euo pipefail

source ./scripts/lib/auth.sh

WORKSPACE_URL="https://adb-3920581746203958.11.azuredatabricks.net"
DATABRICKS_APP_ID="2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"

TOKEN="$(aad_token "${WORKSPACE_URL}")"
ARM_TOKEN="$(aad_token https://management.core.windows.net/)"
GOOD_TOKEN="$(aad_token "${DATABRICKS_APP_ID}")"
VM_TOKEN="$(msi_token "${DATABRICKS_APP_ID}")"

for dash in plant_oee plant_energy plant_quality; do
  curl -sS -X POST "${WORKSPACE_URL}/api/2.0/lakeview/dashboards/${dash}/published" \
    -H "Authorization: Bearer ${GOOD_TOKEN}" \
    -H "X-Databricks-Azure-SP-Management-Token: ${ARM_TOKEN}" \
    -d '{"embed_credentials": false}'
done

curl -sS "${WORKSPACE_URL}/api/2.0/clusters/list" -H "Authorization: Bearer ${TOKEN}" | jq '.clusters | length'
