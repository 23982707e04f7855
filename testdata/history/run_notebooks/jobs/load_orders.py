# Databricks notebook source
# MAGIC %md
# MAGIC # Load orders
# MAGIC Shared settings come from `lib/pg_conf`.

# COMMAND ----------

# MAGIC %run ../lib/pg_conf

# COMMAND ----------

orders = (spark.read.format("jdbc")
          .option("url", pg_url("sales"))
          .option("user", PG_USER)
          .option("password", PG_PASSWORD)
          .option("dbtable", "public.orders")
          .load())
