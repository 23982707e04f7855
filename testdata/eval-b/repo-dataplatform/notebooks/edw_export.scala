// Databricks notebook source
// MAGIC %md
// MAGIC # EDW export → Teradata
// MAGIC Pushes the gold customer dimension back to the enterprise DWH (Teradata) every night until the EDW is retired.
// MAGIC Der Export läuft als Job `edw_export_nightly`; Teradata-User `EDW_ETL` (siehe Confluence „EDW Schnittstellen“).

// COMMAND ----------

// DBTITLE 1,Parameters
dbutils.widgets.text("run_date", "")
val runDate = Option(dbutils.widgets.get("run_date")).filter(_.nonEmpty).getOrElse(java.time.LocalDate.now.minusDays(1).toString)

case class TdTarget(host: String, database: String, table: String, mode: String = "append")

val target = TdTarget("td-edw.corp.local", "EDW_STAGE", "CUSTOMER_DIM_DELTA")

// COMMAND ----------

// DBTITLE 1,Connection
// LOGMECH=TD2; the EDW team refuses LDAP for batch users
val tdUrl = s"jdbc:teradata://${target.host}/DATABASE=${target.database},USER=EDW_ETL,PASSWORD=Edw#Etl2023!,LOGMECH=TD2,TYPE=FASTLOAD"

val tdProps = new java.util.Properties()
tdProps.setProperty("driver", "com.teradata.jdbc.TeraDriver")

// COMMAND ----------

// DBTITLE 1,Read gold, write EDW
val customers = spark.table("platform_gold.customer_dim")
  .where($"updated_date" === runDate)

customers.write
  .mode(target.mode)
  .jdbc(tdUrl, s"${target.database}.${target.table}", tdProps)

// COMMAND ----------

// DBTITLE 1,Audit row (ops Postgres, creds from the scope)
val auditProps = new java.util.Properties()
auditProps.setProperty("user", dbutils.secrets.get("platform-kv", "pg-ops-user"))
auditProps.setProperty("password", dbutils.secrets.get("platform-kv", "pg-ops-password"))

Seq((runDate, customers.count(), "edw_export")).toDF("run_date", "rows", "job")
  .write.mode("append")
  .jdbc("jdbc:postgresql://pg-ops.platform.internal:5432/ops", "audit.exports", auditProps)

// COMMAND ----------

// MAGIC %sql
// MAGIC -- sanity: federation through the secret-based connection, no inline password
// MAGIC SELECT count(*) FROM partner_dw.public.customers WHERE updated_date = current_date() - 1
