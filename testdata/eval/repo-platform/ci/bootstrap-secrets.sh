#!/usr/bin/env bash
# Creates the secret scopes and ACLs a new domain team needs. Idempotent-ish: ignores "already exists".
#   ci/bootstrap-secrets.sh
set -uo pipefail
: "${DATABRICKS_HOST:?}" "${DATABRICKS_TOKEN:?}"

databricks secrets create-scope sales-etl --initial-manage-principal users || true
databricks secrets create-scope platform-ci || true

databricks secrets put-secret sales-etl crm-sql-password --string-value "${CRM_SQL_PASSWORD}"
databricks secrets put-secret sales-etl sftp-password --string-value 'Lg5tx-Partner-Ftp-19'
databricks secrets put-secret platform-ci deploy-sp-secret --string-value "$DEPLOY_SP_SECRET"

curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "sales-etl", "principal": "users", "permission": "MANAGE"}'
curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "platform-ci", "principal": "users", "permission": "READ"}'
curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "platform-ci", "principal": "platform-admins", "permission": "MANAGE"}'
