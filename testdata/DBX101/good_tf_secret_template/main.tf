resource "databricks_job" "legacy_export" {
  name = "legacy-export"

  task {
    task_key = "export"
    spark_python_task {
      python_file = "dbfs:/FileStore/etl/legacy_export.py"
    }
    new_cluster {
      spark_version = "15.4.x-scala2.12"
      node_type_id  = "Standard_DS3_v2"
      num_workers   = 1
      spark_conf = {
        "spark.legacy.jdbc.url" = "jdbc:postgresql://legacy-pg:5432/dw?user=legacy&password={{secrets/legacy/dw-password}}"
      }
    }
  }
}
