package com.contoso.retail.etl

import org.apache.spark.sql.{DataFrame, SparkSession}

/** Connection settings for the POS and ERP extracts.
  *
  * In prod every credential should come from the `retail-kv` scope, for example
  * {{{
  *   "password" -> dbutils.secrets.get("retail-kv", "pos-etl-password")
  * }}}
  */
object PosConfig {

  val env: String = sys.env.getOrElse("RETAIL_ENV", "dev")

  // Store POS (Azure SQL)
  val posJdbcOptions: Map[String, String] = Map(
    "url"       -> "jdbc:sqlserver://sqlpos-dev.database.windows.net:1433;database=pos;encrypt=true",
    "driver"    -> "com.microsoft.sqlserver.jdbc.SQLServerDriver",
    "user"      -> "svc_pos_etl",
    "password"  -> "97?joXMj+C7hD=N?",
    "fetchsize" -> "20000"
  )

  // Legacy ERP (Oracle 19c on-prem, reached over ExpressRoute)
  val erpUrl: String = "jdbc:oracle:thin:erp_sync/zGTGmjpc0VKlt@erp-db01.corp.contoso-retail.internal:1521/ERPPRD"

  // Data lake: the account key is injected by the cluster policy as an environment variable.
  val lakeConf: Map[String, String] = Map(
    "fs.azure.account.key.retaildatalake.dfs.core.windows.net" -> sys.env("RETAIL_LAKE_KEY")
  )

  // Finance extract: the job passes the password in from the secret scope.
  def financeOptions(password: String): Map[String, String] = Map(
    "url"      -> "jdbc:sqlserver://sqlfin-prod.database.windows.net:1433;database=finance;encrypt=true",
    "user"     -> "svc_fin_extract",
    "password" -> password
  )
}

object PosExtract {
  def salesLines(spark: SparkSession, businessDate: String): DataFrame =
    spark.read
      .format("jdbc")
      .options(PosConfig.posJdbcOptions)
      .option("dbtable", s"(SELECT * FROM dbo.SalesLine WHERE BusinessDate = '$businessDate') s")
      .load()

  def erpItems(spark: SparkSession): DataFrame =
    spark.read
      .format("jdbc")
      .option("url", PosConfig.erpUrl)
      .option("dbtable", "ERP.ITEM_MASTER")
      .option("driver", "oracle.jdbc.OracleDriver")
      .load()
}
