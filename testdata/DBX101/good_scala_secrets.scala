// Databricks notebook source
// MAGIC %md
// MAGIC ## CRM load, secrets edition
// MAGIC Do not write `.option("password", "Crm-L0ader-2024")` here; the values come from the `crm` secret scope.

// COMMAND ----------

val pgHost = "crm-replica.postgres.database.azure.com"
val pgUser = dbutils.secrets.get(scope = "crm", key = "pg-user")
val pw = dbutils.secrets.get(scope = "crm", key = "pg-password")
val url = s"jdbc:postgresql://$pgHost:5432/crm?user=$pgUser&password=$pw&sslmode=require"

val accounts = spark.read.format("jdbc").option("url", url).option("dbtable", "public.accounts").load()

// COMMAND ----------

// Old way, kept for reference: .option("password", "B1lling!ReadOnly")
val invoices = spark.read
  .format("jdbc")
  .option("url", "jdbc:sqlserver://billing.database.windows.net:1433;database=billing")
  .option("user", dbutils.secrets.get("billing", "user"))
  .option("password", dbutils.secrets.get("billing", "password"))
  .option("dbtable", "dbo.invoices")
  .load()

// COMMAND ----------

import java.util.Properties
import java.sql.DriverManager

val props = new Properties()
props.put("user", sys.env("LEDGER_USER"))
props.put("password", sys.env.getOrElse("LEDGER_PASSWORD", ""))
val ledger = spark.read.jdbc("jdbc:postgresql://ledger-pg:5432/ledger", "public.entries", props)

val conn = DriverManager.getConnection(
  "jdbc:postgresql://ledger-pg:5432/ledger",
  sys.env("LEDGER_USER"),
  System.getenv("LEDGER_PASSWORD"))
conn.close()

// COMMAND ----------

val snowflakeOptions = Map(
  "sfUrl" -> "acme.west-europe.azure.snowflakecomputing.com",
  "sfUser" -> dbutils.secrets.get("snowflake", "user"),
  "sfPassword" -> dbutils.secrets.get("snowflake", "password"),
  "sfDatabase" -> "RAW"
)
val events = spark.read.format("snowflake").options(snowflakeOptions).option("dbtable", "EVENTS").load()

// COMMAND ----------

dbutils.widgets.text("dw_password", "")
val dw = spark.read
  .format("jdbc")
  .option("url", "jdbc:postgresql://dw-pg:5432/dw")
  .option("user", "dw_reader")
  .option("password", dbutils.widgets.get("dw_password"))
  .load()

// A column called password_hash is not a credential.
val users = dw.select("user_id", "password_hash")
