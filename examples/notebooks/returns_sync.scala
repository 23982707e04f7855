// Databricks notebook source
// MAGIC %md
// MAGIC # Returns sync
// MAGIC Copies processed returns from the returns service (Postgres) into `silver.returns`
// MAGIC and marks them as synced.

// COMMAND ----------

import java.sql.DriverManager
import java.util.Properties

// COMMAND ----------

val returnsUrl = "jdbc:postgresql://pg-returns.postgres.database.azure.com:5432/returns?user=returns_reader&password=V9hho_wp1YN-OjyB&sslmode=require"

val returns = spark.read
  .format("jdbc")
  .option("url", returnsUrl)
  .option("dbtable", "public.processed_returns")
  .option("fetchsize", "10000")
  .load()

returns.write.mode("append").saveAsTable("silver.returns")

// COMMAND ----------

// The write-back account reads its credentials from the returns-db secret scope.
val writer = new Properties()
writer.setProperty("user", dbutils.secrets.get(scope = "returns-db", key = "writer-user"))
writer.setProperty("password", dbutils.secrets.get(scope = "returns-db", key = "writer-password"))

val conn = DriverManager.getConnection(
  "jdbc:postgresql://pg-returns.postgres.database.azure.com:5432/returns?sslmode=require", writer)
try {
  conn.createStatement().executeUpdate(
    "UPDATE public.processed_returns SET synced_at = now() WHERE synced_at IS NULL")
} finally {
  conn.close()
}
