# Databricks notebook source
# MAGIC %md
# MAGIC # Calling the workspace API as the ingestion service principal
# MAGIC Older jobs still use ADAL; newer ones use azure-identity and MSAL.

# COMMAND ----------

import adal
import msal
from azure.identity import ClientSecretCredential

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
CLIENT_ID = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"
WORKSPACE = "https://adb-2233445566778899.9.azuredatabricks.net"
sp_secret = dbutils.secrets.get("ingest", "sp-secret")

# COMMAND ----------

ctx = adal.AuthenticationContext(f"https://login.microsoftonline.com/{TENANT}")
legacy = ctx.acquire_token_with_client_credentials("https://adb-2233445566778899.9.azuredatabricks.net", CLIENT_ID, sp_secret)  # want DBX202 `Azure AD v1 token request \(adal\) names the Databricks URL`
legacy_kw = ctx.acquire_token_with_client_credentials(resource="https://adb-2233445566778899.9.azuredatabricks.net/", client_id=CLIENT_ID, client_secret=sp_secret)  # want DBX202 `Azure AD v1 token request \(adal\) names the Databricks URL`

# COMMAND ----------

cred = ClientSecretCredential(TENANT, CLIENT_ID, sp_secret)
token = cred.get_token("https://adb-2233445566778899.9.azuredatabricks.net/.default")  # want DBX202 `azure.identity get_token names the Databricks URL`

app = msal.ConfidentialClientApplication(CLIENT_ID, sp_secret, authority=f"https://login.microsoftonline.com/{TENANT}")
result = app.acquire_token_for_client(scopes=["https://adb-2233445566778899.9.azuredatabricks.net/.default"])  # want DBX202 `msal token request names the Databricks URL`
