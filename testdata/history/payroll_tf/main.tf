terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.50"
    }
  }
}

provider "databricks" {
  host = var.workspace_url
}

# Lakehouse Federation: the payroll Postgres replica, read only.
resource "databricks_connection" "payroll_pg" {
  name            = "payroll_pg"
  connection_type = "POSTGRESQL"
  comment         = "payroll replica (read only)"
  options = {
    host     = "payroll-pg.postgres.database.azure.com"
    port     = "5432"
    user     = "payroll_federation"
    password = var.payroll_pg_password
  }
}
