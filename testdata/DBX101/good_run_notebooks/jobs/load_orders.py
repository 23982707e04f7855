# Databricks notebook source
# MAGIC %run ../lib/pg_conf

# COMMAND ----------

# MAGIC %run /Shared/team/common_settings

# COMMAND ----------

orders = (spark.read.format("jdbc")
          .option("url", pg_url("sales"))
          .option("user", PG_USER)
          .option("password", PG_PASSWORD)
          .option("dbtable", "public.orders")
          .load())
