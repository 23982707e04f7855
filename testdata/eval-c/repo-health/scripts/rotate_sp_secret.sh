#!/usr/bin/env bash
# Rotates the OAuth secret of the claims ingestion service principal (account level) and stores the new secret
# in the claims-prod scope. Run from the ops bastion with ACCOUNT_ID, ACCOUNT_CLIENT_ID, ACCOUNT_CLIENT_SECRET,
# WORKSPACE_HOST set.
# TODO(CLM-402): request narrower API scopes instead of scope=all-apis once the account console supports it.
set -euo pipefail

ACCOUNTS_HOST="https://accounts.cloud.databricks.com"
SP_ID="${1:?usage: rotate_sp_secret.sh <service-principal-id>}"

acct_token=$(curl -sS -u "${ACCOUNT_CLIENT_ID}:${ACCOUNT_CLIENT_SECRET}" "${ACCOUNTS_HOST}/oidc/accounts/${ACCOUNT_ID}/v1/token" -d 'grant_type=client_credentials&scope=all-apis' | jq -r .access_token)

new_secret=$(curl -sS -X POST -H "Authorization: Bearer ${acct_token}" \
  "${ACCOUNTS_HOST}/api/2.0/accounts/${ACCOUNT_ID}/servicePrincipals/${SP_ID}/credentials/secrets" | jq -r .secret)

DATABRICKS_HOST="${WORKSPACE_HOST}" databricks secrets put-secret claims-prod ingest-sp-client-secret --string-value "${new_secret}"

echo "rotated secret for ${SP_ID}; remember to delete the old one after the next successful run"
