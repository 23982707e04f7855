#!/usr/bin/env bash
# Example from the README: export your own keys before running.
set -euo pipefail

export AZURE_CLIENT_SECRET="YOUR_CLIENT_SECRET"
export AWS_ACCESS_KEY_ID="AKIA_YOUR_ACCESS_KEY"
export AWS_SECRET_ACCESS_KEY="your-secret-access-key"
az storage blob list --account-name salesdatalake --container-name raw --account-key "<storage-account-key>"
az storage blob list --account-name salesdatalake --container-name raw --sas-token "sv=2022-11-02&sp=rl&sig=TODO"
