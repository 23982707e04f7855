// Databricks notebook source
// MAGIC %md
// MAGIC # 02 - Feature backfill (Scala)
// MAGIC
// MAGIC Recomputes historical features for a date range and writes them back to the feature DB
// MAGIC (SQL Server) and to Delta. Use `dbutils.secrets.get("ml-kv", ...)` for every credential.

// COMMAND ----------

dbutils.widgets.text("from_date", "2024-01-01")
dbutils.widgets.text("to_date", "2024-03-31")

val fromDate = dbutils.widgets.get("from_date")
val toDate = dbutils.widgets.get("to_date")

// COMMAND ----------

import java.util.Properties
import org.apache.spark.sql.functions._

val sqlHost = "ml-features-sql.database.windows.net"
val workspaceHost = "https://adb-7720331945501842.2.azuredatabricks.net"
val apiToken = "dapi34890fcd9dbffd2188f53b6b394e6fda"

spark.sparkContext.hadoopConfiguration.set(
  "fs.azure.account.key.mlarchive.blob.core.windows.net",
  "T7hyX90Qcl4R9tFCdfT38BEAnn5PXiGFIds9/4uFb6RFQMqeNk4FBPB5wejivfK0RLHcilzX282JlJ0S85I2Kg==")

spark.conf.set(
  "fs.azure.account.key.mlcurated.dfs.core.windows.net",
  dbutils.secrets.get(scope = "ml-kv", key = "mlcurated-account-key"))

// COMMAND ----------

val featUrl = s"jdbc:sqlserver://$sqlHost:1433;database=features;user=ml_rw;password=F3atures-RW!9;encrypt=true"
val history = spark.read.format("jdbc")
  .option("url", featUrl)
  .option("query", s"SELECT * FROM dbo.events WHERE event_date BETWEEN '$fromDate' AND '$toDate'")
  .load()

// COMMAND ----------

val backfilled = history
  .groupBy(col("customer_id"), col("event_date"))
  .agg(count(lit(1)).as("events"), sum(col("amount")).as("amount"))

backfilled.write.format("jdbc")
  .option("url", s"jdbc:sqlserver://$sqlHost:1433;database=features;encrypt=true")
  .option("dbtable", "dbo.customer_daily_backfill")
  .option("user", "ml_rw")
  .option("password", "Bckf1ll-Sc4la!")
  .mode("append")
  .save()

// COMMAND ----------

// Archive copy in the legacy DW. Example of the old inline style (do not copy):
//   .option("password", "OldDwPass123")
val dwProps = new Properties()
dwProps.setProperty("user", "ml_archive")
dwProps.setProperty("password", "Arch1ve!DW-ml")
dwProps.setProperty("driver", "com.microsoft.sqlserver.jdbc.SQLServerDriver")
backfilled.write.mode("append").jdbc("jdbc:sqlserver://legacy-dw.database.windows.net:1433;database=archive", "ml.customer_daily", dwProps)

// COMMAND ----------

val secureProps = new Properties()
secureProps.setProperty("user", dbutils.secrets.get("ml-kv", "feature-sql-user"))
secureProps.setProperty("password", dbutils.secrets.get("ml-kv", "feature-sql-password"))
val reference = spark.read.jdbc(s"jdbc:sqlserver://$sqlHost:1433;database=reference", "dbo.products", secureProps)

val vendorPassword = sys.env.getOrElse("VENDOR_DB_PASSWORD", "")
val vendor = spark.read.format("jdbc")
  .option("url", "jdbc:postgresql://vendor-pg.contoso.local:5432/vendor")
  .option("dbtable", "public.catalog")
  .option("user", "ml_vendor")
  .option("password", vendorPassword)
  .load()

// COMMAND ----------

// MAGIC %sql
// MAGIC CREATE TABLE IF NOT EXISTS ml.backfill.events_jdbc
// MAGIC USING JDBC
// MAGIC OPTIONS (
// MAGIC   url 'jdbc:sqlserver://ml-features-sql.database.windows.net:1433;database=features;encrypt=true',
// MAGIC   dbtable 'dbo.events',
// MAGIC   user 'ml_rw',
// MAGIC   password 'F3atures-RW!9'
// MAGIC )

// COMMAND ----------

import scalaj.http.Http
val resp = Http(s"$workspaceHost/api/2.1/jobs/run-now")
  .header("Authorization", s"Bearer $apiToken")
  .postData("""{"job_id": 99120342}""")
  .asString
