# Databricks notebook source
# MAGIC %md
# MAGIC ## Azure AD tokens, done right
# MAGIC Do not use the workspace URL (`resource=https://adb-1234567890123456.7.azuredatabricks.net`) or
# MAGIC `scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1e`: the resource is always the application ID.

# COMMAND ----------

import os
import requests

TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47"
DATABRICKS_RESOURCE_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
client_id = dbutils.secrets.get(scope="ingest-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="ingest-sp", key="client-secret")

# v1 with resource=, v2.0 with scope=<resource>/.default (also URL-encoded).
v1 = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "resource": DATABRICKS_RESOURCE_ID,
})
v2 = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token",
                   data=f"grant_type=client_credentials&client_id={client_id}&client_secret={client_secret}"
                        "&scope=2ff814a6-3304-4ab8-85cb-cd0e6f879c1d%2F.default")
# resource=https://adb-1234567890123456.7.azuredatabricks.net would fail: this comment is not code.

# COMMAND ----------

# Both Resource Manager audiences are valid, with or without the trailing slash.
for arm in ["https://management.core.windows.net/", "https://management.azure.com"]:
    requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
        "resource": "https://management.azure.com",
    })
mgmt = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "scope": "https://management.core.windows.net//.default",
})
graph = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "scope": "https://graph.microsoft.com/.default",
})

# COMMAND ----------

# Managed identity takes resource= on purpose.
imds = requests.get("http://169.254.169.254/metadata/identity/oauth2/token",
                    params={"api-version": "2018-02-01", "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"},
                    headers={"Metadata": "true"})
app_service = requests.get(os.environ["IDENTITY_ENDPOINT"],
                           params={"api-version": "2019-08-01", "resource": "https://management.azure.com/"},
                           headers={"X-IDENTITY-HEADER": os.environ["IDENTITY_HEADER"]})

# COMMAND ----------

import msal
from azure.identity import DefaultAzureCredential

app = msal.ConfidentialClientApplication(client_id, client_credential=client_secret,
                                         authority=f"https://login.microsoftonline.com/{TENANT_ID}")
result = app.acquire_token_for_client(scopes=["2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"])
public_app = msal.PublicClientApplication(client_id, authority=f"https://login.microsoftonline.com/{TENANT_ID}")
user = public_app.acquire_token_interactive(scopes=["2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/user_impersonation"])
token = DefaultAzureCredential().get_token("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default")

# Databricks' own dev and staging applications are not typos.
dev = app.acquire_token_for_client(scopes=["62a912ac-b58e-4c1d-89ea-b2dbfc7358fc/.default"])
staging = app.acquire_token_for_client(scopes=["4a67d088-db5c-48f1-9ff2-0aace800ae68/.default"])
# An unrelated GUID is not a typo either.
other = app.acquire_token_for_client(scopes=["00000003-0000-0000-c000-000000000000/.default"])
requested = app.acquire_token_for_client(scopes=[dbutils.widgets.get("scope")])

# COMMAND ----------

# Other identity providers have /oauth2/token endpoints too.
instance_url = dbutils.widgets.get("salesforce_instance_url")
sf = requests.post(f"{instance_url}/services/oauth2/token", data={"grant_type": "client_credentials", "scope": "api"})
adfs_host = dbutils.widgets.get("adfs_host")
adfs = requests.post(f"https://{adfs_host}/adfs/oauth2/token", data={"grant_type": "client_credentials", "scope": "openid"})
