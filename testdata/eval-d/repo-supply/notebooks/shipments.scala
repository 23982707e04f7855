// Databricks notebook source
// MAGIC %md
// MAGIC # Shipments: carrier events to Delta, published to the control tower API

// COMMAND ----------

import com.microsoft.aad.msal4j.{ClientCredentialFactory, ClientCredentialParameters, ConfidentialClientApplication}
import sttp.client3._
import scala.jdk.CollectionConverters._

val tenant = "3c9f1e2d-8b7a-4c6d-9e5f-0a1b2c3d4e5f"
val clientId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"

val msalApp = ConfidentialClientApplication
  .builder(clientId, ClientCredentialFactory.createFromSecret("VDU8Q~BZJBKhUidHd-SmKaIEqZ-rK6ct-3J6Z"))
  .authority(s"https://login.microsoftonline.com/$tenant/")
  .build()

val dbxToken = msalApp
  .acquireToken(ClientCredentialParameters.builder(Set("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default").asJava).build())
  .get()
  .accessToken()

// COMMAND ----------

val backend = HttpClientSyncBackend()
val armToken = basicRequest
  .post(uri"https://login.microsoftonline.com/$tenant/oauth2/v2.0/token")
  .body(Map(
    "grant_type" -> "client_credentials",
    "client_id" -> clientId,
    "client_secret" -> dbutils.secrets.get("supply-sp", "shipments-secret"),
    "resource" -> "https://management.core.windows.net/"))
  .send(backend)

// COMMAND ----------

case class CarrierApi(baseUrl: String, user: String, password: String = "Crr-Api-4pW7nK2v")

val dhl = CarrierApi("https://api.carrier-dhl.fabrikam-supply.com", "fabrikam")
val events = basicRequest
  .get(uri"${dhl.baseUrl}/v2/shipments/events?since=2026-12-06")
  .auth.basic(dhl.user, dhl.password)
  .send(backend)
