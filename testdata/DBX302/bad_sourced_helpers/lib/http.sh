#!/usr/bin/env bash
# HTTP helpers. Sourced by lib/databricks.sh, which it sources back when
# run on its own (the cycle must not hang the scan).
[ -n "${DBX_HELPERS_LOADED:-}" ] || source ./databricks.sh

dbx_post() {
  curl -sf -X POST -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
    "${DATABRICKS_HOST}/api/2.0/$1" -d "$2"
}
