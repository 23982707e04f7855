# Databricks notebook source
# DBTITLE 1,Parameters
dbutils.widgets.text("jdbc_host", "crm-sql.database.windows.net")
dbutils.widgets.text("jdbc_user", "crm_reader")
dbutils.widgets.text("jdbc_password", "")
dbutils.widgets.combobox("secret_key", "crm-reader-password", ["crm-reader-password", "crm-admin-password"])

# COMMAND ----------

host = dbutils.widgets.get("jdbc_host")
password = dbutils.widgets.get("jdbc_password") or dbutils.secrets.get("crm", dbutils.widgets.get("secret_key"))
accounts = (spark.read.format("jdbc")
            .option("url", f"jdbc:sqlserver://{host}:1433;database=crm")
            .option("user", dbutils.widgets.get("jdbc_user"))
            .option("password", password)
            .option("dbtable", "dbo.accounts")
            .load())
