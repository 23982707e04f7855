#!/usr/bin/env bash
set -euo pipefail

SCOPE="ingestion"

databricks secrets create-scope "${SCOPE}"
databricks secrets put-acl "${SCOPE}" users READ
databricks secrets put-acl "${SCOPE}" data-platform-admins MANAGE
databricks secrets put-acl "${SCOPE}" "${PRINCIPAL}" MANAGE
databricks secrets list-acls "${SCOPE}"

curl -sS -X POST "${DATABRICKS_HOST}/api/2.0/secrets/acls/put" -H "Authorization: Bearer ${DATABRICKS_TOKEN}" -d '{"scope": "reporting", "principal": "users", "permission": "READ"}'

# Mixed entries: users only view, the owners group manages.
curl -sS -X PATCH "${DATABRICKS_HOST}/api/2.0/permissions/jobs/${JOB_ID}" -d '{"access_control_list": [{"group_name": "users", "permission_level": "CAN_VIEW"}, {"group_name": "job-owners", "permission_level": "CAN_MANAGE"}]}'

# Never: databricks secrets put-acl ingestion users MANAGE
echo "users must not get MANAGE"
