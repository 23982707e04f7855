resource "databricks_connection" "this" {
  for_each        = var.connections
  name            = "${var.catalog_name}_${each.key}"
  connection_type = each.value.type
  options = {
    host     = each.value.host
    port     = each.value.port
    user     = each.value.user
    password = each.value.password
  }
}

resource "databricks_cluster" "federation_admin" {
  cluster_name            = "${var.catalog_name}-admin"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_DS3_v2"
  autotermination_minutes = 20
  num_workers             = 1
  spark_conf = {
    "spark.hadoop.javax.jdo.option.ConnectionURL"      = "jdbc:sqlserver://hms.database.windows.net:1433;database=hms"
    "spark.hadoop.javax.jdo.option.ConnectionUserName" = "hms_reader"
    "spark.hadoop.javax.jdo.option.ConnectionPassword" = var.metastore_password
  }
}
