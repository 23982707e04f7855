// Databricks notebook source
// MAGIC %md
// MAGIC ## Model monitoring
// MAGIC Pulls the app team's prediction log from Snowflake and compares it with the serving endpoint's inference table.
// MAGIC The endpoint metrics call uses the `mlops-monitor` service principal (OAuth M2M). Its token request below still
// MAGIC asks for `scope=all-apis`; narrowing it to the serving API scopes is tracked in ML-1093.

// COMMAND ----------

import java.net.URI
import java.net.http.{HttpClient, HttpRequest, HttpResponse}
import org.apache.spark.sql.functions._

// COMMAND ----------

// DBTITLE 1,Prediction log (Snowflake over JDBC)
val predictionLog = spark.read
  .format("jdbc")
  .option("url", "jdbc:snowflake://nx41822.us-east-1.snowflakecomputing.com/?user=MLOPS_MONITOR&password=Z7bhh2oeCfMx&warehouse=MONITOR_WH&db=APP_EVENTS&schema=PREDICTIONS")
  .option("driver", "net.snowflake.client.jdbc.SnowflakeDriver")
  .option("dbtable", "PREDICTION_LOG")
  .load()

// COMMAND ----------

// DBTITLE 1,Serving endpoint metrics
val host = "https://dbc-258266cd-4566.cloud.databricks.com"
val clientId = dbutils.secrets.get("mlops", "monitor-sp-client-id")
val clientSecret = dbutils.secrets.get("mlops", "monitor-sp-client-secret")
val form = s"grant_type=client_credentials&scope=all-apis&client_id=$clientId&client_secret=$clientSecret"

val http = HttpClient.newHttpClient()
val tokenReq = HttpRequest.newBuilder(URI.create(s"$host/oidc/v1/token"))
  .header("Content-Type", "application/x-www-form-urlencoded")
  .POST(HttpRequest.BodyPublishers.ofString(form))
  .build()
val tokenJson = http.send(tokenReq, HttpResponse.BodyHandlers.ofString()).body()
val accessToken = spark.read.json(Seq(tokenJson).toDS).select("access_token").as[String].head()

val metricsReq = HttpRequest.newBuilder(URI.create(s"$host/api/2.0/serving-endpoints/churn-scoring/metrics"))
  .header("Authorization", s"Bearer $accessToken")
  .GET()
  .build()
val metrics = http.send(metricsReq, HttpResponse.BodyHandlers.ofString()).body()

// COMMAND ----------

val inference = spark.table("mlops_prod.churn.churn_scoring_payload")
  .select(col("request_id"), col("timestamp_ms"), col("response"))
display(
  inference.join(predictionLog, inference("request_id") === predictionLog("REQUEST_ID"), "full_outer")
    .groupBy(window((col("timestamp_ms") / 1000).cast("timestamp"), "1 hour"))
    .agg(count(col("request_id")).as("served"), count(col("REQUEST_ID")).as("logged"))
)
