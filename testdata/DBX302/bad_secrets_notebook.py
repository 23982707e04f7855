# Databricks notebook source
# MAGIC %md
# MAGIC ## Secret scopes for the reporting team
# MAGIC Do not run `databricks secrets put-acl reporting users MANAGE`.

# COMMAND ----------

import requests
from databricks.sdk import WorkspaceClient
from databricks.sdk.service import iam, workspace

w = WorkspaceClient()
host = w.config.host
headers = {"Authorization": f"Bearer {dbutils.secrets.get('ops', 'admin-pat')}"}

# COMMAND ----------

w.secrets.create_scope(scope="reporting", initial_manage_principal="users")  # want DBX302 `initial_manage_principal "users"`
w.secrets.put_acl("reporting", "users", workspace.AclPermission.MANAGE)  # want DBX302 `secret ACL gives MANAGE to "users"`
w.secrets.put_acl(scope="reporting", principal="users", permission=workspace.AclPermission.READ)

# COMMAND ----------

requests.post(f"{host}/api/2.0/secrets/acls/put", headers=headers, json={"scope": "reporting", "principal": "users", "permission": "MANAGE"})  # want DBX302 `secret ACL gives MANAGE to "users"`

w.permissions.set(
    "jobs",
    "1047",
    access_control_list=[
        iam.AccessControlRequest(group_name="users", permission_level=iam.PermissionLevel.CAN_MANAGE),  # want DBX302 `CAN_MANAGE to group "users"`
        iam.AccessControlRequest(group_name="reporting", permission_level=iam.PermissionLevel.CAN_VIEW),
    ],
)

acl = [{"group_name": "users", "permission_level": "CAN_MANAGE"}]  # todo-want DBX302 `CAN_MANAGE to group "users"`
requests.patch(f"{host}/api/2.0/permissions/jobs/1047", headers=headers, json={"access_control_list": acl})

# COMMAND ----------

# MAGIC %sh
# MAGIC databricks secrets put-acl reporting users MANAGE # want DBX302 `secret ACL gives MANAGE to "users"`
