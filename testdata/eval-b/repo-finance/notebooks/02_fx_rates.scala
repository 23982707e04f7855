// Databricks notebook source
// MAGIC %md
// MAGIC ## FX rates (Devisenkurse) — Oracle treasury → Delta
// MAGIC Daily ECB + Bloomberg fixings. Owner: Treasury IT (Zoë Brandão).

// COMMAND ----------

// DBTITLE 1,Config
import java.sql.DriverManager
import java.util.Properties

case class FxConfig(
  oracleHost: String = "ora-fx.fin.internal",
  service: String = "FXPRD",
  user: String = "fx_reader",
  passwordKey: String = "fx-ora-password",   // name of the KV secret, not the password
  fetchSize: Int = 5000
)

val cfg = FxConfig()
val scope = "fin-kv"

// COMMAND ----------

// DBTITLE 1,Oracle (treasury)
val connProps = new Properties()
connProps.setProperty("user", cfg.user)
connProps.setProperty("password", dbutils.secrets.get(scope, cfg.passwordKey))
connProps.setProperty("oracle.jdbc.timezoneAsRegion", "false")

val oraUrl = s"jdbc:oracle:thin:@//${cfg.oracleHost}:1521/${cfg.service}"
val fixings = spark.read.jdbc(oraUrl, "TREASURY.FX_FIXINGS", connProps)

// COMMAND ----------

// DBTITLE 1,Historic rates (archive DB, read-only account)
// the archive instance has no KV entry; account is read-only and IP-restricted
val archiveUrl = "jdbc:oracle:thin:fx_archive/Fx#Rates2023@//ora-fx-archive.fin.internal:1521/FXARCH"
val history = spark.read
  .format("jdbc")
  .option("url", archiveUrl)
  .option("dbtable", "(SELECT ccy_pair, rate_date, mid FROM FX_HIST WHERE rate_date >= DATE '2015-01-01')")
  .option("fetchsize", cfg.fetchSize.toString)
  .load()

// COMMAND ----------

// DBTITLE 1,Publish to the SQL warehouse (Power BI reads from there)
val dbxHost = "adb-5830061844220718.18.azuredatabricks.net"
val httpPath = "/sql/1.0/warehouses/9c1f2a7be0d43a11"
val dbxUrl = s"jdbc:databricks://$dbxHost:443;httpPath=$httpPath;AuthMech=3;transportMode=http;ssl=1"

val conn = DriverManager.getConnection(dbxUrl, "token", "dapi97112f3ee40273503031b74704b750a9")
try {
  val st = conn.createStatement()
  st.execute("REFRESH TABLE fin_gold.fx_rates_daily")
} finally conn.close()

// COMMAND ----------

// DBTITLE 1,Write
fixings.unionByName(history, allowMissingColumns = true)
  .write.format("delta").mode("overwrite")
  .saveAsTable("fin_silver.fx_rates")

