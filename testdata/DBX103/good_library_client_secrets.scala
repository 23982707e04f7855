// Databricks notebook source
// MAGIC %md
// MAGIC # Token for the partner's Graph API (MSAL4J)

// COMMAND ----------

import com.microsoft.aad.msal4j.{ClientCredentialFactory, ClientCredentialParameters, ConfidentialClientApplication}
import java.util.Collections

val credential = ClientCredentialFactory.createFromSecret(dbutils.secrets.get("partner-share", "sp-secret"))
val app = ConfidentialClientApplication.builder("a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d", credential)
  .authority("https://login.microsoftonline.com/5f3c9a21-7d4e-4b8a-9c6f-1e2d3a4b5c6d/")
  .build()
val token = app.acquireToken(ClientCredentialParameters.builder(Collections.singleton("https://graph.microsoft.com/.default")).build()).get()

// COMMAND ----------

import com.azure.identity.ClientSecretCredentialBuilder

val storageCredential = new ClientSecretCredentialBuilder()
  .tenantId("5f3c9a21-7d4e-4b8a-9c6f-1e2d3a4b5c6d")
  .clientId("a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
  .clientSecret(dbutils.secrets.get("partner-share", "sp-secret"))
  .build()
