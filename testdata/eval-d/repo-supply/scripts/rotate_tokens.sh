#!/usr/bin/env bash
# Weekly token rotation for the supplier integrations.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

HOST="https://adb-6610293847561029.9.azuredatabricks.net"

log "minting tokens"
dbx tokens create --comment "edi-gateway" --lifetime-seconds 15552000
dbx tokens create --comment "carrier-webhooks" --lifetime-seconds 604800
workspace_api POST "${HOST}/api/2.0/token/create" -d '{"comment": "supplier-portal"}'

log "refreshing the Entra ID token of the EDI bridge"
EDI_TOKEN="$(az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f897c1d --query accessToken -o tsv)"
ARM_TOKEN="$(az account get-access-token --resource https://management.azure.com --query accessToken -o tsv)"

dbx secrets put-acl supply-edi users MANAGE
dbx secrets put-acl supply-edi users READ
