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

# Lakehouse Federation: the payroll Postgres replica.
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

resource "databricks_connection" "shop_mysql" {
  name            = "shop_mysql"
  connection_type = "MYSQL"
  options = {
    host     = "shop-mysql.mysql.database.azure.com"
    port     = "3306"
    user     = "federation"
    password = "Sh0p-Fed-Tf!" # want DBX101 `"password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\); pass it in from a secret store`
  }
}

resource "databricks_catalog" "payroll" {
  name            = "payroll"
  connection_name = databricks_connection.payroll_pg.name
  options = {
    database = "payroll"
  }
}

locals {
  reporting_url = "jdbc:sqlserver://reporting.database.windows.net:1433;database=reporting;user=${var.reporting_user};password=${var.reporting_password}"
}

resource "databricks_job" "reporting_export" {
  name = "reporting-export"

  task {
    task_key = "export"
    notebook_task {
      notebook_path = "/Repos/etl/reporting/export"
      base_parameters = {
        jdbc_url = local.reporting_url
        table    = "dbo.daily_sales"
      }
    }
    new_cluster {
      spark_version = "15.4.x-scala2.12"
      node_type_id  = "Standard_DS3_v2"
      num_workers   = 2
      spark_conf = {
        "spark.legacy.jdbc.url" = "jdbc:postgresql://legacy-pg:5432/dw?user=legacy&password=${var.legacy_pw}"
      }
    }
  }
}

locals {
  finance_pg_password = "F1n-Local-Tf-Pw" # want DBX101 `"password" is a literal password \(through "local\.finance_pg_password"\)`
}

resource "databricks_connection" "finance_pg" {
  name            = "finance_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = "finance-pg.internal"
    port     = "5432"
    user     = "federation"
    password = local.finance_pg_password
  }
}

resource "databricks_job" "ledger_export" {
  name = "ledger-export"

  parameter {
    name    = "ledger_url"
    default = format("jdbc:sqlserver://ledger.database.windows.net:1433;database=ledger;user=exporter;password=%s", var.ledger_pw)
  }

  task {
    task_key = "export"
    spark_python_task {
      python_file = "dbfs:/FileStore/etl/export_ledger.py"
      parameters  = ["--url", join("", ["jdbc:postgresql://ledger-pg:5432/ledger?user=exporter&password=", var.ledger_pg_pw])]
    }
    existing_cluster_id = "0923-164208-abcd1234"
  }
}

# Cluster on the external Hive metastore.
resource "databricks_cluster" "hms" {
  cluster_name            = "etl-hms"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_DS3_v2"
  autotermination_minutes = 30
  num_workers             = 2
  spark_conf = {
    "spark.sql.hive.metastore.version"                     = "3.1.0"
    "spark.hadoop.javax.jdo.option.ConnectionURL"          = "jdbc:sqlserver://hms.database.windows.net:1433;database=hivemetastore"
    "spark.hadoop.javax.jdo.option.ConnectionUserName"     = "hms_admin"
    "spark.hadoop.javax.jdo.option.ConnectionPassword"     = "Hms-Adm1n-Tf" # want DBX101 `"spark.hadoop.javax.jdo.option.ConnectionPassword" is a literal password`
    "spark.hadoop.javax.jdo.option.ConnectionDriverName"   = "com.microsoft.sqlserver.jdbc.SQLServerDriver"
  }
}
