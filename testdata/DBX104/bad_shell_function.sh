#!/usr/bin/env bash
# Seeds the CRM integration's secrets in a new workspace.
set -euo pipefail

put_secret() {
  local scope="$1" key="$2" value="$3"
  databricks secrets put-secret "$scope" "$key" --string-value "$value"
}

use_snowflake() { export SNOWFLAKE_USER="$1" SNOWFLAKE_PASSWORD="$2"; }

api_put() {
  curl -sf -X POST -H "Authorization: Bearer ${DATABRICKS_TOKEN}" "${DATABRICKS_HOST}/api/2.0/secrets/put" \
    -d "{\"scope\": \"$1\", \"key\": \"$2\", \"string_value\": \"$3\"}"
}

put_secret crm smtp-password 'Relay-Sm7p-2025' # want DBX104 "`databricks secrets put-secret` is given the secret"
use_snowflake crm_loader 'Sn0wfl@ke-2025' # want DBX104 `environment variable "SNOWFLAKE_PASSWORD" is a literal`
api_put crm report-token 'rpt-Xm29dLq8Vz' # want DBX104 "string_value is a literal"
