# Databricks notebook source
# MAGIC %md
# MAGIC # Customers ingest
# MAGIC Credentials come from the `sales-db` secret scope.

# COMMAND ----------

jdbc_url = "jdbc:sqlserver://sales-prod.database.windows.net:1433;database=sales;encrypt=true"

customers = (spark.read.format("jdbc")
             .option("url", jdbc_url)
             .option("user", dbutils.secrets.get(scope="sales-db", key="user"))
             .option("password", dbutils.secrets.get(scope="sales-db", key="password"))
             .option("dbtable", "dbo.customers")
             .load())

# COMMAND ----------

customers.write.mode("overwrite").saveAsTable("bronze.customers")
