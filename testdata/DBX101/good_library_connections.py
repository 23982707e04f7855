# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly reconciliation of the operational databases
# MAGIC Every credential comes from the `recon` secret scope or the job's environment.

# COMMAND ----------

import os

import jaydebeapi
import oracledb
import psycopg2
import pymssql
import pymysql
import pyodbc
import snowflake.connector
from sqlalchemy import create_engine

pw = dbutils.secrets.get("recon", "db-password")

# COMMAND ----------

orders_pg = psycopg2.connect(host="orders-db.prod.acme.internal", dbname="orders", user="recon", password=pw)
billing_pg = psycopg2.connect(f"postgresql://recon:{pw}@billing-db.prod.acme.internal:5432/billing")
local_pg = psycopg2.connect("postgresql://postgres:postgres@localhost:5432/test")
crm = pymysql.connect(host="crm-mysql.prod.acme.internal", user="recon", password=os.environ["CRM_PASSWORD"], database="crm")
erp = pymssql.connect("erp-sql.prod.acme.internal", "recon", pw, "erp")
ledger = oracledb.connect(user="recon", password=pw, dsn="ledger-ora.prod.acme.internal:1521/LEDGER")
scratch = oracledb.connect("system", "oracle", "localhost:1521/XEPDB1")
dw = snowflake.connector.connect(account="acme-eu1", user="RECON_SVC", password=dbutils.secrets.get("recon", "snowflake"), warehouse="RECON_WH")
warehouse = create_engine(f"postgresql+psycopg2://recon:{pw}@warehouse.prod.acme.internal:5432/dw")
template = create_engine("mysql+pymysql://<user>:<password>@mart.prod.acme.internal/mart")
gl = pyodbc.connect(f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:gl.database.windows.net,1433;Database=gl;Uid=recon;Pwd={pw};")
mainframe = jaydebeapi.connect("com.ibm.db2.jcc.DB2Driver", "jdbc:db2://db2.prod.acme.internal:50000/CORE", ["recon", pw], "/dbfs/FileStore/jars/db2jcc4.jar")
