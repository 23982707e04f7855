# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly reconciliation of the operational databases
# MAGIC Pulls yesterday's rows from every system of record and compares totals with the lakehouse.

# COMMAND ----------

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

# COMMAND ----------

# Totals from the partner APIs, which use basic authentication.
partner = requests.get("https://partner-api.acme-logistics.com/v2/shipments/totals", auth=("acme-recon", "Sh1pments-Recon!"))  # want DBX101 `connection argument "password" is a literal password`
requests.post("https://partner-api.acme-logistics.com/v2/recon/ack", auth=("acme-recon", "Ack-Recon-2024!"), json={"date": "2024-06-01"})  # want DBX101 `connection argument "password" is a literal password`
requests.put("https://hr.acme-payroll.com/api/recon/status", auth=("recon", "PayR0ll-Status-9"), json={"ok": True})  # want DBX101 `connection argument "password" is a literal password`
requests.request("GET", "https://hr.acme-payroll.com/api/recon", auth=("recon", "PayR0ll-Recon-9"))  # want DBX101 `connection argument "password" is a literal password`
invoices = requests.get("https://invoices.acme-billing.com/api/totals", auth=HTTPBasicAuth("recon", "Inv0ice-Recon-4"))  # want DBX101 `connection argument "password" is a literal password`
stock = httpx.get("https://stock.acme-wms.com/api/levels", auth=("recon", "St0ck-Recon-2024"))  # want DBX101 `connection argument "password" is a literal password`
httpx.post("https://stock.acme-wms.com/api/recon", auth=("recon", "St0ck-Ack-2024"), json={"ok": True})  # want DBX101 `connection argument "password" is a literal password`
client = httpx.Client(base_url="https://returns.acme-wms.com", auth=("recon", "Ret-Recon-2024"))  # want DBX101 `connection argument "password" is a literal password`
returns = client.get("/api/returns").json()
wms_auth = httpx.BasicAuth("recon", "Wms-Basic-2024")  # want DBX101 `connection argument "password" is a literal password`
carrier_auth = aiohttp.BasicAuth("recon", "Carr1er-Recon-24")  # want DBX101 `connection argument "password" is a literal password`

# COMMAND ----------

# The audit workspace still has a local admin account.
audit = WorkspaceClient(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password="Aud1t-Admin-2024")  # want DBX101 `connection argument "password" is a literal password`
acct = AccountClient(host="https://accounts.azuredatabricks.net", account_id="8f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8", username="recon-admin", password="Acct-Admin-2024")  # want DBX101 `connection argument "password" is a literal password`
cfg = Config(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password="Cfg-Admin-2024!")  # want DBX101 `connection argument "password" is a literal password`
