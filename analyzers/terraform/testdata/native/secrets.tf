data "azurerm_key_vault_secret" "sql" {
  name         = "sql-password"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret_scope" "app" {
  name                     = "app"
  initial_manage_principal = "users"
}

resource "databricks_secret" "sql" {
  scope        = databricks_secret_scope.app.name
  key          = "sql-password"
  string_value = var.sql_password
}

resource "databricks_secret" "from_kv" {
  scope        = databricks_secret_scope.app.name
  key          = "sql-password-kv"
  string_value = local.kv_password
}

resource "databricks_connection" "sqlserver" {
  name            = "sqlserver"
  connection_type = "SQLSERVER"
  options = {
    host     = var.sql_host
    port     = "1433"
    user     = local.sql_user
    password = var.sql_password
    jdbc_url = "jdbc:sqlserver://${var.sql_host}:1433;user=${local.sql_user};password=${var.sql_password}"
  }
}

resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "90"
  }
}
