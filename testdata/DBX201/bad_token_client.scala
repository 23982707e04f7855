// Databricks notebook source
import scalaj.http._

val workspaceUrl = "https://adb-1234567890123456.7.azuredatabricks.net"
val clientId = dbutils.secrets.get("ingest-sp", "client-id")
val clientSecret = dbutils.secrets.get("ingest-sp", "client-secret")

// COMMAND ----------

val tokenResponse = Http(s"$workspaceUrl/oidc/v1/token")
  .postForm(Seq("grant_type" -> "client_credentials", "scope" -> "all-apis")) // want DBX201 `OAuth token request \(Http\)`
  .auth(clientId, clientSecret)
  .asString

// COMMAND ----------

// scope=sql is enough for the warehouse client below.
val sqlToken = Http(s"$workspaceUrl/oidc/v1/token")
  .postForm(Seq("grant_type" -> "client_credentials", "scope" -> "sql"))
  .auth(clientId, clientSecret)
  .asString
