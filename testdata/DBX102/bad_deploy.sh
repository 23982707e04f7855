#!/usr/bin/env bash
# Deploys the sales bundle to production from the release pipeline.
set -euo pipefail

export DATABRICKS_HOST="https://adb-4829136605271943.3.azuredatabricks.net"
export DATABRICKS_TOKEN=dapi3d3367ab225a457c4e82600e91fba9f9-3 # want DBX102 "personal access token"

databricks bundle deploy --target prod

curl -sf -X POST "$DATABRICKS_HOST/api/2.1/jobs/run-now" \
  -d '{"job_id": 912847113}' \
  -H 'Authorization: Bearer dapi58607ce4b4cab57bfa8dc5becbe32179' # want DBX102 "personal access token"
