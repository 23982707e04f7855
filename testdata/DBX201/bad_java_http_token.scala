// Databricks notebook source
// Token for the serving-endpoint monitor, requested with the JDK's HTTP client.
import java.net.URI
import java.net.http.{HttpClient, HttpRequest, HttpResponse}

// COMMAND ----------

val host = "https://adb-4829136605271943.3.azuredatabricks.net"
val clientId = dbutils.secrets.get("monitor-sp", "client-id")
val clientSecret = dbutils.secrets.get("monitor-sp", "client-secret")
val form = s"grant_type=client_credentials&scope=all-apis&client_id=$clientId&client_secret=$clientSecret" // want DBX201 `asks for the "all-apis" scope`

val tokenRequest = HttpRequest.newBuilder(URI.create(s"$host/oidc/v1/token"))
  .header("Content-Type", "application/x-www-form-urlencoded")
  .POST(HttpRequest.BodyPublishers.ofString(form))
  .build()

// COMMAND ----------

// The SQL warehouse poller only needs the sql scope.
val sqlForm = s"grant_type=client_credentials&scope=sql&client_id=$clientId&client_secret=$clientSecret"
val sqlRequest = HttpRequest.newBuilder()
  .uri(URI.create(s"$host/oidc/v1/token"))
  .POST(HttpRequest.BodyPublishers.ofString(sqlForm))
  .build()
val response = HttpClient.newHttpClient().send(sqlRequest, HttpResponse.BodyHandlers.ofString())
