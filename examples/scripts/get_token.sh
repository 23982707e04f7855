#!/usr/bin/env bash
# Prints an access token for the retail analytics workspace on standard output.
#
#   scripts/get_token.sh aad     Entra ID token for the ETL service principal
#   scripts/get_token.sh m2m     Databricks OAuth token for the ETL service principal
#   scripts/get_token.sh me      Entra ID token of the signed-in Azure CLI user
#   scripts/get_token.sh ci      Entra ID token in the release pipeline (Azure CLI signed in as the pipeline identity)
#   scripts/get_token.sh pat     personal access token for the Power BI refresh
#
# Needs TENANT_ID, ARM_CLIENT_ID and ARM_CLIENT_SECRET (aad), DATABRICKS_HOST as a bare host name
# plus DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET (m2m).
set -euo pipefail

aad_token() {
  curl -sS -X POST "https://login.microsoftonline.com/$TENANT_ID/oauth2/v2.0/token" \
    -d grant_type=client_credentials \
    -d "client_id=$ARM_CLIENT_ID" \
    --data-urlencode "client_secret=$ARM_CLIENT_SECRET" \
    -d resource=https://adb-1234567890123456.7.azuredatabricks.net |
    jq -r .access_token
}

m2m_token() {
  curl -sS -X POST "https://$DATABRICKS_HOST/oidc/v1/token" \
    -u "$DATABRICKS_CLIENT_ID:$DATABRICKS_CLIENT_SECRET" \
    -d 'grant_type=client_credentials&scope=all-apis' |
    jq -r .access_token
}

me_token() {
  az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --query accessToken -o tsv
}

ci_token() {
  az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f879c1e --query accessToken -o tsv
}

pat_token() {
  databricks tokens create --comment "power-bi-refresh" --lifetime-seconds 63072000 |
    jq -r .token_value
}

case "${1:-}" in
  aad) aad_token ;;
  m2m) m2m_token ;;
  me) me_token ;;
  ci) ci_token ;;
  pat) pat_token ;;
  *)
    echo "usage: $0 aad|m2m|me|ci|pat" >&2
    exit 2
    ;;
esac
