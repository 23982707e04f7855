// Databricks notebook source
// Lab results feed: reads the lab system through the orchestration service principal.
import com.microsoft.aad.msal4j.{ClientCredentialFactory, ClientCredentialParameters, ConfidentialClientApplication}
import java.util.Collections

case class SpSettings(tenant: String, clientId: String, secret: String)

object Settings {
  val prod = SpSettings("3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15", "9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43",
                        "ioz7Q~hgsTSaTMCo3Ttr6Jqkjq-c_ALcPJ13Zwc5")
  val fromScope = SpSettings("3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15", "9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43",
                             dbutils.secrets.get("clinic-kv", "orchestrator-secret"))
}

def app(s: SpSettings) =
  ConfidentialClientApplication
    .builder(s.clientId, ClientCredentialFactory.createFromSecret(s.secret))
    .authority(s"https://login.microsoftonline.com/${s.tenant}/")
    .build()

// COMMAND ----------

val params = ClientCredentialParameters
  .builder(Collections.singleton("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"))
  .build()
val token = app(Settings.prod).acquireToken(params).get().accessToken()

// COMMAND ----------

val labUrl = "jdbc:oracle:thin:@//lab-ora.clinic.internal:1521/LABPRD"
val labs = spark.read.format("jdbc")
  .option("url", labUrl)
  .option("user", "LAB_READER")
  .option("password", "admin")
  .option("dbtable", "LAB_RESULT")
  .load()
