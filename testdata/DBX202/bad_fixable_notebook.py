# Databricks notebook source
# MAGIC %md
# MAGIC ## Azure AD token for the ingestion service principal
# MAGIC Every request below is wrong in a way `bricklint --fix` can repair.

# COMMAND ----------

import requests

TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47"
client_id = dbutils.secrets.get(scope="ingest-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="ingest-sp", key="client-secret")
v1_url = f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token"
v2_url = f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token"

# COMMAND ----------

# v1 with the workspace URL as the resource.
resp = requests.post(v1_url, data={
    "grant_type": "client_credentials",
    "client_id": client_id,
    "client_secret": client_secret,
    "resource": "https://adb-1234567890123456.7.azuredatabricks.net/",  # want DBX202 `v1 token request \(requests.post\) names the Databricks URL`
})

# COMMAND ----------

# v2.0 with v1's resource= (AADSTS901002).
resp = requests.post(v2_url, data={
    "grant_type": "client_credentials",
    "client_id": client_id,
    "client_secret": client_secret,
    "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d",  # want DBX202 "v2.0 endpoint rejects"
})

# COMMAND ----------

# v2.0 with a bare application ID, and one with a typo.
resp = requests.post(v2_url, data={"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": client_secret,
                                   "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"})  # want DBX202 "a resource without a permission"
DATABRICKS_RESOURCE = "2ff814a6-3304-4ab8-85cb-cd0e6f879cd1"  # want DBX202 "is not the Azure Databricks application ID: it is 2 characters from"
resp = requests.post(v1_url, data={"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": client_secret, "resource": DATABRICKS_RESOURCE})

# COMMAND ----------

# v1 with v2.0's scope= (AADSTS900144), and v1 with /.default.
resp = requests.post(v1_url, data={"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": client_secret,
                                   "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"})  # want DBX202 "sends scope= without resource="
resp = requests.post(v1_url, data={"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": client_secret,
                                   "resource": "https://management.core.windows.net//.default"})  # want DBX202 "/.default belongs to v2.0 scopes"

# COMMAND ----------

# Client credentials with a delegated permission (AADSTS1002012).
resp = requests.post(v2_url, data={"grant_type": "client_credentials", "client_id": client_id,
                                   "client_secret": client_secret,
                                   "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/user_impersonation"})  # want DBX202 "only accepts <resource>/.default"

# COMMAND ----------

import msal

app = msal.ConfidentialClientApplication(client_id, client_credential=client_secret,
                                         authority=f"https://login.microsoftonline.com/{TENANT_ID}")
result = app.acquire_token_for_client(scopes=["https://adb-1234567890123456.7.azuredatabricks.net/.default"])  # want DBX202 "msal token request names the Databricks URL"

from azure.identity import ClientSecretCredential

credential = ClientSecretCredential(TENANT_ID, client_id, client_secret)
token = credential.get_token("2ff814a6-3304-4ab8-85cb-cd0e6f879c1f/.default")  # want DBX202 "1 character from"
mgmt = credential.get_token("https://management.core.windows.net/")  # want DBX202 "azure.identity get_token asks for scope"
