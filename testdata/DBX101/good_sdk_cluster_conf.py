# Databricks notebook source

# COMMAND ----------

from databricks.sdk import WorkspaceClient

w = WorkspaceClient()
spark_conf = {
    "spark.legacy.jdbc.url": "jdbc:postgresql://legacy-pg:5432/dw?user=legacy&password={{secrets/legacy/dw-password}}",
    "spark.rpt.jdbc.url": "jdbc:sqlserver://rpt.database.windows.net:1433;database=rpt;user=publisher;password={{secrets/rpt/pw}}",
}
cluster = w.clusters.create_and_wait(
    cluster_name="legacy-export",
    spark_version="15.4.x-scala2.12",
    node_type_id="Standard_DS3_v2",
    num_workers=1,
    spark_conf=spark_conf,
)
