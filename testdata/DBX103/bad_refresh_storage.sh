#!/usr/bin/env bash
# Nightly: copy partner drops into the raw zone and refresh the Databricks token of the ingest SP.
set -euo pipefail

TENANT_ID="8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
CLIENT_ID="5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"

az login --service-principal -u "$CLIENT_ID" -p 'YCU2Q~oWwa3EJGjneNHDDLOpEZ3tb~OvdI8ROOtN' --tenant "$TENANT_ID" # want DBX103 "Entra ID client secret written into az login -p"

az storage blob upload-batch --account-name salesrawzone \
  --destination raw --source ./drops \
  --account-key "N0Ne0uwq4E2qmxq2wzt+vq9esfQQvixOp3QVfiTb4woiuyxAq+37zAWnipMdWjyr0tyCNMmZmEFNgYy1jPAMXQ==" # want DBX103 "Azure storage account key written into az storage blob upload-batch --account-key"

azcopy copy "https://partnerdrop.blob.core.windows.net/outbound/*?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2025-12-31T23:59:59Z&spr=https&sig=mFmjuiOOzEdYFbafi17jMSW3xpQTSKqYTme4x%2FqA0r4%3D" ./drops # want DBX103 "Azure SAS token"

aad_token=$(curl -sf -X POST "https://login.microsoftonline.com/$TENANT_ID/oauth2/token" \
  -d "grant_type=client_credentials" \
  -d "client_id=$CLIENT_ID" \
  -d "resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" \
  -d "client_secret=S3rv1cePr1nc1pal-Legacy-Secret" | jq -r .access_token) # want DBX103 "Entra ID client secret written into the client_secret of an Entra ID token request"

export ARM_CLIENT_SECRET="SP85Q~PM3j7dVNf_I0R6DUy77cu7n-s~5UNJXWfy" # want DBX103 "Entra ID client secret written into environment variable \"ARM_CLIENT_SECRET\""
