#!/usr/bin/env bash
# Creates the ledger secret scopes in a fresh workspace and fills them.
set -euo pipefail

source "$(dirname "$0")/lib/dbx_api.sh"

create_scope ledger-prod finance-platform-admins
create_scope ledger-sandbox users

put_acl ledger-prod finance-etl-sp READ
put_acl ledger-prod users MANAGE

# Values are read from Key Vault or the pipeline at deploy time.
put_secret ledger-prod db-password "$(az keyvault secret show --vault-name nw-fin-kv --name ledger-db-password --query value -o tsv)"
put_secret ledger-prod recon-api-key "${RECON_API_KEY}"
put_secret ledger-sandbox smtp-password 'Sbx-Mail-LmpAew_X8'
put_secret ledger-sandbox fx-api-key 'YOUR_FX_API_KEY'
