# Databricks notebook source
# MAGIC %md
# MAGIC # Claims bronze (837 professional / institutional)
# MAGIC * Streams X12-derived JSON from the MSK topic `claims.837.v2` (SASL/SCRAM)
# MAGIC * Joins the member cross-walk from the RDS `claims` database
# MAGIC
# MAGIC PHI: this notebook writes to `claims_*.bronze`, readable by `claims-data-engineering` only.
# MAGIC
# MAGIC Unit tests mock S3 with moto and the AWS documentation keys (`AKIAIOSFODNN7EXAMPLE` /
# MAGIC `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`); real keys never appear here.

# COMMAND ----------

import os

from pyspark.sql import functions as F

dbutils.widgets.text("catalog", "claims_dev")
catalog = dbutils.widgets.get("catalog")

# COMMAND ----------

# DBTITLE 1,Partner drop bucket (not covered by the instance profile)
spark.conf.set("fs.s3a.bucket.nwh-partner-drop.access.key", dbutils.secrets.get("claims-aws", "partner-drop-access-key-id"))
spark.conf.set("fs.s3a.bucket.nwh-partner-drop.secret.key", "EIYB2ipfypZymgS0yBviyRAAeKbkaNJIhEQxL2LL")

# COMMAND ----------

# DBTITLE 1,MSK (SASL/SCRAM)
scram_user = dbutils.secrets.get(scope="claims-kafka", key="scram-username")
scram_password = dbutils.secrets.get(scope="claims-kafka", key="scram-password")

claims_stream = (
    spark.readStream.format("kafka")
    .option(
        "kafka.bootstrap.servers",
        "b-1.nwh-claims.x7k2pq.c4.kafka.us-east-1.amazonaws.com:9096,b-2.nwh-claims.x7k2pq.c4.kafka.us-east-1.amazonaws.com:9096",
    )
    .option("subscribe", "claims.837.v2")
    .option("kafka.security.protocol", "SASL_SSL")
    .option("kafka.sasl.mechanism", "SCRAM-SHA-512")
    .option(
        "kafka.sasl.jaas.config",
        f'kafkashaded.org.apache.kafka.common.security.scram.ScramLoginModule required username="{scram_user}" password="{scram_password}";',
    )
    .option("startingOffsets", "earliest")
    .load()
)

# COMMAND ----------

# DBTITLE 1,Member cross-walk (RDS PostgreSQL)
# CLAIMS_DB_PASSWORD is set on the job cluster by the bundle; the fallback keeps interactive clusters working.
claims_db_host = os.getenv("CLAIMS_DB_HOST", "claims-db.cluster-c8xq2kzv1e4r.us-east-1.rds.amazonaws.com")
claims_db_password = os.getenv("CLAIMS_DB_PASSWORD", "5j4b4ozmqxjU8e-L")

crosswalk = (
    spark.read.format("jdbc")
    .option("url", f"jdbc:postgresql://{claims_db_host}:5432/claims?sslmode=require")
    .option("dbtable", "member.crosswalk")
    .option("user", "claims_etl")
    .option("password", claims_db_password)
    .load()
)

# COMMAND ----------

claims = (
    claims_stream.select(F.from_json(F.col("value").cast("string"), "claim_id STRING, member_ref STRING, billed_amount DECIMAL(18,2), service_date DATE").alias("c"))
    .select("c.*")
    .join(F.broadcast(crosswalk), "member_ref", "left")
)

(
    claims.writeStream.option("checkpointLocation", f"s3://nwh-claims-checkpoints/{catalog}/claims_bronze")
    .trigger(availableNow=True)
    .toTable(f"{catalog}.bronze.claims_837")
)
