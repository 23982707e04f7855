# Federation to the vendor's SQL Server; the vendor ships it with its installation password.
resource "databricks_connection" "vendor_sql" {
  name            = "vendor_sql"
  connection_type = "SQLSERVER"
  options = {
    host     = "vendor-sql.database.windows.net"
    port     = "1433"
    user     = "sa"
    password = "P@ssw0rd" # want DBX101 `"password" is the well-known default password for vendor-sql\.database\.windows\.net`
  }
}
