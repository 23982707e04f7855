# Databricks notebook source
# MAGIC %md
# MAGIC ## Eligibility (DLT)
# MAGIC Snapshot of member eligibility spans from the Oracle eligibility system, plus the provider directory.
# MAGIC The pipeline configuration (`resources/claims_pipeline.yml`) supplies `claims.eligibility_user` and
# MAGIC `claims.eligibility_password`.

# COMMAND ----------

import dlt
from pyspark.sql import functions as F

# COMMAND ----------

@dlt.table(name="eligibility_spans_bronze", comment="Eligibility spans, full daily snapshot")
def eligibility_spans_bronze():
    return (
        spark.read.format("jdbc")
        .option("url", "jdbc:oracle:thin:@//elig-db.nwh.internal:1521/ELIGPRD")
        .option("dbtable", "ELIG.MEMBER_SPAN")
        .option("user", spark.conf.get("claims.eligibility_user"))
        .option("password", spark.conf.get("claims.eligibility_password"))
        .option("oracle.jdbc.timezoneAsRegion", "false")
        .load()
    )

# COMMAND ----------

@dlt.table(name="provider_directory_bronze", comment="NPI provider directory from the credentialing app (PostgreSQL)")
def provider_directory_bronze():
    return (
        spark.read.format("jdbc")
        .option("url", "jdbc:postgresql://credentialing-prod.c8xq2kzv1e4r.us-east-1.rds.amazonaws.com:5432/cred?user=dir_reader&password=Kd8vNw3qTz5Rb2&ssl=true")
        .option("dbtable", "public.provider_directory")
        .load()
    )

# COMMAND ----------

@dlt.table(name="eligibility_spans_silver")
@dlt.expect_all_or_drop({"valid_member": "member_id IS NOT NULL", "valid_span": "span_end >= span_start"})
def eligibility_spans_silver():
    return (
        dlt.read("eligibility_spans_bronze")
        .withColumn("span_days", F.datediff("span_end", "span_start") + 1)
        .join(dlt.read("provider_directory_bronze").select("npi", "specialty"), "npi", "left")
    )
