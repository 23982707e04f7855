// Databricks notebook source
// MAGIC %md
// MAGIC # Shipment events from the carrier's tracking API

// COMMAND ----------

import java.net.URI
import java.net.http.{HttpClient, HttpRequest, HttpResponse}

val carrierToken = dbutils.secrets.get("logistics", "carrier-token")
val request = HttpRequest.newBuilder(URI.create("https://tracking.acme-carrier.com/v1/events?since=24h"))
  .header("Accept", "application/json")
  .header("Authorization", s"Bearer $carrierToken")
  .GET()
  .build()
val events = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body()

// COMMAND ----------

val legacy = scalaj.http.Http("https://legacy.acme-carrier.com/api/events")
  .header("Authorization", "Basic " + dbutils.secrets.get("logistics", "legacy-basic"))
  .asString
