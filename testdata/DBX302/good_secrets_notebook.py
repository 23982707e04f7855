# Databricks notebook source
from databricks.sdk import WorkspaceClient
from databricks.sdk.service import iam, workspace

w = WorkspaceClient()

w.secrets.create_scope(scope="reporting")
w.secrets.put_acl(scope="reporting", principal="reporting-readers", permission=workspace.AclPermission.MANAGE)
w.secrets.put_acl("reporting", "users", workspace.AclPermission.READ)
w.permissions.set(
    "jobs",
    "1047",
    access_control_list=[
        iam.AccessControlRequest(group_name="users", permission_level=iam.PermissionLevel.CAN_VIEW),
        iam.AccessControlRequest(group_name="job-owners", permission_level=iam.PermissionLevel.CAN_MANAGE),
    ],
)
principal = "users"
print(f"{principal} get READ; MANAGE stays with job-owners")
