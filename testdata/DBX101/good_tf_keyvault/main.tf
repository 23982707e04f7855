data "azurerm_key_vault" "platform" {
  name                = "kv-data-platform"
  resource_group_name = "rg-data-platform"
}

data "azurerm_key_vault_secret" "payroll_pg_password" {
  name         = "payroll-pg-password"
  key_vault_id = data.azurerm_key_vault.platform.id
}

# Lakehouse Federation connection whose password comes from Key Vault.
resource "databricks_connection" "payroll_pg" {
  name            = "payroll_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = "payroll-pg.postgres.database.azure.com"
    port     = "5432"
    user     = "payroll_federation"
    password = data.azurerm_key_vault_secret.payroll_pg_password.value
  }
}

resource "databricks_connection" "crm_sqlserver" {
  name            = "crm_sqlserver"
  connection_type = "SQLSERVER"
  options = {
    host     = "crm.database.windows.net"
    port     = "1433"
    user     = "crm_federation"
    password = var.crm_sql_password
  }
}

resource "databricks_secret_scope" "reporting" {
  name = "reporting"
}

resource "databricks_job" "reporting_export" {
  name = "reporting-export"

  task {
    task_key = "export"
    notebook_task {
      notebook_path = "/Repos/etl/reporting/export"
      base_parameters = {
        jdbc_url     = "jdbc:sqlserver://reporting.database.windows.net:1433;database=reporting"
        secret_scope = databricks_secret_scope.reporting.name
      }
    }
    new_cluster {
      spark_version = "15.4.x-scala2.12"
      node_type_id  = "Standard_DS3_v2"
      num_workers   = 2
      spark_conf = {
        "spark.hadoop.javax.jdo.option.ConnectionUserName" = "{{secrets/hms/user}}"
        "spark.hadoop.javax.jdo.option.ConnectionPassword" = "{{secrets/hms/password}}"
      }
    }
  }
}

locals {
  # Example for the README: password=Example-Only-Tf
  template_url = "jdbc:sqlserver://<server>.database.windows.net:1433;user=<user>;password=<password>"
}
