package com.acme.iot

import java.sql.{Connection, DriverManager}
import java.util.Properties

import org.apache.spark.sql.{DataFrame, SaveMode}

/** Connection settings for the Timescale cluster. The password is read from the environment
  * (`TSDB_PASSWORD`, injected as `{{secrets/iot-prod/tsdb-password}}` on the job cluster).
  */
final case class TimescaleConfig(
    host: String = "tsdb.iot.internal",
    port: Int = 5432,
    database: String = "telemetry",
    user: String = "ingest",
    password: String = sys.env.getOrElse("TSDB_PASSWORD", "")
)

object TimescaleSink {

  private def baseUrl(c: TimescaleConfig): String =
    s"jdbc:postgresql://${c.host}:${c.port}/${c.database}?sslmode=require&ApplicationName=iot-sink"

  def write(df: DataFrame, table: String, c: TimescaleConfig = TimescaleConfig()): Unit = {
    val props = new Properties()
    props.put("user", c.user)
    props.put("password", c.password)
    props.put("reWriteBatchedInserts", "true")
    df.write.mode(SaveMode.Append).jdbc(baseUrl(c), table, props)
  }

  /** Legacy path for the on-prem historian (Kepware → Postgres), plant 07 only. */
  def writeHistorian(df: DataFrame): Unit = {
    val props = new Properties()
    props.put("user", "historian_w")
    props.put("password", "H1st0rian-W!iot")
    df.write
      .mode(SaveMode.Append)
      .jdbc("jdbc:postgresql://historian.plant-07.acme.local:5432/hist", "public.readings", props)
  }

  /** Used by the retention job to drop chunks (needs the admin role). */
  def adminConnection(host: String): Connection =
    DriverManager.getConnection(
      s"jdbc:postgresql://$host:5432/telemetry?user=tsdb_admin&password=Tsdb!Adm1n-2291&sslmode=require"
    )
}
