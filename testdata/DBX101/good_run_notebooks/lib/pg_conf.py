# Databricks notebook source
# DBTITLE 1,Shared Postgres settings
PG_HOST = "sales-pg.postgres.database.azure.com"
PG_USER = "sales_loader"
PG_PASSWORD = dbutils.secrets.get("sales", "pg-loader-password")

# COMMAND ----------

# MAGIC %run ./pg_helpers
