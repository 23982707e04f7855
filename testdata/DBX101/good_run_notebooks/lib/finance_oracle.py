# Databricks notebook source
# DBTITLE 1,Finance Oracle connection (shared by the month-end jobs)
import oracledb

dbutils.widgets.text("ora_user", "fin_reader")
dbutils.widgets.text("ora_pwd_key", "fin-reader-password")
ORA_USER = dbutils.widgets.get("ora_user")
ORA_PWD = dbutils.secrets.get("finance", dbutils.widgets.get("ora_pwd_key"))

# COMMAND ----------

def ora_connect(user, pwd):
    return oracledb.connect(user=user, password=pwd, dsn="fin-ora.corp.example.com:1521/FINPDB")
