# Databricks notebook source
# Service-principal token for the workspace API. WORKSPACE_URL is right as the
# API host; asking Azure AD for it as the token's resource is the defect, so the
# finding stands at get_token, not at the definition that the API calls share.
import requests
from azure.identity import ClientSecretCredential

WORKSPACE_URL = "https://adb-7391046285710364.4.azuredatabricks.net"

credential = ClientSecretCredential(
    tenant_id=dbutils.secrets.get("sp", "tenant-id"),
    client_id=dbutils.secrets.get("sp", "client-id"),
    client_secret=dbutils.secrets.get("sp", "client-secret"),
)
token = credential.get_token(WORKSPACE_URL).token  # want DBX202 "names the Databricks URL"

# COMMAND ----------

clusters = requests.get(
    f"{WORKSPACE_URL}/api/2.0/clusters/list",
    headers={"Authorization": f"Bearer {token}"},
).json()
