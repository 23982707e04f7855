# Databricks notebook source
# MAGIC %md
# MAGIC # Service principal logins for the cross-tenant data share
# MAGIC The service principal's secret is kept in the `partner-share` secret scope.

# COMMAND ----------

import os

import adal
import msal
from azure.common.credentials import ServicePrincipalCredentials
from azure.identity import ClientSecretCredential
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config

TENANT = "5f3c9a21-7d4e-4b8a-9c6f-1e2d3a4b5c6d"
CLIENT_ID = "a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
AUTHORITY = f"https://login.microsoftonline.com/{TENANT}"
sp_secret = dbutils.secrets.get(scope="partner-share", key="sp-secret")

# COMMAND ----------

storage_cred = ClientSecretCredential(tenant_id=TENANT, client_id=CLIENT_ID, client_secret=sp_secret)
app = msal.ConfidentialClientApplication(CLIENT_ID, sp_secret, authority=AUTHORITY)
ctx = adal.AuthenticationContext(AUTHORITY)
arm_token = ctx.acquire_token_with_client_credentials("https://management.core.windows.net/", CLIENT_ID, sp_secret)
legacy = ServicePrincipalCredentials(client_id=CLIENT_ID, secret=os.environ["AZURE_CLIENT_SECRET"], tenant=TENANT)

# COMMAND ----------

partner = WorkspaceClient(host="https://adb-7788990011223344.4.azuredatabricks.net", azure_tenant_id=TENANT,
                          azure_client_id=CLIENT_ID, azure_client_secret=sp_secret)
partner_account = AccountClient(host="https://accounts.azuredatabricks.net", account_id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                azure_tenant_id=TENANT, azure_client_id=CLIENT_ID, azure_client_secret="<client-secret>")
partner_cfg = Config(host="https://adb-7788990011223344.4.azuredatabricks.net", azure_tenant_id=TENANT,
                     azure_client_id=CLIENT_ID, azure_client_secret=os.environ.get("ARM_CLIENT_SECRET"))
