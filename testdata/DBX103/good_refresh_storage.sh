#!/usr/bin/env bash
# Same job, credentials from the pipeline: ARM_CLIENT_SECRET, STORAGE_KEY and PARTNER_SAS are masked variables.
set -euo pipefail

: "${ARM_CLIENT_SECRET:?}" "${STORAGE_KEY:?}" "${PARTNER_SAS:?}"

az login --service-principal -u "$ARM_CLIENT_ID" -p "$ARM_CLIENT_SECRET" --tenant "$ARM_TENANT_ID"
az storage blob upload-batch --account-name salesrawzone --account-key "$STORAGE_KEY" --destination raw --source ./drops
azcopy copy "https://partnerdrop.blob.core.windows.net/outbound/*?${PARTNER_SAS}" ./drops
azcopy copy "https://partnerdrop.blob.core.windows.net/outbound/*?sv=2022-11-02&sp=rl&sig=<signature>" ./example

# Managed identity on the build agent: IMDS needs no secret.
mi_token=$(curl -sf -H Metadata:true \
  "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" | jq -r .access_token)

aad_token=$(curl -sf -X POST "https://login.microsoftonline.com/$ARM_TENANT_ID/oauth2/token" \
  -d grant_type=client_credentials -d client_id="$ARM_CLIENT_ID" \
  --data-urlencode client_secret="$ARM_CLIENT_SECRET" \
  -d resource=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d | jq -r .access_token)

# The AWS docs' example key pair, used by the unit tests of the S3 helper:
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
