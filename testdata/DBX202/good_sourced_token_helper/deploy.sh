#!/usr/bin/env bash
# Deploys the jobs of the sales workspace with the pipeline's service principal.
set -euo pipefail
source ./lib/aad.sh

DATABRICKS_HOST="https://adb-4417082639915527.7.azuredatabricks.net"
# Azure Databricks tokens are issued for its application ID in every workspace.
DATABRICKS_RESOURCE="2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"

TOKEN=$(aad_token "$DATABRICKS_RESOURCE")
JOBS_TOKEN=$(aad_token_v2 "$DATABRICKS_RESOURCE")
ARM_TOKEN=$(aad_token https://management.core.windows.net/)

curl -sf -H "Authorization: Bearer ${TOKEN}" "${DATABRICKS_HOST}/api/2.1/jobs/list" | jq '.jobs | length'
