resource "databricks_secret_scope" "etl" {
  name                     = "etl"
  initial_manage_principal = "users"
}

resource "databricks_secret_acl" "etl_all_users" {
  scope      = databricks_secret_scope.etl.name
  principal  = "users"
  permission = "MANAGE"
}
