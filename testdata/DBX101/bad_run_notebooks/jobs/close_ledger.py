# Databricks notebook source
# MAGIC %md
# MAGIC # Month-end close: ledger balances from the finance Oracle

# COMMAND ----------

# MAGIC %run ../lib/finance_oracle

# COMMAND ----------

import pandas as pd

conn = ora_connect(ORA_USER, ORA_PWD)
balances = pd.read_sql("select account_id, balance from gl_balances where period = :p", conn, params={"p": "2024-12"})
spark.createDataFrame(balances).write.mode("overwrite").saveAsTable("finance.gl_balances")
