// Databricks notebook source
import scalaj.http._

val tenantId = dbutils.secrets.get("ingest-sp", "tenant-id")
val clientId = dbutils.secrets.get("ingest-sp", "client-id")
val clientSecret = dbutils.secrets.get("ingest-sp", "client-secret")

// COMMAND ----------

// v2.0 wants <resource>/.default.
val v2 = Http(s"https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token")
  .postForm(Seq(
    "grant_type" -> "client_credentials",
    "client_id" -> clientId,
    "client_secret" -> clientSecret,
    "scope" -> "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d")) // want DBX202 "a resource without a permission"
  .asString

// COMMAND ----------

val v1 = Http(s"https://login.microsoftonline.com/$tenantId/oauth2/token")
  .postData("grant_type=client_credentials&resource=https://adb-1234567890123456.7.azuredatabricks.net") // want DBX202 "names the Databricks URL"
  .asString

// COMMAND ----------

// Right: the application ID on v1.
val ok = Http(s"https://login.microsoftonline.com/$tenantId/oauth2/token")
  .postForm(Seq("grant_type" -> "client_credentials", "client_id" -> clientId,
    "client_secret" -> clientSecret, "resource" -> "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"))
  .asString
