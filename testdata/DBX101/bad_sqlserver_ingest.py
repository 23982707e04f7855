# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest orders from the sales SQL Server
# MAGIC The connection uses the `etl_reader` login.

# COMMAND ----------

from pyspark.sql import functions as F

# COMMAND ----------

jdbc_url = "jdbc:sqlserver://sales-prod.database.windows.net:1433;database=sales;user=etl_reader;password=Winter2024!;encrypt=true"  # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`

orders = (spark.read.format("jdbc")
          .option("url", jdbc_url)
          .option("dbtable", "dbo.orders")
          .load())

# COMMAND ----------

customers = (spark.read.format("jdbc")
             .option("url", "jdbc:sqlserver://sales-prod.database.windows.net:1433;database=sales")
             .option("user", "etl_reader")
             .option("password", "Winter2024!")  # want DBX101 `JDBC option "password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\); read it with dbutils.secrets.get`
             .option("dbtable", "dbo.customers")
             .load())

# COMMAND ----------

display(orders.join(customers, "customer_id").groupBy("region").agg(F.sum("amount")))
