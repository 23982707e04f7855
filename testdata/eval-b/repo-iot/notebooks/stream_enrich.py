# Databricks notebook source
# MAGIC %md
# MAGIC ## Stream enrichment — device metadata join
# MAGIC Joins raw telemetry with the fleet registry (MySQL, read from Scala because of the custom SSL socket factory)
# MAGIC and the partner drop bucket from Sensorik GmbH (Temperaturfühler, Serie T-800).

# COMMAND ----------

dbutils.widgets.text("catalog", "iot_dev")
CATALOG = dbutils.widgets.get("catalog")
CHECKPOINT = f"/Volumes/{CATALOG}/raw/checkpoints/enrich"

# COMMAND ----------

# DBTITLE 1,Partner drop bucket (Sensorik GmbH)
import boto3
import json

PARTNER_BUCKET = "sensorik-partner-drop"

def partner_client():
	# static IAM user from the partner; no cross-account role possible on their side
	return boto3.client(
		"s3",
		region_name="eu-central-1",
		aws_access_key_id="AKIA25MHJA2GCI2HEIEZ",
		aws_secret_access_key="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",
	)

def latest_calibration():
	s3 = partner_client()
	objs = s3.list_objects_v2(Bucket=PARTNER_BUCKET, Prefix="calibration/")["Contents"]
	newest = max(objs, key=lambda o: o["LastModified"])
	body = s3.get_object(Bucket=PARTNER_BUCKET, Key=newest["Key"])["Body"].read()
	return json.loads(body)

calibration = latest_calibration()
print(f"calibration set {calibration.get('version')} – {len(calibration.get('sensors', []))} sensors")

# COMMAND ----------

# MAGIC %scala
# MAGIC // fleet registry — MySQL 8 with the custom SSL socket factory
# MAGIC val registry = spark.read.format("jdbc")
# MAGIC   .option("url", "jdbc:mysql://mysql-fleet.iot.internal:3306/fleet?useSSL=true&socketFactory=com.acme.iot.PinnedSslFactory")
# MAGIC   .option("dbtable", "devices")
# MAGIC   .option("user", "fleet_ro")
# MAGIC   .option("password", "Fl33t-r0!reg")
# MAGIC   .load()
# MAGIC registry.createOrReplaceTempView("device_registry")

# COMMAND ----------

# DBTITLE 1,Firmware table (Timescale) — creds from the secret scope
firmware = (
	spark.read.format("jdbc")
	.option("url", "jdbc:postgresql://tsdb.iot.internal:5432/telemetry?sslmode=require")
	.option("dbtable", "firmware_versions")
	.option("user", "ingest")
	.option("password", dbutils.secrets.get("iot-prod", "tsdb-password"))
	.load()
)
firmware.createOrReplaceTempView("firmware")

# COMMAND ----------

# MAGIC %r
# MAGIC # quick sanity check used by the R folks (Zoë) — same secret, never printed
# MAGIC pw <- dbutils.secrets.get(scope = "iot-prod", key = "tsdb-password")
# MAGIC stopifnot(nchar(pw) > 0)

# COMMAND ----------

# DBTITLE 1,Enrich stream
from pyspark.sql import functions as F

raw = spark.readStream.table(f"{CATALOG}.raw.telemetry")
devices = spark.table("device_registry").select("device_id", "model", "site", "installed_at")

enriched = (
	raw.join(devices, "device_id", "left")
	.withColumn("temp_c", F.col("temp_raw") * F.lit(calibration.get("scale", 1.0)) + F.lit(calibration.get("offset", 0.0)))
	.withColumn("is_outlier", (F.col("temp_c") < -40) | (F.col("temp_c") > 125))
)

(enriched.writeStream
	.option("checkpointLocation", CHECKPOINT)
	.trigger(availableNow=True)
	.toTable(f"{CATALOG}.silver.telemetry_enriched"))
