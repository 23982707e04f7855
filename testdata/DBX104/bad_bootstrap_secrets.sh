#!/usr/bin/env bash
# One-off: fill the crm secret scope in a new workspace.
set -euo pipefail

databricks secrets create-scope crm

databricks secrets put-secret crm smtp-password --string-value 'Relay-Sm7p-2025' # want DBX104 "`databricks secrets put-secret` is given the secret on the command line"
databricks secrets put-secret crm api-key --string-value "$CRM_API_KEY"
databricks secrets put-secret --json '{"scope": "crm", "key": "webhook-secret", "string_value": "whsec-4kP9q2Lx7Tn1"}' # want DBX104 "--json` carries the secret"
vault kv get -field=password secret/crm/sftp | databricks secrets put-secret crm sftp-password

# legacy CLI on the old build agents
databricks secrets put --scope crm --key partner-token --string-value ptk_9f2Kd81LmQ0xZr7w # want DBX104 "`databricks secrets put` is given the secret"

curl -sf -X POST "$DATABRICKS_HOST/api/2.0/secrets/put" \
  -H "Authorization: Bearer $DATABRICKS_TOKEN" \
  -d '{"scope": "crm", "key": "report-token", "string_value": "rpt-Xm29dLq8Vz"}' # want DBX104 "secrets/put request's string_value is a literal"

export SNOWFLAKE_PASSWORD='Sn0wfl@ke-2025' # want DBX104 `environment variable "SNOWFLAKE_PASSWORD" is a literal`
export SNOWFLAKE_PASSWORD_FILE=/run/secrets/snowflake
export CRM_TOKEN_URL=https://login.crm-vendor.example/oauth/token
