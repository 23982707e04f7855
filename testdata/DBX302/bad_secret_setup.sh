#!/usr/bin/env bash
# One-off setup of the secret scopes for the ingestion jobs.
set -euo pipefail

SCOPE="ingestion"

databricks secrets create-scope "${SCOPE}" --initial-manage-principal users # want DBX302 `secret scope created with initial_manage_principal "users"`
# Legacy CLI (databricks-cli 0.17):
databricks secrets create-scope --scope legacy-ingestion --initial-manage-principal users # want DBX302 `initial_manage_principal "users"`

databricks secrets put-acl "${SCOPE}" users MANAGE # want DBX302 `secret ACL gives MANAGE to "users"`
databricks secrets put-acl --scope legacy-ingestion --principal users --permission MANAGE # want DBX302 `secret ACL gives MANAGE to "users"`

curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/secrets/scopes/create" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "reporting", "initial_manage_principal": "users"}' # want DBX302 `initial_manage_principal "users"`

databricks api post /api/2.0/secrets/acls/put --json '{"scope": "reporting", "principal": "users", "permission": "MANAGE"}' # want DBX302 `secret ACL gives MANAGE to "users"`

curl -sS -X PATCH "${DATABRICKS_HOST}/api/2.0/permissions/jobs/${JOB_ID}" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"access_control_list": [{"group_name": "data-eng", "permission_level": "CAN_VIEW"}, {"group_name": "users", "permission_level": "CAN_MANAGE"}]}' # want DBX302 `permissions give CAN_MANAGE to group "users"`
