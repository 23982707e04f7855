#!/usr/bin/env bash
# Deploys the sales bundle; the token comes from the pipeline's secret store.
set -euo pipefail

: "${DATABRICKS_HOST:?set DATABRICKS_HOST}"
: "${DATABRICKS_TOKEN:?set DATABRICKS_TOKEN (a dapi... token or use OAuth)}"

export DATABRICKS_CLIENT_SECRET="$(az keyvault secret show --vault-name kv-sales-prod --name dbx-sp-secret --query value -o tsv)"

databricks bundle deploy --target prod

echo "cli sha256: 3c9e07b1f24d8a65c0e9b7d24f1a6c83f24d8a65c0e9b7d24f1a6c83aa01bb02"
curl -sf "$DATABRICKS_HOST/api/2.0/clusters/list" -H "Authorization: Bearer ${DATABRICKS_TOKEN}"
