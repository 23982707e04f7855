#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Secret scopes for the release.
put_acl claims-prod claims-data-eng MANAGE
put_acl claims-prod users READ
put_acl claims-shared users MANAGE

put_secret claims-prod fraud-api-token "$FRAUD_API_TOKEN"
put_secret claims-prod broker-api-password "ONoP-OcGSy3y59M"
put_secret claims-prod sftp-host "sftp.example-insurer.com"

# Token for the BI extract.
make_token "tableau-extract" 2592000
make_token "legacy-broker-sync" 63072000
