#!/usr/bin/env bash
# Rotates the deploy token every month; everything here expires within 90 days.
set -euo pipefail

LIFETIME=$((30 * 24 * 3600))

databricks tokens create --comment "deploy-$(date +%Y%m)" --lifetime-seconds 2592000
databricks tokens create --comment "deploy" --lifetime-seconds "${LIFETIME}"
databricks tokens create --json @token-request.json

curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/token/create" \
  -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
  -d '{"comment": "airflow", "lifetime_seconds": 7776000}'

# The request body comes from a file this script did not write.
curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/token/create" -d @request.json

# Listing and revoking tokens is not creating them.
curl -sS "${DATABRICKS_HOST}/api/2.0/token/list" -H "Authorization: Bearer ${DATABRICKS_TOKEN}"
databricks tokens list
databricks api post /api/2.0/token/delete --json '{"token_id": "5715498424f15ee0213be729257b53fc35a47d5953e3bdfd8ed22a0b93b339f4"}'

databricks api patch /api/2.0/workspace-conf --json '{"maxTokenLifetimeDays": "90", "enableTokensConfig": "true"}'
databricks token-management create-obo-token "${SP_APP_ID}" --comment "ingestion" --lifetime-seconds 3600

# databricks tokens create --comment "forever"   (the old way; no longer used)
