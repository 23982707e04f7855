# Lakehouse Federation to the finance warehouse (Azure SQL).
resource "databricks_connection" "finance_dw" {
  name            = "finance_dw"
  connection_type = "SQLSERVER"
  comment         = "read-only federation for the finance marts"
  options = {
    host     = "finance-dw.database.windows.net"
    port     = "1433"
    user     = "federation_reader"
    password = var.finance_dw_password
  }
}
