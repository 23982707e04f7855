locals {
  pg_defaults = {
    port = "5432"
    user = "federation"
  }

  # Shared settings plus the per-database host and password.
  warehouse_pg = merge(local.pg_defaults, {
    host     = "warehouse-pg.postgres.database.azure.com"
    password = "Wh-Merge-Local-Pw" # want DBX101 `"password" is a literal password \(through "local\.warehouse_pg\.password"\)`
  })

  hms_password = "Hms-Template-Pw" # want DBX101 `JDBC URL embeds a literal password`
}

resource "databricks_connection" "warehouse" {
  name            = "warehouse_pg"
  connection_type = "POSTGRESQL"
  options = {
    host     = local.warehouse_pg.host
    port     = local.warehouse_pg.port
    user     = local.warehouse_pg.user
    password = local.warehouse_pg.password
  }
}

resource "databricks_connection" "inventory" {
  name            = "inventory_pg"
  connection_type = "POSTGRESQL"
  options = merge(local.pg_defaults, {
    host     = "inventory-pg.postgres.database.azure.com"
    password = "Inv-Merge-Inline-Pw" # want DBX101 `"password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
  })
}

resource "databricks_connection" "reporting" {
  name            = "reporting_sql"
  connection_type = "SQLSERVER"
  options = {
    host     = "reporting.database.windows.net"
    port     = "1433"
    user     = "federation"
    password = lookup(var.connection_passwords, "reporting")
  }
}

resource "databricks_connection" "archive" {
  name            = "archive_sql"
  connection_type = "SQLSERVER"
  options = {
    host     = "archive.database.windows.net"
    port     = "1433"
    user     = "federation"
    password = lookup(var.connection_passwords, "archive", "Arch1ve-Fallback") # want DBX101 `"password" is a literal password`
  }
}

resource "databricks_cluster" "hms" {
  cluster_name            = "hms-maintenance"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_DS3_v2"
  autotermination_minutes = 20
  num_workers             = 1
  spark_conf = {
    "spark.hadoop.javax.jdo.option.ConnectionURL" = templatefile("${path.module}/templates/hms_url.tftpl", {
      server   = "hms.database.windows.net"
      user     = "hms_admin"
      password = local.hms_password
    })
  }
}

resource "databricks_connection" "legacy" {
  name            = "legacy_sql"
  connection_type = "SQLSERVER"
  options = {
    host     = "legacy.database.windows.net"
    port     = "1433"
    user     = "federation"
    password = coalesce(var.legacy_password_override, "L3gacy-Coalesce") # want DBX101 `"password" is a literal password`
  }
}
