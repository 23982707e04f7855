#!/usr/bin/env bash
# Rotates the PAT used by the Azure DevOps release pipeline and stores it in Key Vault.
# Needs: DATABRICKS_HOST, DATABRICKS_TOKEN (current admin token), KV_NAME.
#   ./scripts/rotate_pat.sh prod
set -euo pipefail

ENVIRONMENT="${1:-prod}"
: "${DATABRICKS_HOST:?DATABRICKS_HOST not set}"
: "${DATABRICKS_TOKEN:?DATABRICKS_TOKEN not set}"
KV_NAME="${KV_NAME:-kv-fin-${ENVIRONMENT}-weu}"

api() {
  local method="$1" path="$2"; shift 2
  curl -sS --fail -X "$method" "${DATABRICKS_HOST%/}/api/2.0/${path}" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" "$@"
}

echo "→ creating new PAT for ado-release (${ENVIRONMENT})"
NEW_TOKEN_JSON=$(curl -sS --fail -X POST "${DATABRICKS_HOST%/}/api/2.0/token/create" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"comment": "ado-release fin-pipelines"}')
NEW_TOKEN=$(jq -r '.token_value' <<<"$NEW_TOKEN_JSON")
NEW_TOKEN_ID=$(jq -r '.token_info.token_id' <<<"$NEW_TOKEN_JSON")

az keyvault secret set --vault-name "$KV_NAME" --name "databricks-ado-pat" --value "$NEW_TOKEN" --output none

# short-lived smoke-test token, deleted right after
SMOKE=$(api POST token/create -d '{"comment": "smoke", "lifetime_seconds": 900}' | jq -r '.token_value')
curl -sS --fail "${DATABRICKS_HOST%/}/api/2.0/clusters/list" -H "Authorization: Bearer ${SMOKE}" >/dev/null && echo "✓ smoke ok"

echo "→ scopes"
databricks secrets create-scope fin-ado --initial-manage-principal users || true
databricks secrets put-secret fin-ado ado-pat --string-value "$NEW_TOKEN"
databricks secrets put-acl fin-ado fin-release-managers MANAGE

echo "done: token ${NEW_TOKEN_ID} stored in ${KV_NAME}/databricks-ado-pat"
