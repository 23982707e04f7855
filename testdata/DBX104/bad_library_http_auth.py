# Databricks notebook source
# MAGIC %md
# MAGIC # Partner API totals for the nightly reconciliation
# MAGIC The partner APIs and the audit workspace use basic authentication.

# COMMAND ----------

import aiohttp
import httpx
import requests
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config
from requests.auth import HTTPBasicAuth

# COMMAND ----------

# Totals from the partner APIs, which use basic authentication.
partner = requests.get("https://partner-api.acme-logistics.com/v2/shipments/totals", auth=("acme-recon", "Sh1pments-Recon!"))  # want DBX104 `is a literal HTTP basic-auth password`
requests.post("https://partner-api.acme-logistics.com/v2/recon/ack", auth=("acme-recon", "Ack-Recon-2024!"), json={"date": "2024-06-01"})  # want DBX104 `is a literal HTTP basic-auth password`
requests.put("https://hr.acme-payroll.com/api/recon/status", auth=("recon", "PayR0ll-Status-9"), json={"ok": True})  # want DBX104 `is a literal HTTP basic-auth password`
requests.request("GET", "https://hr.acme-payroll.com/api/recon", auth=("recon", "PayR0ll-Recon-9"))  # want DBX104 `is a literal HTTP basic-auth password`
invoices = requests.get("https://invoices.acme-billing.com/api/totals", auth=HTTPBasicAuth("recon", "Inv0ice-Recon-4"))  # want DBX104 `is a literal HTTP basic-auth password`
stock = httpx.get("https://stock.acme-wms.com/api/levels", auth=("recon", "St0ck-Recon-2024"))  # want DBX104 `is a literal HTTP basic-auth password`
httpx.post("https://stock.acme-wms.com/api/recon", auth=("recon", "St0ck-Ack-2024"), json={"ok": True})  # want DBX104 `is a literal HTTP basic-auth password`
client = httpx.Client(base_url="https://returns.acme-wms.com", auth=("recon", "Ret-Recon-2024"))  # want DBX104 `is a literal HTTP basic-auth password`
returns = client.get("/api/returns").json()
wms_auth = httpx.BasicAuth("recon", "Wms-Basic-2024")  # want DBX104 `is a literal HTTP basic-auth password`
carrier_auth = aiohttp.BasicAuth("recon", "Carr1er-Recon-24")  # want DBX104 `is a literal HTTP basic-auth password`

# COMMAND ----------

# The audit workspace still has a local admin account.
audit = WorkspaceClient(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password="Aud1t-Admin-2024")  # want DBX104 `is a literal HTTP basic-auth password`
acct = AccountClient(host="https://accounts.azuredatabricks.net", account_id="8f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8", username="recon-admin", password="Acct-Admin-2024")  # want DBX104 `is a literal HTTP basic-auth password`
cfg = Config(host="https://adb-4455667788990011.11.azuredatabricks.net", username="recon-admin", password="Cfg-Admin-2024!")  # want DBX104 `is a literal HTTP basic-auth password`

# COMMAND ----------

# The carrier's tracking API takes a long-lived bearer token; the customs API basic credentials.
tracking = requests.get("https://tracking.acme-carrier.com/v1/shipments", headers={"Accept": "application/json", "Authorization": "Bearer trk_live_9fQ2mX7vL4pZ8wK1nB6cR3tY"})  # want DBX104 `Authorization header of requests\.get is a literal Bearer credential`
customs = httpx.post("https://customs.acme-broker.com/api/declarations", headers={"Authorization": "Basic YWNtZS1yZWNvbjpDdXN0MG1zLTIwMjQh"}, json={"date": "2024-06-01"})  # want DBX104 `Authorization header of httpx\.post is a literal Basic credential`
