// Databricks notebook source
import sttp.client3._

val backend = HttpClientSyncBackend()
val tenantId = dbutils.secrets.get("ingest-sp", "tenant-id")
val clientId = dbutils.secrets.get("ingest-sp", "client-id")
val clientSecret = dbutils.secrets.get("ingest-sp", "client-secret")
val workspaceUrl = "https://adb-5831207114420983.3.azuredatabricks.net"

// COMMAND ----------

val aadToken = basicRequest
  .post(uri"https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token")
  .body(Map(
    "grant_type" -> "client_credentials",
    "client_id" -> clientId,
    "client_secret" -> clientSecret,
    "scope" -> s"$workspaceUrl/.default")) // want DBX202 "names the Databricks URL"
  .send(backend)

val jobs = basicRequest
  .get(uri"$workspaceUrl/api/2.1/jobs/list")
  .header("Authorization", s"Bearer ${aadToken.body.getOrElse("")}")
  .send(backend)
