#!/usr/bin/env bash
# Thin wrappers around the Databricks REST API used by the bootstrap scripts.
# Expects DATABRICKS_HOST and DATABRICKS_TOKEN in the environment (set by the pipeline).

dbx_post() {
  local path="$1"
  local body="$2"
  curl -sS --fail -X POST "${DATABRICKS_HOST}/api/2.0/${path}" \
    -H "Authorization: Bearer ${DATABRICKS_TOKEN}" \
    -H "Content-Type: application/json" \
    -d "${body}"
}

create_scope() {
  local scope="$1"
  local manager="$2"
  dbx_post secrets/scopes/create "{\"scope\": \"${scope}\", \"initial_manage_principal\": \"${manager}\"}"
}

put_secret() {
  local scope="$1" key="$2" value="$3"
  dbx_post secrets/put "{\"scope\": \"${scope}\", \"key\": \"${key}\", \"string_value\": \"${value}\"}"
}

put_acl() {
  dbx_post secrets/acls/put "{\"scope\": \"$1\", \"principal\": \"$2\", \"permission\": \"$3\"}"
}
