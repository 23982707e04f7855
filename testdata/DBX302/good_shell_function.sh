#!/usr/bin/env bash
# Workspace bootstrap: scopes are created without a broad manager and
# readers are granted per group.
set -euo pipefail

dbx_api() { curl -sf -X POST -H "Authorization: Bearer $DATABRICKS_TOKEN" "$DATABRICKS_HOST/api/2.0/$1" -d "$2"; }

create_scope() {
  local name="$1"
  shift
  dbx_api secrets/scopes/create "$@"
}

dbx_api secrets/scopes/create '{"scope":"etl"}'
create_scope reporting '{"scope":"reporting","initial_manage_principal":"data-platform-admins"}'
dbx_api secrets/acls/put '{"scope":"etl","principal":"users","permission":"READ"}'
# Not a secrets call: "users" here is a group in a dashboard's ACL view.
dbx_api preview/sql/permissions/dashboards/1 '{"access_control_list":[{"group_name":"users","permission_level":"CAN_VIEW"}]}'

function put_acl {
  local scope=$1 principal=$2 permission=${3:-READ}
  databricks secrets put-acl "$scope" "$principal" "$permission"
}
put_acl etl users
put_acl etl data-engineers MANAGE

# Helpers first, settings after them: the call reads the settings.
create_team_scope() { dbx_api secrets/scopes/create "{\"scope\": \"$TEAM\", \"initial_manage_principal\": \"$MANAGERS\"}"; }
TEAM=marketing
MANAGERS=data-platform-admins
create_team_scope
