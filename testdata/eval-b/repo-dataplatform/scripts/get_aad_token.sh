#!/usr/bin/env bash
# get_aad_token.sh <target>  — prints an Entra ID access token (used by the ADO release pipeline)
#   targets: databricks | databricks-v2 | databricks-v2-legacy | arm | arm-v1-scope | sql | usgov | china | cli | msi
set -euo pipefail

TARGET="${1:-databricks}"
LOGIN="https://login.microsoftonline.com"
: "${AZURE_TENANT_ID:?}" "${AZURE_CLIENT_ID:?}" "${AZURE_CLIENT_SECRET:?}"
CREDS="grant_type=client_credentials&client_id=${AZURE_CLIENT_ID}&client_secret=${AZURE_CLIENT_SECRET}"

tok() { jq -r '.access_token // error(.error_description)'; }

case "$TARGET" in
  databricks)
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/token" -d "$CREDS&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | tok ;;
  databricks-v2)
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/v2.0/token" -d "$CREDS&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d%2F.default" | tok ;;
  databricks-v2-legacy)
    # copied from the old wiki page; returns AADSTS901002 since the tenant moved to v2 apps
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/v2.0/token" -d "$CREDS&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | tok ;;
  arm)
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/v2.0/token" -d "$CREDS&scope=https://management.azure.com/.default" | tok ;;
  arm-v1-scope)
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/token" -d "$CREDS&scope=https://management.azure.com/.default" | tok ;;
  sql)
    curl -sS -X POST "$LOGIN/$AZURE_TENANT_ID/oauth2/v2.0/token" -d "$CREDS&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | tok ;;
  usgov)
    curl -sS -X POST "https://login.microsoftonline.us/$AZURE_TENANT_ID/oauth2/token" -d "$CREDS&resource=https://management.core.windows.net/" | tok ;;
  china)
    curl -sS -X POST "https://login.chinacloudapi.cn/$AZURE_TENANT_ID/oauth2/token" -d "$CREDS&resource=https://management.core.chinacloudapi.cn/" | tok ;;
  cli)
    az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query accessToken -o tsv ;;
  msi)
    curl -sS -H "Metadata: true" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | tok ;;
  *)
    echo "unknown target: $TARGET" >&2; exit 2 ;;
esac
