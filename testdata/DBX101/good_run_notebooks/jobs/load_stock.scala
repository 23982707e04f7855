// Databricks notebook source
// MAGIC %run ../lib/stock_conf

// COMMAND ----------

val levels = spark.read
  .format("jdbc")
  .option("url", StockDb.url)
  .option("user", StockDb.user)
  .option("password", StockDb.password)
  .option("dbtable", "stock_levels")
  .load()
