#!/usr/bin/env bash
# CI helper: OAuth machine-to-machine tokens, scoped to what each step needs.
set -euo pipefail

m2m_token() {
  local scope="$1"
  curl -sf -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" -X POST \
    "${DATABRICKS_HOST}/oidc/v1/token" \
    -d "grant_type=client_credentials&scope=${scope}" | jq -r .access_token
}

SQL_TOKEN=$(m2m_token sql)
# "all-apis" passed to something that is not a token request.
echo_scope() { echo "requested scope: $1"; }
echo_scope all-apis
export SQL_TOKEN
