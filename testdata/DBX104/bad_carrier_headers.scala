// Databricks notebook source
// MAGIC %md
// MAGIC # Shipment events from the carrier's tracking API

// COMMAND ----------

import java.net.URI
import java.net.http.{HttpClient, HttpRequest, HttpResponse}

val request = HttpRequest.newBuilder(URI.create("https://tracking.acme-carrier.com/v1/events?since=24h"))
  .header("Accept", "application/json")
  .header("Authorization", "Bearer trk_live_8Jd2pW6xQ4nR1vZ7mK3cT9bY") // want DBX104 "Authorization header of HttpRequest.newBuilder is a literal Bearer credential"
  .GET()
  .build()
val events = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body()

// COMMAND ----------

val legacy = scalaj.http.Http("https://legacy.acme-carrier.com/api/events")
  .header("Authorization", "Basic YWNtZS10cmFja2luZzpMM2dhY3ktMjAyNA==") // want DBX104 "Authorization header of scalaj.http.Http is a literal Basic credential"
  .asString
