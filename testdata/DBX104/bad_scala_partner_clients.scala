// Databricks notebook source
// Partner feeds: the carrier REST API (basic auth) and the shipments Kafka cluster (SASL/SCRAM).
import sttp.client3._

case class CarrierApi(user: String, password: String = "C4rrier-Api-Pw!") // want DBX104 "literal HTTP basic-auth password"

val backend = HttpClientSyncBackend()
val carrier = CarrierApi("svc_shipments")
val manifests = basicRequest
  .auth.basic(carrier.user, carrier.password)
  .get(uri"https://api.carrier-partner.com/v1/manifests")
  .send(backend)

val archive = CarrierApi("svc_archive", "Arch1ve-Api-Pw!") // want DBX104 "literal HTTP basic-auth password"
val archived = basicRequest
  .auth.basic(archive.user, archive.password)
  .get(uri"https://api.carrier-partner.com/v1/archive")
  .send(backend)

// COMMAND ----------

val kafkaUser = "svc_shipments"
val kafkaPassword = "Sh1pments-Scr4m!" // want DBX104 `Kafka JAAS config "kafka.sasl.jaas.config" has a literal password`
val jaas = s"""kafkashaded.org.apache.kafka.common.security.scram.ScramLoginModule required username="$kafkaUser" password="$kafkaPassword";"""

val shipments = spark.readStream
  .format("kafka")
  .option("kafka.bootstrap.servers", "b-1.shipments.kafka.eu-west-1.amazonaws.com:9096")
  .option("kafka.security.protocol", "SASL_SSL")
  .option("kafka.sasl.mechanism", "SCRAM-SHA-512")
  .option("kafka.sasl.jaas.config", jaas)
  .option("subscribe", "shipments.v1")
  .load()
