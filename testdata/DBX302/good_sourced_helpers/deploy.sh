#!/usr/bin/env bash
# Creates the secret scopes of the ETL workspace; admins manage them.
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "${SCRIPT_DIR}/lib/databricks.sh"

dbx_scope etl-prod data-platform-admins
dbx_post secrets/scopes/create '{"scope": "etl-dev"}'
# Not sourced from this repository: its functions are unknown, nothing is guessed.
source /opt/company/bin/dbx-helpers.sh
dbx_scope_remote etl-qa users
