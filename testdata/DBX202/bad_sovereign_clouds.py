# Databricks notebook source
# MAGIC %md
# MAGIC Tokens for the US Government and China workspaces.

# COMMAND ----------

import requests
import msal

GOV_TENANT = dbutils.widgets.get("gov_tenant")
client_id = dbutils.secrets.get(scope="gov-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="gov-sp", key="client-secret")

# The management token must come from the same cloud as the authority.
mgmt = requests.post(f"https://login.microsoftonline.us/{GOV_TENANT}/oauth2/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "resource": "https://management.core.windows.net/",  # want DBX202 "asks the Azure US Government authority for \"https://management.core.windows.net/\", a resource of Azure public cloud"
})

# COMMAND ----------

app = msal.ConfidentialClientApplication(client_id, client_credential=client_secret,
                                         authority="https://login.microsoftonline.com/contoso.partner.onmschina.cn")
cn_mgmt = app.acquire_token_for_client(scopes=["https://management.chinacloudapi.cn/.default"])  # want DBX202 "a resource of Azure China"

# COMMAND ----------

# A workspace URL kept in a constant, used two cells later.
GOV_WORKSPACE = "https://adb-1234567890123456.7.databricks.azure.us"  # want DBX202 "names the Databricks URL"

# COMMAND ----------

token = requests.post(f"https://login.microsoftonline.us/{GOV_TENANT}/oauth2/v2.0/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "scope": f"{GOV_WORKSPACE}/.default",
})
