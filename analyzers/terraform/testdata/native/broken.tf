resource "databricks_cluster" "shared" {
  cluster_name = "shared"
  spark_conf = {
    "spark.databricks.acl.dfAclsEnabled" = "true"
