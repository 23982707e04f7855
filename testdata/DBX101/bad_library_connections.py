# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly reconciliation of the operational databases
# MAGIC Pulls yesterday's rows from every system of record and compares totals with the lakehouse.

# COMMAND ----------

import jaydebeapi
import oracledb
import psycopg2
import pymssql
import pymysql
import pyodbc
import snowflake.connector
from sqlalchemy import create_engine

# COMMAND ----------

orders_pg = psycopg2.connect(host="orders-db.prod.acme.internal", dbname="orders", user="recon", password="Tq8#orders-Recon")  # want DBX101 `connection argument "password" is a literal password`
billing_pg = psycopg2.connect("postgresql://recon:Bl1lling-Recon-7@billing-db.prod.acme.internal:5432/billing")  # want DBX101 `connection URL embeds a literal password`
crm = pymysql.connect(host="crm-mysql.prod.acme.internal", user="recon", password="crmR3con!2024", database="crm")  # want DBX101 `connection argument "password" is a literal password`
erp = pymssql.connect("erp-sql.prod.acme.internal", "recon", "ErpR3con#2024", "erp")  # want DBX101 `connection argument "password" is a literal password`
ledger = oracledb.connect(user="recon", password="L3dgerRecon77", dsn="ledger-ora.prod.acme.internal:1521/LEDGER")  # want DBX101 `connection argument "password" is a literal password`
legacy = oracledb.connect("recon", "changeme", "legacy-ora.prod.acme.internal:1521/OLD")  # want DBX101 `well-known default password for legacy-ora\.prod\.acme\.internal`
dw = snowflake.connector.connect(account="acme-eu1", user="RECON_SVC", password="SnowR3con-2024!", warehouse="RECON_WH")  # want DBX101 `connection argument "password" is a literal password`
warehouse = create_engine("postgresql+psycopg2://recon:Wh-R3con-2024@warehouse.prod.acme.internal:5432/dw")  # want DBX101 `connection URL embeds a literal password`
mart = create_engine(url="mysql+pymysql://recon:M4rt-Recon-2024@mart.prod.acme.internal/mart")  # want DBX101 `connection URL embeds a literal password`
gl = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=tcp:gl.database.windows.net,1433;Database=gl;Uid=recon;Pwd=GlR3con2024;")  # want DBX101 `embeds a literal password`
mainframe = jaydebeapi.connect("com.ibm.db2.jcc.DB2Driver", "jdbc:db2://db2.prod.acme.internal:50000/CORE", ["recon", "Db2R3con-2024"], "/dbfs/FileStore/jars/db2jcc4.jar")  # want DBX101 `connection argument "password" is a literal password`
