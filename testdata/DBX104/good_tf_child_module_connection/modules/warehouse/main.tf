variable "db_host" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "databricks_connection" "warehouse" {
  name            = "warehouse_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = var.db_host
    port     = "5432"
    user     = "federation"
    password = var.db_password
  }
}
