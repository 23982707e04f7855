provider "databricks" {
  host = var.workspace_url
}

resource "databricks_connection" "orders" {
  name            = "orders_${var.environment}"
  connection_type = "POSTGRESQL"
  options = {
    host     = var.orders_db_host
    port     = "5432"
    user     = "federation"
    password = var.orders_db_password
  }
}

resource "databricks_connection" "returns" {
  name            = "returns_${var.environment}"
  connection_type = "SQLSERVER"
  options = {
    host     = var.returns_db_host
    port     = "1433"
    user     = "federation"
    password = var.returns_db_password
  }
}

resource "databricks_connection" "audit" {
  name            = "audit_${var.environment}"
  connection_type = "POSTGRESQL"
  options = {
    host     = "audit-pg.postgres.database.azure.com"
    port     = "5432"
    user     = "federation"
    password = var.audit_db_password
  }
}
