# Databricks notebook source
# MAGIC %md
# MAGIC # Load orders
# MAGIC Shared settings come from `lib/pg_conf`.

# COMMAND ----------

# MAGIC %run ../lib/pg_conf

# COMMAND ----------

# MAGIC %run ../lib/widgets.py

# COMMAND ----------

orders = (spark.read.format("jdbc")
          .option("url", pg_url("sales"))
          .option("user", PG_USER)
          .option("password", PG_PASSWORD)
          .option("dbtable", "public.orders")
          .load())

crm = (spark.read.format("jdbc")
       .option("url", "jdbc:sqlserver://crm-sql.database.windows.net:1433;database=crm")
       .option("user", "crm_sync")
       .option("password", dbutils.widgets.get("crm_password"))
       .option("dbtable", "dbo.accounts")
       .load())
