# Databricks notebook source
# MAGIC %md
# MAGIC # Partner API totals for the nightly reconciliation
# MAGIC Basic-auth passwords come from the `recon` secret scope or the job environment.

# COMMAND ----------

import os

import aiohttp
import httpx
import requests
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config
from requests.auth import HTTPBasicAuth

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

# COMMAND ----------

tracking_token = dbutils.secrets.get("recon", "tracking-token")
tracking = requests.get("https://tracking.acme-carrier.com/v1/shipments", headers={"Accept": "application/json", "Authorization": f"Bearer {tracking_token}"})
customs = httpx.post("https://customs.acme-broker.com/api/declarations", headers={"Authorization": "Basic " + os.environ["CUSTOMS_BASIC"]}, json={"date": "2024-06-01"})
status = requests.get("https://status.acme-carrier.com/v1/health", headers={"Authorization": "Bearer <tracking-token>"})
