// Databricks notebook source
// MAGIC %md
// MAGIC # Load CRM accounts into bronze
// MAGIC Reads the CRM Postgres replica and the billing SQL Server.

// COMMAND ----------

// DBTITLE 1,Connection settings
val pgHost = "crm-replica.postgres.database.azure.com"
val pgUser = "crm_loader"
val pw = "Crm-L0ader-2024" // want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`

// COMMAND ----------

import org.apache.spark.sql.functions._

val url = s"jdbc:postgresql://$pgHost:5432/crm?user=$pgUser&password=$pw&sslmode=require"

val accounts = spark.read
  .format("jdbc")
  .option("url", url)
  .option("dbtable", "public.accounts")
  .load()

// COMMAND ----------

val invoices = spark.read
  .format("jdbc")
  .option("url", "jdbc:sqlserver://billing.database.windows.net:1433;database=billing")
  .option("user", "billing_ro")
  .option("password", "B1lling!ReadOnly") // want DBX101 `JDBC option "password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\); read it with dbutils.secrets.get`
  .option("dbtable", "dbo.invoices")
  .load()

// COMMAND ----------

import java.util.Properties

val connectionProperties = new Properties()
connectionProperties.put("user", "ledger_reader")
connectionProperties.put("password", "L3dger#Reader") // want DBX101 `connection property "password" is a literal password`
connectionProperties.setProperty("driver", "org.postgresql.Driver")

val ledger = spark.read.jdbc("jdbc:postgresql://ledger-pg:5432/ledger", "public.entries", connectionProperties)

// COMMAND ----------

val auditProps = new java.util.Properties()
auditProps.setProperty("user", "audit")
auditProps.setProperty("password", "Aud1t-Trail-9") // want DBX101 `connection property "password" is a literal password`
val audit = spark.read.jdbc("jdbc:mysql://audit-db.internal:3306/audit", "events", auditProps)

// COMMAND ----------

val snowflakeOptions = Map(
  "sfUrl" -> "acme.west-europe.azure.snowflakecomputing.com",
  "sfUser" -> "LOADER",
  "sfPassword" -> "Sn0w-Loader-42", // want DBX101 `"sfPassword" is a literal password`
  "sfDatabase" -> "RAW",
  "sfWarehouse" -> "LOAD_WH"
)
val events = spark.read.format("snowflake").options(snowflakeOptions).option("dbtable", "EVENTS").load()

// COMMAND ----------

val warehouse = spark.read
  .format("jdbc")
  .options(Map(
    "url" -> "jdbc:postgresql://dw-pg:5432/dw",
    "user" -> "dw_reader",
    "password" -> "Dw-Reader-77", // want DBX101 `"password" is a literal password`
    "dbtable" -> "mart.sales"))
  .load()

// COMMAND ----------

display(accounts.join(invoices, "account_id").groupBy("region").agg(sum("amount")))
