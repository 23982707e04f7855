#!/usr/bin/env bash
# Fill the crm secret scope from the team vault; nothing secret is written here.
set -euo pipefail

databricks secrets create-scope crm
vault kv get -field=password secret/crm/smtp | databricks secrets put-secret crm smtp-password
databricks secrets put-secret crm api-key --string-value "$CRM_API_KEY"
databricks secrets put-secret --json "{\"scope\": \"crm\", \"key\": \"webhook-secret\", \"string_value\": \"${WEBHOOK_SECRET}\"}"
databricks secrets put-secret crm report-token --string-value "$(vault kv get -field=token secret/crm/report)"

curl -sf -X POST "$DATABRICKS_HOST/api/2.0/secrets/put" \
  -H "Authorization: Bearer $DATABRICKS_TOKEN" \
  --data @- <<JSON
{"scope": "crm", "key": "partner-token", "string_value": "${PARTNER_TOKEN}"}
JSON

export SNOWFLAKE_PASSWORD="${SNOWFLAKE_PASSWORD:?}"
export SNOWFLAKE_PASSWORD_FILE=/run/secrets/snowflake
export CRM_SECRET_SCOPE=crm
export DATABRICKS_TOKEN=dapi4be1f05c7a92d3e8b6f0c1a2d9e7b435
