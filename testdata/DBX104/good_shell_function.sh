#!/usr/bin/env bash
# Seeds the CRM integration's secrets in a new workspace, from the vault.
set -euo pipefail

put_secret() {
  local scope="$1" key="$2"
  databricks secrets put-secret "$scope" "$key" --string-value "$(vault kv get -field=value "secret/crm/$key")"
}

use_snowflake() { export SNOWFLAKE_USER="$1" SNOWFLAKE_PASSWORD="$2"; }

put_secret crm smtp-password
use_snowflake crm_loader "$(az keyvault secret show --vault-name kv-crm --name snowflake-password --query value -o tsv)"
# A literal that is no secret: the key name.
log_key() { echo "seeded $1"; }
log_key smtp-password
