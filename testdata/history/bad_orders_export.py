# Databricks notebook source
# DBTITLE 1,Nightly orders export to the reporting warehouse
WAREHOUSE_HOST = "reporting-sql.database.windows.net"
WAREHOUSE_USER = "orders_export"
WAREHOUSE_PASSWORD = "Exp0rt-Orders-2024"  # want DBX101 `JDBC option "password" is a literal password`

# COMMAND ----------

orders = spark.table("sales.orders").where("order_date = current_date() - 1")
(orders.write.format("jdbc")
    .option("url", f"jdbc:sqlserver://{WAREHOUSE_HOST}:1433;database=reporting")
    .option("user", WAREHOUSE_USER)
    .option("password", WAREHOUSE_PASSWORD)
    .option("dbtable", "dbo.orders_daily")
    .mode("append")
    .save())
