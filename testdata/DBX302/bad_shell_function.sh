#!/usr/bin/env bash
# Workspace bootstrap: every REST call goes through one curl wrapper.
set -euo pipefail

: "${DATABRICKS_HOST:?set DATABRICKS_HOST}"

dbx_api() { curl -sf -X POST -H "Authorization: Bearer $DATABRICKS_TOKEN" "$DATABRICKS_HOST/api/2.0/$1" -d "$2"; }

# A wrapper of the wrapper, forwarding its arguments.
create_scope() {
  local name="$1"
  shift
  dbx_api secrets/scopes/create "$@"
}

dbx_api secrets/scopes/create '{"scope":"etl","initial_manage_principal":"users"}' # want DBX302 "initial_manage_principal \"users\""
create_scope reporting '{"scope":"reporting","initial_manage_principal":"users"}' # want DBX302 "initial_manage_principal \"users\""
dbx_api secrets/acls/put '{"scope":"etl","principal":"users","permission":"MANAGE"}' # want DBX302 "secret ACL gives MANAGE"

function put_acl {
  local scope=$1 principal=$2 permission=${3:-READ}
  databricks secrets put-acl "$scope" "$principal" "$permission"
}
put_acl etl users MANAGE # want DBX302 "secret ACL gives MANAGE"

# Helpers first, settings after them: the call reads the settings.
create_team_scope() { dbx_api secrets/scopes/create "{\"scope\": \"$TEAM\", \"initial_manage_principal\": \"$MANAGERS\"}"; }
TEAM=marketing
MANAGERS=users # want DBX302 "initial_manage_principal \"users\""
create_team_scope
