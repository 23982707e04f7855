#!/usr/bin/env bash
# Service-principal token helpers shared by the deployment scripts.

# aad_token RESOURCE: a v1 client-credentials token for RESOURCE.
aad_token() {
  local resource="$1"
  curl -sf -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/token" \
    -d grant_type=client_credentials \
    -d "client_id=${ARM_CLIENT_ID}" \
    --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
    -d "resource=${resource}" | jq -r .access_token
}

# aad_token_v2 RESOURCE: the same on the v2.0 endpoint.
aad_token_v2() {
  curl -sf -X POST "https://login.microsoftonline.com/${ARM_TENANT_ID}/oauth2/v2.0/token" \
    -d grant_type=client_credentials \
    -d "client_id=${ARM_CLIENT_ID}" \
    --data-urlencode "client_secret=${ARM_CLIENT_SECRET}" \
    -d "scope=$1/.default" | jq -r .access_token
}
