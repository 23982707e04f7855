#!/usr/bin/env bash
# Creates the tokens the BI tools and the deploy pipeline use.
set -euo pipefail

: "${DATABRICKS_HOST:?set DATABRICKS_HOST}"

# Power BI gateway: no lifetime, valid for two years.
databricks tokens create --comment "powerbi-gateway" # want DBX203 `databricks tokens create without --lifetime-seconds: the token is valid for the workspace maximum`

# Tableau: a year.
databricks tokens create --comment "tableau" --lifetime-seconds 31536000 # want DBX203 `databricks tokens create --lifetime-seconds 31536000 is 365 days, above the 90-day maximum; set --lifetime-seconds to at most 7776000`

# Airflow, through the REST API.
curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/token/create" \
  -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
  -d '{"comment": "airflow", "lifetime_seconds": 15552000}' # want DBX203 `token request \(POST /api/2.0/token/create\) lifetime_seconds 15552000 is 180 days`

curl -sS "${DATABRICKS_HOST}/api/2.0/token/create" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" --data-raw "{\"comment\": \"fivetran-${ENV}\"}" # want DBX203 `token request \(POST /api/2.0/token/create\) sets no lifetime_seconds`

databricks api post /api/2.0/token/create --json '{"comment": "adf"}' # want DBX203 `token request \(POST /api/2.0/token/create\) sets no lifetime_seconds`

# On-behalf-of token for the ingestion service principal.
databricks token-management create-obo-token "${SP_APP_ID}" --comment "ingestion" # want DBX203 `create-obo-token without --lifetime-seconds: the token never expires`

# Workspace-wide maximum.
databricks api patch /api/2.0/workspace-conf --json '{"maxTokenLifetimeDays": "0"}' # want DBX203 `maxTokenLifetimeDays "0" sets no usable maximum`

# The --json flag of CLI commands other than `databricks api` is not read yet.
databricks workspace-conf set-status --json '{"maxTokenLifetimeDays": "3650"}' # want DBX203 `maxTokenLifetimeDays "3650"`
databricks tokens create --json '{"comment": "looker", "lifetime_seconds": 31536000}' # want DBX203 `365 days`
