# Databricks notebook source
# MAGIC %md
# MAGIC ## Clickstream from Event Hubs (Kafka surface)
# MAGIC Event Hubs exposes a Kafka endpoint on port 9093. The SASL username is the literal string `$ConnectionString`
# MAGIC and the SASL password is the namespace (or hub) connection string.

# COMMAND ----------

from pyspark.sql import functions as F
from pyspark.sql.types import DoubleType, StringType, StructField, StructType, TimestampType

EH_NAMESPACE = "retail-clicks-ns"
EH_TOPIC = "web-clicks"
BOOTSTRAP = f"{EH_NAMESPACE}.servicebus.windows.net:9093"
CHECKPOINTS = "abfss://checkpoints@retaildatalake.dfs.core.windows.net/clickstream"

click_schema = StructType(
    [
        StructField("session_id", StringType()),
        StructField("store_id", StringType()),
        StructField("page", StringType()),
        StructField("basket_value", DoubleType()),
        StructField("event_ts", TimestampType()),
    ]
)

# COMMAND ----------

# DBTITLE 1,web-clicks (our namespace, connection string from Key Vault)
eh_conn = dbutils.secrets.get(scope="retail-kv", key="eh-clicks-listen")
jaas = (
    "kafkashaded.org.apache.kafka.common.security.plain.PlainLoginModule required "
    f'username="$ConnectionString" password="{eh_conn}";'
)

clicks_raw = (
    spark.readStream.format("kafka")
    .option("kafka.bootstrap.servers", BOOTSTRAP)
    .option("subscribe", EH_TOPIC)
    .option("kafka.security.protocol", "SASL_SSL")
    .option("kafka.sasl.mechanism", "PLAIN")
    .option("kafka.sasl.jaas.config", jaas)
    .option("startingOffsets", "latest")
    .load()
)

# COMMAND ----------

# DBTITLE 1,app-events (mobile team namespace)
# The mobile team has not granted our SP access to their Key Vault yet (RT-2302).
APP_EVENTS_CONN = "Endpoint=sb://retail-mobile-ns.servicebus.windows.net/;SharedAccessKeyName=databricks-listen;SharedAccessKey=EP78l74DYkm3rZFcSrrlx5RXTQbLOEGfxZhc4RnL6Do=;EntityPath=app-events"

app_events = (
    spark.readStream.format("kafka")
    .option("kafka.bootstrap.servers", "retail-mobile-ns.servicebus.windows.net:9093")
    .option("subscribe", "app-events")
    .option("kafka.security.protocol", "SASL_SSL")
    .option("kafka.sasl.mechanism", "PLAIN")
    .option(
        "kafka.sasl.jaas.config",
        "kafkashaded.org.apache.kafka.common.security.plain.PlainLoginModule required "
        f'username="$ConnectionString" password="{APP_EVENTS_CONN}";',
    )
    .load()
)

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS retail_prod.bronze.web_clicks (
# MAGIC   session_id STRING, store_id STRING, page STRING, basket_value DOUBLE, event_ts TIMESTAMP, source STRING
# MAGIC ) CLUSTER BY (event_ts)

# COMMAND ----------

def parse(df, source):
    return (
        df.select(F.from_json(F.col("value").cast("string"), click_schema).alias("e"))
        .select("e.*")
        .withColumn("source", F.lit(source))
    )


(
    parse(clicks_raw, "web")
    .unionByName(parse(app_events, "app"))
    .writeStream.option("checkpointLocation", CHECKPOINTS)
    .trigger(processingTime="1 minute")
    .toTable("retail_prod.bronze.web_clicks")
)
