#!/usr/bin/env bash
# CI helper: OAuth machine-to-machine tokens for the service principal.
set -euo pipefail

m2m_token() {
  local scope="${1:-all-apis}"
  curl -sf -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" -X POST \
    "${DATABRICKS_HOST}/oidc/v1/token" \
    -d "grant_type=client_credentials&scope=${scope}" | jq -r .access_token
}

DEPLOY_TOKEN=$(m2m_token all-apis) # want DBX201 "all-apis"
export DEPLOY_TOKEN
