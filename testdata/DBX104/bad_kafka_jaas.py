# Databricks notebook source
# DBTITLE 1,Orders topic on the Confluent cluster (SASL/PLAIN)
CONFLUENT_KEY = "ORDERSAPIKEY7Q2X"
CONFLUENT_SECRET = "cflt-0rders-S3cret-2024"  # want DBX104 `Kafka JAAS config "kafka.sasl.jaas.config" has a literal password`


def kafka_options(user, password):
    return {
        "kafka.bootstrap.servers": "pkc-4nym6.westeurope.azure.confluent.cloud:9092",
        "kafka.security.protocol": "SASL_SSL",
        "kafka.sasl.mechanism": "PLAIN",
        "kafka.sasl.jaas.config": (
            "kafkashaded.org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'username="{user}" password="{password}";'
        ),
    }


orders = spark.readStream.format("kafka").options(**kafka_options(CONFLUENT_KEY, CONFLUENT_SECRET)).option("subscribe", "orders").load()
