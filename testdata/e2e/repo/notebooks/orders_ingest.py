# Databricks notebook source
# MAGIC %md
# MAGIC # Orders ingest
# MAGIC Loads yesterday's orders from the sales database into `bronze.orders`.

# COMMAND ----------

dbutils.widgets.text("run_date", "")
run_date = dbutils.widgets.get("run_date")

# COMMAND ----------

SALES_SERVER = "sales-prod.database.windows.net"
SALES_USER = "etl_reader"
SALES_PASSWORD = "Winter2024!"

# COMMAND ----------

jdbc_url = f"jdbc:sqlserver://{SALES_SERVER}:1433;database=sales;encrypt=true"

orders = (spark.read.format("jdbc")
          .option("url", jdbc_url)
          .option("user", SALES_USER)
          .option("password", SALES_PASSWORD)
          .option("query", f"SELECT * FROM dbo.orders WHERE order_date = '{run_date}'")
          .load())

# COMMAND ----------

orders.write.mode("append").saveAsTable("bronze.orders")
