package com.acme.templates

import java.util.Properties

/** Connection templates copied into new pipelines; every credential is filled in at run time. */
object JdbcTemplates {
  val SqlServerTemplate = "jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;user=<user>;password=<password>"
  val PostgresTemplate = "jdbc:postgresql://host:5432/db?user=${DB_USER}&password=${DB_PASSWORD}"
  val MaskedMysql = "jdbc:mysql://reader:****@mysql.internal:3306/shop"
  val DatabricksSql = "jdbc:databricks://adb-1234567890123456.7.azuredatabricks.net:443/default;transportMode=http;ssl=1;AuthMech=3;UID=token;PWD=<personal-access-token>"

  def props(): Properties = {
    val p = new Properties()
    p.put("user", "<user>")
    p.put("password", "")
    p.setProperty("password", "changeme")
    p
  }

  val options: Map[String, String] = Map(
    "url" -> SqlServerTemplate,
    "password" -> "your-password-here",
    "dbtable" -> "dbo.placeholder"
  )

  val passwordColumn = "password"
  val query = "SELECT user_id, password_hash FROM dbo.users"
}
