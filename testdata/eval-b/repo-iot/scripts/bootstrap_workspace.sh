#!/usr/bin/env bash
# One-off bootstrap for a new IoT workspace: secret scopes, ACLs, Grafana token.
# Usage: DATABRICKS_HOST=https://dbc-....cloud.databricks.com CLIENT_ID=... CLIENT_SECRET=... ./scripts/bootstrap_workspace.sh
set -euo pipefail

HOST="${DATABRICKS_HOST%/}"
: "${CLIENT_ID:?}" "${CLIENT_SECRET:?}"

log() { printf '\033[1;34m▶ %s\033[0m\n' "$*"; }

token_endpoint() { echo "${HOST}/oidc/v1/token"; }

log "OAuth M2M token for the bootstrap SP"
ACCESS_TOKEN=$(curl -sS --fail -u "${CLIENT_ID}:${CLIENT_SECRET}" "$(token_endpoint)" -d 'grant_type=client_credentials&scope=all-apis' | jq -r .access_token)
export DATABRICKS_TOKEN="$ACCESS_TOKEN"

# SQL-only token for the Grafana datasource check below
SQL_TOKEN=$(curl -sS --fail -u "${CLIENT_ID}:${CLIENT_SECRET}" "$(token_endpoint)" -d 'grant_type=client_credentials&scope=sql' | jq -r .access_token)

log "secret scopes"
for scope in iot-prod iot-staging iot-shared; do
  databricks secrets create-scope "$scope" || echo "  (exists: $scope)"
done

databricks secrets put-secret iot-prod tsdb-password --string-value "${TSDB_PASSWORD:?}"
databricks secrets put-secret iot-prod mqtt-password --string-value 'mq77-Brkr!pw-2024'

log "ACLs"
databricks secrets put-acl iot-prod iot-engineers MANAGE
databricks secrets put-acl iot-shared users READ
databricks secrets put-acl iot-shared users MANAGE   # so field engineers can add partner keys themselves

log "Grafana PAT (service user)"
GRAFANA_PAT=$(curl -sS --fail -X POST "${HOST}/api/2.0/token/create" -H "Authorization: Bearer ${ACCESS_TOKEN}" -d '{"comment": "grafana datasource", "lifetime_seconds": 15552000}' | jq -r .token_value)
databricks secrets put-secret iot-shared grafana-pat --string-value "$GRAFANA_PAT"

log "CI check token (1h)"
curl -sS --fail -X POST "${HOST}/api/2.0/token/create" -H "Authorization: Bearer ${ACCESS_TOKEN}" -d '{"comment": "bootstrap check", "lifetime_seconds": 3600}' | jq -r .token_info.token_id

curl -sS --fail "${HOST}/api/2.0/sql/warehouses" -H "Authorization: Bearer ${SQL_TOKEN}" | jq -r '.warehouses[].name'
log "done ✓"
