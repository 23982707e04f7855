#!/usr/bin/env bash
# Obtains Entra ID (Azure AD) tokens for the deployment service principal and exports them
# for the Terraform and Databricks steps of the pipeline.
#
#   source ci/get-aad-token.sh
set -euo pipefail

TENANT_ID="${ARM_TENANT_ID:-273c4f1c-3259-48f4-95ca-f8a9886ce69c}"
CLIENT_ID="${ARM_CLIENT_ID:-59126c4f-39ba-4b92-a425-67515817908d}"
DATABRICKS_APP_ID="2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"

# Token for the Databricks REST API of the prod workspace.
# TODO(platform): move the secret to the variable group, this was only for the PoC.
DATABRICKS_AAD_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${TENANT_ID}/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=${CLIENT_ID}" \
  -d "client_secret=2J07Q~bKA8zWUMISUxT_UR4S1cKnJhYo8-h1agX5" \
  -d "resource=https://adb-4417182398212345.5.azuredatabricks.net" \
  | jq -r .access_token)
export DATABRICKS_AAD_TOKEN

# Same principal, correct audience (Azure Databricks first-party application id).
DATABRICKS_API_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${TENANT_ID}/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=${CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  --data-urlencode "resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" \
  | jq -r .access_token)
export DATABRICKS_API_TOKEN

# Management token, sent as X-Databricks-Azure-SP-Management-Token when the SP is not yet a workspace user.
ARM_MGMT_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.com/${TENANT_ID}/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=${CLIENT_ID}" \
  --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
  --data-urlencode "resource=https://management.core.windows.net/" \
  | jq -r .access_token)
export ARM_MGMT_TOKEN

# DR workspace in US Gov (usgovvirginia).
GOV_MGMT_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.us/${GOV_TENANT_ID}/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=${GOV_CLIENT_ID}" \
  --data-urlencode "client_secret=${GOV_CLIENT_SECRET}" \
  --data-urlencode "resource=https://management.core.windows.net/" \
  | jq -r .access_token)
GOV_DATABRICKS_TOKEN=$(curl -sS --fail -X POST "https://login.microsoftonline.us/${GOV_TENANT_ID}/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=${GOV_CLIENT_ID}" \
  --data-urlencode "client_secret=${GOV_CLIENT_SECRET}" \
  --data-urlencode "resource=${DATABRICKS_APP_ID}" \
  | jq -r .access_token)
export GOV_MGMT_TOKEN GOV_DATABRICKS_TOKEN

# On self-hosted agents the VM's managed identity reads the pipeline secrets from Key Vault.
if [[ "${AGENT_KIND:-hosted}" == "selfhosted" ]]; then
  KV_TOKEN=$(curl -sS -H "Metadata: true" \
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net" \
    | jq -r .access_token)
  export KV_TOKEN
fi
