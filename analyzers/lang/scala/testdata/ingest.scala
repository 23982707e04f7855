// Databricks notebook source
// Connection settings; the old password was "Winter2023!", do not reuse it
val jdbcHostname = "sql-prod.database.windows.net"
val jdbcPort: Int = 1433
val jdbcUser = "etl_user"
val jdbcPassword = "Sup3rS3cret!"
val jdbcUrl = s"jdbc:sqlserver://${jdbcHostname}:$jdbcPort;database=sales"

// COMMAND ----------

import java.sql.DriverManager

val orders = spark.read
  .format("jdbc")
  .option("url", jdbcUrl)
  .option("user", jdbcUser)
  .option("password", jdbcPassword)
  .option("dbtable", "dbo.orders")
  .load()

/* legacy reader, kept for reference:
   .option("password", "hunter2") /* nested */
*/
val pgPassword = dbutils.secrets.get(scope = "jdbc", key = "pg-password")
val pgProps = new java.util.Properties()
pgProps.put("user", "analytics")
pgProps.setProperty("password", pgPassword)
val customers = spark.read.jdbc("jdbc:postgresql://pg.internal:5432/crm", "public.customers", pgProps)

val sfOptions = Map(
  "sfURL" -> "acme.snowflakecomputing.com",
  "sfUser" -> sys.env("SF_USER"),
  "sfPassword" -> "Sn0wfl@ke\u0021"
)
spark.read.format("snowflake").options(Map("sfPassword" -> "inline", "sfWarehouse" -> "WH")).load()
spark.conf.set("fs.azure.account.key.acct.dfs.core.windows.net", "c2VjcmV0a2V5")
val conn = DriverManager.getConnection(jdbcUrl, "sa", "P@ssw0rd")
val token = System.getenv("DATABRICKS_TOKEN")
val env = dbutils.widgets.get("env")
val resp = scalaj.http.Http("https://login.microsoftonline.com/tenant/oauth2/v2.0/token")
  .postForm(Seq("client_id" -> "abc", "client_secret" -> "s3cr3t"))
  .asString
val query = """SELECT * FROM t WHERE note = "a\b""""
val ch = 'x'
val debug = false
lazy val tupled: Map[String, String] = Map(("sfRole", "SYSADMIN"))
