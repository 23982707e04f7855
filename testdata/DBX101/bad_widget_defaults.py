# Databricks notebook source
# DBTITLE 1,Parameters
dbutils.widgets.text("jdbc_host", "crm-sql.database.windows.net")
dbutils.widgets.text("jdbc_user", "crm_reader")
dbutils.widgets.text("jdbc_password", "Crm-Read3r-2024")  # want DBX101 `JDBC option "password" is a literal password \(through "dbutils.widgets.get\(jdbc_password\)"\)`
dbutils.widgets.dropdown("env", "prod", ["dev", "prod"])

# COMMAND ----------

host = dbutils.widgets.get("jdbc_host")
accounts = (spark.read.format("jdbc")
            .option("url", f"jdbc:sqlserver://{host}:1433;database=crm")
            .option("user", dbutils.widgets.get("jdbc_user"))
            .option("password", dbutils.widgets.get("jdbc_password"))
            .option("dbtable", "dbo.accounts")
            .load())
