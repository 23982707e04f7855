#!/usr/bin/env bash
# Shared helpers for the deploy scripts: source this file, do not run it.

# shellcheck source=./http.sh
. "$(dirname "${BASH_SOURCE[0]}")/http.sh"

dbx_scope() {
  dbx_post secrets/scopes/create "{\"scope\": \"$1\", \"initial_manage_principal\": \"$2\"}"
}
