# Example module usage from the README; the real stack passes var.erp_password from Key Vault.
resource "databricks_connection" "erp" {
  name            = "erp_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = "erp-pg.postgres.database.azure.com"
    port     = "5432"
    user     = "YOUR_USERNAME"
    password = "YOUR_PASSWORD"
  }
}

resource "databricks_connection" "hr" {
  name            = "hr_sql"
  connection_type = "SQLSERVER"
  options = {
    host     = "hr.database.windows.net"
    port     = "1433"
    user     = "etl"
    password = "xxxxxxxxxxxx"
  }
}
