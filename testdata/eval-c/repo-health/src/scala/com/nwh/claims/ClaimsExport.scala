package com.nwh.claims

import java.sql.{Connection, DriverManager}

import org.apache.spark.sql.{SaveMode, SparkSession}

/** Pushes the daily paid-claims aggregate to the actuarial Redshift cluster.
  *
  * Runs as a spark_jar_task: main class `com.nwh.claims.ClaimsExport`, arguments `<date> <catalog>`.
  * The Redshift password is read from the ACTUARIAL_PASSWORD environment variable, which the job sets from
  * `{{secrets/claims-prod/actuarial-password}}`.
  */
object ClaimsExport {

  private val RedshiftUrl =
    "jdbc:redshift://actuarial.cq9w1e7rtx2b.us-east-1.redshift.amazonaws.com:5439/actuarial?ssl=true"

  def main(args: Array[String]): Unit = {
    val Array(runDate, catalog) = args
    val spark = SparkSession.builder().appName("claims-export").getOrCreate()

    val paid = spark.sql(s"SELECT * FROM $catalog.gold.paid_claims_daily WHERE paid_date = '$runDate'")

    paid.write
      .format("jdbc")
      .option("url", RedshiftUrl)
      .option("dbtable", "staging.paid_claims_daily")
      .option("user", sys.env.getOrElse("ACTUARIAL_USER", "claims_export"))
      .option("password", sys.env("ACTUARIAL_PASSWORD"))
      .mode(SaveMode.Append)
      .save()

    mergeStaging(runDate)
  }

  /** Moves the staged rows into the reporting table (stored procedure owned by the actuarial team). */
  private def mergeStaging(runDate: String): Unit = {
    val conn: Connection = DriverManager.getConnection(RedshiftUrl, "claims_export", "w*^bLDWwY^Da")
    try {
      val st = conn.prepareStatement("CALL staging.merge_paid_claims(?)")
      st.setString(1, runDate)
      st.execute()
    } finally conn.close()
  }
}
