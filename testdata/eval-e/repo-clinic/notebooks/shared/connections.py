# Databricks notebook source
# Connection helpers, included with %run ./shared/connections

import pyodbc
import oracledb

CLARITY_SERVER = "sql-clarity-replica.database.windows.net"
LAB_DSN = "lab-ora.clinic.internal:1521/LABPRD"

def clarity(user, pwd, database="Clarity"):
    return pyodbc.connect(
        "DRIVER={ODBC Driver 18 for SQL Server};"
        f"SERVER={CLARITY_SERVER};DATABASE={database};UID={user};PWD={pwd};Encrypt=yes"
    )

def lab(user, password):
    return oracledb.connect(user=user, password=password, dsn=LAB_DSN)

# COMMAND ----------

dbutils.widgets.text("lab_password", "1BtaM4a2-Hr6f8C")
dbutils.widgets.text("clarity_password", "<from-key-vault>")
