# Databricks notebook source
# MAGIC %md
# MAGIC # Calling the workspace API as the ingestion service principal
# MAGIC Tokens are asked for the Azure Databricks application, whatever the workspace.

# COMMAND ----------

import adal
import msal
from azure.identity import ClientSecretCredential

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
CLIENT_ID = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f"
DATABRICKS_APP = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
sp_secret = dbutils.secrets.get("ingest", "sp-secret")

# COMMAND ----------

ctx = adal.AuthenticationContext(f"https://login.microsoftonline.com/{TENANT}")
legacy = ctx.acquire_token_with_client_credentials("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", CLIENT_ID, sp_secret)
legacy_kw = ctx.acquire_token_with_client_credentials(resource=DATABRICKS_APP, client_id=CLIENT_ID, client_secret=sp_secret)
arm = ctx.acquire_token_with_client_credentials("https://management.core.windows.net/", CLIENT_ID, sp_secret)

# COMMAND ----------

cred = ClientSecretCredential(TENANT, CLIENT_ID, sp_secret)
token = cred.get_token("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default")

app = msal.ConfidentialClientApplication(CLIENT_ID, sp_secret, authority=f"https://login.microsoftonline.com/{TENANT}")
result = app.acquire_token_for_client(scopes=[f"{DATABRICKS_APP}/.default"])
vault = hvac_client.get_token("ingest-role")
