# Databricks notebook source
# MAGIC %md
# MAGIC ## Reading from SQL Server the right way
# MAGIC Never write `.option("password", "Winter2024!")` or
# MAGIC `jdbc:sqlserver://host;user=etl;password=Winter2024!` into a notebook: use a secret scope.

# COMMAND ----------

import os

# An example of what not to do: password="Winter2024!"
jdbc_url = "jdbc:sqlserver://sales-prod.database.windows.net:1433;database=sales;encrypt=true"
user = dbutils.secrets.get(scope="sales-db", key="user")
password = dbutils.secrets.get(scope="sales-db", key="password")

orders = (spark.read.format("jdbc")
          .option("url", jdbc_url)
          .option("user", user)
          .option("password", password)
          .option("dbtable", "dbo.orders")
          .load())

# COMMAND ----------

pg_url = f"jdbc:postgresql://analytics-pg:5432/analytics?user=reporting&password={dbutils.secrets.get('analytics', 'pg-password')}"
snapshot = spark.read.jdbc(pg_url, "public.daily_snapshot")

# COMMAND ----------

props = {"user": os.environ["PG_USER"], "password": os.environ.get("PG_PASSWORD")}
legacy = spark.read.jdbc("jdbc:postgresql://legacy-pg:5432/dw", "public.facts", properties=props)

# COMMAND ----------

dbutils.widgets.text("db_password", "")
warehouse = (spark.read.format("jdbc")
             .option("url", "jdbc:mysql://mysql-shop.internal:3306/shop")
             .option("password", dbutils.widgets.get("db_password"))
             .load())

# COMMAND ----------

def read_table(table, pw=None):
    """Reads a table. Example: read_table("t", pw="hunter2") -- never pass a literal."""
    return spark.read.format("jdbc").option("url", jdbc_url).option("password", pw).option("dbtable", table).load()
