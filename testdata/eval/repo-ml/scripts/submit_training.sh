#!/usr/bin/env bash
# Submits the weekly churn training run. Needs DATABRICKS_HOST and either DATABRICKS_TOKEN
# or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET in the environment (never hard-code them).
set -euo pipefail

JOB_ID="${TRAINING_JOB_ID:-99120342}"
GIT_SHA="$(git rev-parse HEAD)"

databricks jobs run-now "$JOB_ID" --json "{\"job_parameters\": {\"git_sha\": \"${GIT_SHA}\", \"feature_db_password\": \"{{secrets/ml-kv/feature-db-password}}\"}}"

curl -sS --fail "${DATABRICKS_HOST}/api/2.1/jobs/runs/list?job_id=${JOB_ID}&limit=1" \
  -H "Authorization: Bearer ${DATABRICKS_TOKEN}" | jq '.runs[0].state'
