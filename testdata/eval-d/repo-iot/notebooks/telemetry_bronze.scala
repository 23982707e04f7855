// Databricks notebook source
// MAGIC %md
// MAGIC # Telemetry bronze: Event Hubs (Kafka endpoint) to Delta

// COMMAND ----------

import java.sql.DriverManager
import org.apache.spark.sql.functions._

case class EventHubConf(namespace: String, hub: String, key: String, keyName: String = "listen")

object IotConf {
  val namespace = "contoso-iot-weu"
  val hub = "plant-telemetry"
  val listenKey = dbutils.secrets.get(scope = "iot-prod", key = "eh-listen-key")
  val registryUser = "registry_ro"
  val registryPassword = "Rg7-Kx92mQpLs4"
}

def connectionString(c: EventHubConf): String =
  s"Endpoint=sb://${c.namespace}.servicebus.windows.net/;SharedAccessKeyName=${c.keyName};SharedAccessKey=${c.key};EntityPath=${c.hub}"

def jaas(c: EventHubConf): String =
  s"""org.apache.kafka.common.security.plain.PlainLoginModule required username="$$ConnectionString" password="${connectionString(c)}";"""

// COMMAND ----------

val prodConf = EventHubConf(IotConf.namespace, IotConf.hub, key = IotConf.listenKey)
val labConf = EventHubConf("contoso-iot-lab", "lab-telemetry", key = "Bbup3MnYmyCZzhs3W4qf23aFqJIN2O86YFm4I9KmiqE=")

def readHub(c: EventHubConf) =
  spark.readStream
    .format("kafka")
    .option("kafka.bootstrap.servers", s"${c.namespace}.servicebus.windows.net:9093")
    .option("subscribe", c.hub)
    .option("kafka.security.protocol", "SASL_SSL")
    .option("kafka.sasl.mechanism", "PLAIN")
    .option("kafka.sasl.jaas.config", jaas(c))
    .load()

val telemetry = readHub(prodConf).union(readHub(labConf))

// COMMAND ----------

def registryConnection(user: String, password: String) =
  DriverManager.getConnection(
    "jdbc:postgresql://contoso-device-registry.postgres.database.azure.com:5432/registry?sslmode=require",
    user,
    password)

val registry = registryConnection(IotConf.registryUser, IotConf.registryPassword)
val devices = registry.createStatement().executeQuery("select device_id, plant, line from devices")

// COMMAND ----------

telemetry
  .select(col("key").cast("string").as("device_id"), col("value").cast("string").as("payload"), col("timestamp"))
  .writeStream
  .option("checkpointLocation", "/Volumes/iot/bronze/_checkpoints/telemetry")
  .toTable("iot.bronze.telemetry")
