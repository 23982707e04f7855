package com.contoso.platform

import java.sql.{Connection, DriverManager}
import java.util.Properties

/** Connectivity probe used by the CI smoke tests and the on-call runbook.
  *
  * {{{
  * java -cp jdbc-check.jar:<driver.jar> com.contoso.platform.JdbcCheck "<jdbc-url>" "SELECT 1"
  * }}}
  *
  * With `--metastore` it checks the external Hive metastore instead, e.g. the URL
  * `jdbc:postgresql://<host>:5432/metastore?user=<user>&password=<password>`.
  */
object JdbcCheck {

  private val MetastoreUrl = "jdbc:postgresql://hms-prod.postgres.database.azure.com:5432/metastore?sslmode=require"
  private val AuditUrl = "jdbc:sqlserver://audit-sql.database.windows.net:1433;database=audit;encrypt=true"

  def main(args: Array[String]): Unit = {
    val conn: Connection = args.headOption match {
      case Some("--metastore") =>
        DriverManager.getConnection(MetastoreUrl, "hms_probe", "Hms!Pr0be-2023")
      case Some("--audit") =>
        val props = new Properties()
        props.setProperty("user", "audit_probe")
        props.setProperty("password", "Aud1t-Pr0be#sql")
        props.setProperty("loginTimeout", "15")
        DriverManager.getConnection(AuditUrl, props)
      case Some("--audit-env") =>
        val props = new Properties()
        props.setProperty("user", sys.env("AUDIT_SQL_USER"))
        props.setProperty("password", sys.env("AUDIT_SQL_PASSWORD"))
        DriverManager.getConnection(AuditUrl, props)
      case Some(url) =>
        DriverManager.getConnection(url)
      case None =>
        sys.error("usage: JdbcCheck <jdbc-url> [query]")
    }
    try {
      val query = if (args.length > 1) args(1) else "SELECT 1"
      val rs = conn.createStatement().executeQuery(query)
      while (rs.next()) println(rs.getString(1))
    } finally conn.close()
  }
}
