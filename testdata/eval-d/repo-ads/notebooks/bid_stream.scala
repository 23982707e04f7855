// Databricks notebook source
// MAGIC %md
// MAGIC # Real-time bid stream (MSK, SASL/SCRAM)

// COMMAND ----------

import java.sql.DriverManager
import java.util.Properties
import scalaj.http.Http

val brokers = "b-1.ads-msk.x7k2pq.c4.kafka.us-east-1.amazonaws.com:9096,b-2.ads-msk.x7k2pq.c4.kafka.us-east-1.amazonaws.com:9096"
val scramUser = "bid-consumer"
val scramPassword = "Msk-Scram-8wQz4Lp2"

val bids = spark.readStream
  .format("kafka")
  .option("kafka.bootstrap.servers", brokers)
  .option("subscribe", "rtb.bids")
  .option("kafka.security.protocol", "SASL_SSL")
  .option("kafka.sasl.mechanism", "SCRAM-SHA-512")
  .option("kafka.sasl.jaas.config",
    s"""org.apache.kafka.common.security.scram.ScramLoginModule required username="$scramUser" password="$scramPassword";""")
  .load()

// COMMAND ----------

val props = new Properties()
props.put("user", "bid_writer")
props.put("password", "Pg-Bid-W2x9Kq7")
props.put("ssl", "true")
val floorConn = DriverManager.getConnection("jdbc:postgresql://ads-floors.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com:5432/floors", props)

val dwProps = new Properties()
dwProps.put("user", "bid_reader")
dwProps.put("password", dbutils.secrets.get("ads-dw", "bid-reader-password"))

// COMMAND ----------

val host = "https://dbc-7f3a9c21-5e4b.cloud.databricks.com"
val oauthToken = Http(s"$host/oidc/v1/token")
  .auth(dbutils.secrets.get("ads-sp", "client-id"), dbutils.secrets.get("ads-sp", "client-secret"))
  .postForm(Seq("grant_type" -> "client_credentials", "scope" -> "all-apis"))
  .asString
  .body
