# External Hive metastore. The literal default below is DBX101's finding (a
# Spark metastore password), reported there once.
variable "hms_password" {
  type    = string
  default = "Hms-Var-Default-Pw"
}

resource "databricks_cluster" "hms" {
  cluster_name            = "etl-hms"
  spark_version           = "15.4.x-scala2.12"
  node_type_id            = "Standard_DS3_v2"
  autotermination_minutes = 30
  num_workers             = 2
  spark_conf = {
    "spark.hadoop.javax.jdo.option.ConnectionURL"      = "jdbc:sqlserver://hms.database.windows.net:1433;database=hivemetastore"
    "spark.hadoop.javax.jdo.option.ConnectionUserName" = "hms_admin"
    "spark.hadoop.javax.jdo.option.ConnectionPassword" = var.hms_password
  }
}
