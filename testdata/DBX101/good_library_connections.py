# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly reconciliation of the operational databases
# MAGIC Every credential comes from the `recon` secret scope or the job's environment.

# COMMAND ----------

import os

import aiohttp
import httpx
import jaydebeapi
import oracledb
import psycopg2
import pymssql
import pymysql
import pyodbc
import requests
import snowflake.connector
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config
from requests.auth import HTTPBasicAuth
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

# COMMAND ----------

api_pw = dbutils.secrets.get("recon", "partner-api")
partner = requests.get("https://partner-api.acme-logistics.com/v2/shipments/totals", auth=("acme-recon", api_pw))
requests.post("https://partner-api.acme-logistics.com/v2/recon/ack", auth=("acme-recon", api_pw), json={"date": "2024-06-01"})
requests.put("https://hr.acme-payroll.com/api/recon/status", auth=("recon", os.environ["PAYROLL_PW"]), json={"ok": True})
requests.request("GET", "https://hr.acme-payroll.com/api/recon", auth=("recon", os.environ["PAYROLL_PW"]))
invoices = requests.get("https://invoices.acme-billing.com/api/totals", auth=HTTPBasicAuth("recon", api_pw))
stock = httpx.get("https://stock.acme-wms.com/api/levels", auth=("recon", api_pw))
httpx.post("https://stock.acme-wms.com/api/recon", auth=("recon", api_pw), json={"ok": True})
client = httpx.Client(base_url="https://returns.acme-wms.com", auth=("recon", api_pw))
returns = client.get("/api/returns").json()
wms_auth = httpx.BasicAuth("recon", api_pw)
carrier_auth = aiohttp.BasicAuth("recon", "<carrier-password>")

# COMMAND ----------

audit = WorkspaceClient(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password=dbutils.secrets.get("recon", "admin"))
acct = AccountClient(host="https://accounts.azuredatabricks.net", account_id="8f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8", username="recon-admin", password=os.environ["ACCOUNT_PW"])
cfg = Config(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password=os.getenv("DATABRICKS_PASSWORD"))
