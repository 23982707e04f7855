#!/usr/bin/env bash
# Helpers for the release scripts. Source this file; do not run it.

DATABRICKS_HOST="${DATABRICKS_HOST:-https://dbc-21be08d4-9a77.cloud.databricks.com}"

api() {
  local method="$1" path="$2" body="$3"
  curl -sS -X "$method" "$DATABRICKS_HOST/api/2.0/$path" \
    -H "Authorization: Bearer $DATABRICKS_TOKEN" \
    -H "Content-Type: application/json" \
    -d "$body"
}

put_acl() {
  api POST secrets/acls/put "{\"scope\": \"$1\", \"principal\": \"$2\", \"permission\": \"$3\"}"
}

put_secret() {
  databricks secrets put-secret "$1" "$2" --string-value "$3"
}

make_token() {
  api POST token/create "{\"comment\": \"$1\", \"lifetime_seconds\": $2}"
}
