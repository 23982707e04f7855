# Databricks notebook source
dbutils.widgets.text("run_date", "")
dbutils.widgets.text("competitor_api_token", "TODO")

# COMMAND ----------

import requests

def competitor_prices(token, sku_batch):
    return requests.post("https://api.pricespy-partner.com/v3/lookup",
                         headers={"Authorization": f"Bearer {token}"},
                         json={"skus": sku_batch}).json()

prices = competitor_prices(dbutils.widgets.get("competitor_api_token"), ["4006381333931"])

# COMMAND ----------

mart = (spark.read.format("snowflake")
        .option("sfUrl", "rt84213.us-central1.gcp.snowflakecomputing.com")
        .option("sfUser", "PRICING_SVC")
        .option("sfPassword", dbutils.secrets.get("pricing", "snowflake-password"))
        .option("sfDatabase", "SALES_MART")
        .option("dbtable", "DAILY_SALES")
        .load())
