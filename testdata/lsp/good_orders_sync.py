# Databricks notebook source
# MAGIC %md
# MAGIC ## Orders sync: Azure SQL to the bronze layer
# MAGIC Reads yesterday's orders over JDBC and calls the workspace API as the ingestion service principal.

# COMMAND ----------

import requests

TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47"
client_id = dbutils.secrets.get(scope="orders-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="orders-sp", key="client-secret")

jdbc_url = dbutils.secrets.get(scope="orders-sql", key="jdbc-url")

# COMMAND ----------

orders = (spark.read.format("jdbc")
    .option("url", jdbc_url)
    .option("dbtable", "dbo.orders")
    .load())
orders.write.mode("append").saveAsTable("bronze.orders")

# COMMAND ----------

token = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token", data={
    "grant_type": "client_credentials",
    "client_id": client_id,
    "client_secret": client_secret,
    "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d",
}).json()["access_token"]
