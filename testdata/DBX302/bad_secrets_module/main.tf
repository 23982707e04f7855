resource "databricks_secret_scope" "shared" {
  name                     = "shared"
  initial_manage_principal = var.scope_manager
}

resource "databricks_secret_acl" "shared_everyone" {
  scope      = databricks_secret_scope.shared.name
  principal  = "users" # want DBX302 `secret ACL gives MANAGE to "users"`
  permission = "MANAGE"
}

resource "databricks_secret_acl" "shared_read" {
  scope      = databricks_secret_scope.shared.name
  principal  = "users"
  permission = "READ"
}

resource "databricks_secret_acl" "shared_admins" {
  scope      = databricks_secret_scope.shared.name
  principal  = "platform-admins"
  permission = "MANAGE"
}

resource "databricks_job" "nightly" {
  name = "nightly"
}

resource "databricks_permissions" "nightly" {
  job_id = databricks_job.nightly.id

  access_control {
    group_name       = "users" # want DBX302 `permissions give CAN_MANAGE to group "users"`
    permission_level = "CAN_MANAGE"
  }

  access_control {
    group_name       = "data-engineers"
    permission_level = "CAN_MANAGE"
  }
}

resource "databricks_permissions" "cluster_usage" {
  cluster_id = databricks_cluster.shared.id

  access_control {
    group_name       = "users"
    permission_level = "CAN_RESTART"
  }
}

resource "databricks_permissions" "token_usage" {
  authorization = "tokens"

  access_control {
    group_name       = "users"
    permission_level = "CAN_USE"
  }
}
