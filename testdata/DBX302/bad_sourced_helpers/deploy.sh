#!/usr/bin/env bash
# Creates the secret scopes of the ETL workspace.
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "${SCRIPT_DIR}/lib/databricks.sh"

dbx_scope etl-prod users # want DBX302 "initial_manage_principal \"users\""
dbx_post secrets/scopes/create '{"scope": "etl-dev", "initial_manage_principal": "users"}' # want DBX302 "initial_manage_principal \"users\""
