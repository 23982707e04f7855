#!/usr/bin/env bash
# Helpers shared by the supply-chain ops scripts.

dbx() {
  databricks --profile supply-prod "$@"
}

workspace_api() {
  local method="$1"
  shift
  curl -sS -X "${method}" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" "$@"
}

log() {
  echo "[$(date -u +%H:%M:%S)] $*" >&2
}
