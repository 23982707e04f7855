# Databricks notebook source
# MAGIC %run ./00_setup

# COMMAND ----------

import psycopg2
from pyspark.sql import functions as F

conn = psycopg2.connect(
    host=POLICY_DB_HOST,
    dbname="policy",
    user=POLICY_DB_USER,
    password=POLICY_DB_PASSWORD,
)
with conn.cursor() as cur:
    cur.execute("select max(updated_at) from claims.claim_header")
    watermark = cur.fetchone()[0]

# COMMAND ----------

brokers = (spark.read.format("jdbc")
           .option("url", BROKER_JDBC)
           .option("dbtable", "broker.agents")
           .option("user", "claims_reader")
           .option("password", dbutils.widgets.get("broker_db_password"))
           .load())

# COMMAND ----------

audit = (spark.read.format("jdbc")
         .option("url", "jdbc:postgresql://claims-audit.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com:5432/audit")
         .option("user", "audit_ro")
         .option("password", AUDIT_DB_PASSWORD)
         .option("dbtable", "public.events")
         .load())

# COMMAND ----------

local_check = (spark.read.format("jdbc")
               .option("url", "jdbc:postgresql://localhost:5432/scratch")
               .option("user", "postgres")
               .option("password", "postgres")
               .option("dbtable", "t")
               .load())
