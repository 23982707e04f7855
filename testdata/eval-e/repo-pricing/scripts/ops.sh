#!/usr/bin/env bash
# Ops helpers for the pricing workspace.
set -euo pipefail

HOST="https://1738264950183746.6.gcp.databricks.com"

oauth_token() {
  local scope="$1"
  curl -sS -u "$DATABRICKS_CLIENT_ID:$DATABRICKS_CLIENT_SECRET" "$HOST/oidc/v1/token" \
    -d "grant_type=client_credentials&scope=${scope}"
}

dbcli() {
  databricks --profile pricing-prod "$@"
}

BI_TOKEN=$(oauth_token sql | jq -r .access_token)
OPS_TOKEN=$(oauth_token all-apis | jq -r .access_token)

dbcli secrets create-scope pricing-sandbox --initial-manage-principal users
dbcli secrets put-acl pricing users READ
dbcli tokens create --comment "looker" --lifetime-seconds 7776000
dbcli tokens create --comment "airflow"
