#!/usr/bin/env bash
# Mints the Entra ID tokens used by the nightly store-sync. Called by the Jenkins stage "refresh-tokens".
# Needs AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET (and the AZURE_CN_* equivalents for the China
# workspace), injected from the Jenkins credential store.
set -euo pipefail

DATABRICKS_APP_ID="2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
OUT_DIR="${WORKSPACE:-.}/.tokens"
mkdir -p "$OUT_DIR"
umask 077

# 1. Global workspaces: Azure Databricks token + ARM token for the SP management header.
curl -sS -X POST "https://login.microsoftonline.com/${AZURE_TENANT_ID}/oauth2/v2.0/token" -d "grant_type=client_credentials&client_id=${AZURE_CLIENT_ID}&client_secret=${AZURE_CLIENT_SECRET}&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | jq -r .access_token > "$OUT_DIR/dbx.token"
curl -sS -X POST "https://login.microsoftonline.com/${AZURE_TENANT_ID}/oauth2/token" -d "grant_type=client_credentials&client_id=${AZURE_CLIENT_ID}&client_secret=${AZURE_CLIENT_SECRET}&resource=https://management.core.windows.net/" | jq -r .access_token > "$OUT_DIR/arm.token"

# 2. China workspace (retail-cn, Shanghai stores). Same Databricks app id in 21Vianet.
curl -sS -X POST "https://login.chinacloudapi.cn/${AZURE_CN_TENANT_ID}/oauth2/token" -d "grant_type=client_credentials&client_id=${AZURE_CN_CLIENT_ID}&client_secret=${AZURE_CN_CLIENT_SECRET}&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | jq -r .access_token > "$OUT_DIR/dbx-cn.token"
curl -sS -X POST "https://login.chinacloudapi.cn/${AZURE_CN_TENANT_ID}/oauth2/token" -d "grant_type=client_credentials&client_id=${AZURE_CN_CLIENT_ID}&client_secret=${AZURE_CN_CLIENT_SECRET}&resource=https://management.core.windows.net/" | jq -r .access_token > "$OUT_DIR/arm-cn.token"

# 3. On-call fallback: interactive az CLI session on the jump host.
if [[ "${USE_AZ_CLI:-0}" == "1" ]]; then
  az account get-access-token --resource "$DATABRICKS_APP_ID" --query accessToken -o tsv > "$OUT_DIR/dbx.token"
fi

# 4. The self-hosted agent VM uses its managed identity for the ARM calls of the cost report.
curl -sS -H "Metadata: true" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" | jq -r .access_token > "$OUT_DIR/arm-msi.token"

echo "tokens written to $OUT_DIR"
