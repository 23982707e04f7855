#!/usr/bin/env bash
# Jenkins pipeline step "deploy-model": promote a registered model version and refresh the serving endpoint.
# Environment from Jenkins: DATABRICKS_HOST, DATABRICKS_TOKEN, AZURE_TENANT_ID, AZURE_CLIENT_ID,
# AZURE_CLIENT_SECRET, MODEL_NAME, MODEL_VERSION, BUILD_NUMBER.
set -euo pipefail

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# 1. PAT for the serving smoke test (the endpoint proxy in front of churn-scoring does not accept AAD tokens yet).
log "creating smoke-test token"
SMOKE_TOKEN=$(curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/token/create" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d "{\"comment\": \"jenkins-smoke-${BUILD_NUMBER}\"}" | jq -r .token_value)

# 2. ARM token so the SP can be added to the workspace on first deploy.
log "fetching management token"
ARM_TOKEN=$(curl -sS -X POST "https://login.microsoftonline.com/${AZURE_TENANT_ID}/oauth2/token" -d "grant_type=client_credentials&client_id=${AZURE_CLIENT_ID}&client_secret=${AZURE_CLIENT_SECRET}&scope=https://management.core.windows.net//.default" | jq -r .access_token)

# 3. Entra ID token for the workspace.
log "fetching workspace token"
AAD_TOKEN=$(curl -sS -X POST "https://login.microsoftonline.com/${AZURE_TENANT_ID}/oauth2/v2.0/token" -d "grant_type=client_credentials&client_id=${AZURE_CLIENT_ID}&client_secret=${AZURE_CLIENT_SECRET}&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d%2F.default" | jq -r .access_token)

# 4. Secret scope for the serving endpoint's external model key. Data scientists rotate the key themselves.
log "setting ACLs on mlops-serving"
curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "mlops-serving", "principal": "users", "permission": "MANAGE"}'
curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "mlops-models", "principal": "users", "permission": "READ"}'
curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "mlops-models", "principal": "mlops-engineers", "permission": "MANAGE"}'

# 5. Promote and roll the endpoint.
log "promoting ${MODEL_NAME} v${MODEL_VERSION}"
databricks registered-models set-alias "${MODEL_NAME}" champion "${MODEL_VERSION}"
databricks serving-endpoints update-config churn-scoring --json @serving/endpoint.json

log "smoke test"
curl -sS -f -X POST "${DATABRICKS_HOST}/serving-endpoints/churn-scoring/invocations" -H "Authorization: Bearer ${SMOKE_TOKEN}" -H "Content-Type: application/json" -d @serving/smoke_request.json > /dev/null

curl -sS -f -X PATCH "https://management.azure.com/subscriptions/${AZURE_SUBSCRIPTION_ID}/resourceGroups/rg-mlops-prod/providers/Microsoft.Databricks/workspaces/dbw-mlops-prod?api-version=2024-05-01" -H "Authorization: Bearer ${ARM_TOKEN}" -H "Content-Type: application/json" -d '{"tags": {"last_model_deploy": "'"${BUILD_NUMBER}"'"}}' > /dev/null
log "done (workspace token ${#AAD_TOKEN} bytes)"
