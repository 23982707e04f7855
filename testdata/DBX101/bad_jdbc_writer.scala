package com.acme.etl

import java.sql.{Connection, DriverManager}
import java.util.Properties

import org.apache.spark.sql.{DataFrame, SaveMode, SparkSession}

/** Pushes curated tables back to the reporting SQL Server. */
object ReportingWriter {
  private val ReportingUrl = "jdbc:sqlserver://reporting.database.windows.net:1433;database=reporting;encrypt=true"
  private val ReportingUser = "report_writer"
  private val ReportingPassword = "R3port!Writer" // want DBX101 `literal password`

  def truncate(table: String): Unit = {
    val conn: Connection = DriverManager.getConnection(ReportingUrl, ReportingUser, ReportingPassword)
    try conn.createStatement().execute(s"TRUNCATE TABLE $table")
    finally conn.close()
  }

  def legacyConnection(): Connection =
    DriverManager.getConnection("jdbc:postgresql://legacy-pg:5432/dw", "legacy", "L3gacy-DW-Pass") // want DBX101 `literal password`

  def write(df: DataFrame, table: String): Unit = {
    val props = new Properties()
    props.put("user", ReportingUser)
    props.put("password", "R3port!Writer") // want DBX101 `connection property "password" is a literal password`
    df.write.mode(SaveMode.Overwrite).jdbc(ReportingUrl, table, props)
  }

  def writeDb2(df: DataFrame): Unit =
    df.write
      .format("jdbc")
      .option("url", "jdbc:db2://db2-core.internal:50000/CORE:user=etl;password=Db2-Etl-Secret;") // want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
      .option("dbtable", "CORE.SNAPSHOT")
      .mode(SaveMode.Append)
      .save()

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("reporting-writer").getOrCreate()
    write(spark.table("gold.daily_sales"), "dbo.daily_sales")
  }
}

/** Registers the reporting tables for SQL users. */
object ReportingCatalog {
  def register(spark: SparkSession): Unit = {
    spark.sql(
      """CREATE TABLE IF NOT EXISTS reporting.daily_sales
        |USING JDBC
        |OPTIONS (url 'jdbc:sqlserver://reporting.database.windows.net:1433;database=reporting',
        |         dbtable 'dbo.daily_sales', user 'report_writer',
        |         password 'R3port-Scala-Ddl') -- todo-want DBX101 `connection option "password" is a literal password`
        |""".stripMargin)
  }

  def fallbackPassword: String = sys.env.getOrElse("REPORTING_PASSWORD", "R3port-Fallback") // todo-want DBX101 `literal password`

  def readBack(spark: SparkSession): DataFrame =
    spark.read.format("jdbc")
      .option("url", "jdbc:sqlserver://reporting.database.windows.net:1433;database=reporting")
      .option("password", fallbackPassword)
      .option("dbtable", "dbo.daily_sales")
      .load()
}
