#!/usr/bin/env bash
# Deploys a Databricks Asset Bundle from the Azure DevOps pipeline.
#   ci/deploy-bundle.sh <bundle-dir> <target>
# Auth: either the Entra ID service principal (AUTH_MODE=aad, default) or a Databricks
# OAuth service principal (AUTH_MODE=oauth). Note the Databricks CLI/SDK request
# scope=all-apis on their own when they do M2M; we only fetch tokens by hand for the smoke test.
set -euo pipefail

BUNDLE_DIR="${1:?bundle dir}"
TARGET="${2:?target}"
CLI_VERSION="0.229.0"
CLI_SHA256="3cc45d117a9e2686991a4ec612282748dc72143a1827c017377e5484f4eee7d0"

curl -fsSL -o /tmp/databricks.zip "https://github.com/databricks/cli/releases/download/v${CLI_VERSION}/databricks_cli_${CLI_VERSION}_linux_amd64.zip"
echo "${CLI_SHA256}  /tmp/databricks.zip" | sha256sum -c -
unzip -o -q /tmp/databricks.zip -d /usr/local/bin

case "${AUTH_MODE:-aad}" in
  aad)
    az login --service-principal -u "$ARM_CLIENT_ID" -p "$ARM_CLIENT_SECRET" --tenant "$ARM_TENANT_ID" --output none
    DATABRICKS_TOKEN=$(az account get-access-token --resource 2ff814a6-3304-4ab8-85cb-cd0e6f897c1d --query accessToken -o tsv)
    ARM_TOKEN=$(az account get-access-token --resource https://management.core.windows.net/ --query accessToken -o tsv)
    export DATABRICKS_TOKEN ARM_TOKEN
    ;;
  oauth)
    DATABRICKS_TOKEN=$(curl -sS --fail -X POST "${DATABRICKS_HOST}/oidc/v1/token" \
      -u "${DATABRICKS_CLIENT_ID}:${DATABRICKS_CLIENT_SECRET}" \
      -d 'grant_type=client_credentials&scope=all-apis' \
      | jq -r .access_token)
    export DATABRICKS_TOKEN
    ;;
esac

cd "$BUNDLE_DIR"
databricks bundle validate -t "$TARGET"
databricks bundle deploy -t "$TARGET" --auto-approve
databricks bundle summary -t "$TARGET" --output json > "${BUILD_ARTIFACTSTAGINGDIRECTORY:-/tmp}/bundle-summary.json"
