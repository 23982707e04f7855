# Databricks notebook source
# MAGIC %md
# MAGIC # Service principal logins for the cross-tenant data share
# MAGIC The share's storage and the partner workspace sit in the partner's tenant.

# COMMAND ----------

import adal
import msal
from azure.common.credentials import ServicePrincipalCredentials
from azure.identity import ClientSecretCredential
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config

TENANT = "5f3c9a21-7d4e-4b8a-9c6f-1e2d3a4b5c6d"
CLIENT_ID = "a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
AUTHORITY = f"https://login.microsoftonline.com/{TENANT}"

# COMMAND ----------

storage_cred = ClientSecretCredential(tenant_id=TENANT, client_id=CLIENT_ID, client_secret="u8j6Q~gjmUh_Bel31iEl2hpChYgCfrL1spNxnyVm")  # want DBX103 `Entra ID client secret written into ClientSecretCredential\(client_secret=…\)`
app = msal.ConfidentialClientApplication(CLIENT_ID, "JTe9Q~hA-2O76UMFxFkM-R5Kjp.1vRt~1fjORS-6", authority=AUTHORITY)  # want DBX103 `Entra ID client secret written into ConfidentialClientApplication argument`
ctx = adal.AuthenticationContext(AUTHORITY)
arm_token = ctx.acquire_token_with_client_credentials("https://management.core.windows.net/", CLIENT_ID, "e1f4Q~8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWD")  # want DBX103 `Entra ID client secret written into acquire_token_with_client_credentials argument`
legacy = ServicePrincipalCredentials(client_id=CLIENT_ID, secret="jfl2Q~DDb~xHKas1VOq.g6YYZYn9ZhyiA4uoRgna", tenant=TENANT)  # want DBX103 `Entra ID client secret written into ServicePrincipalCredentials\(secret=…\)`

# COMMAND ----------

partner = WorkspaceClient(host="https://adb-7788990011223344.4.azuredatabricks.net", azure_tenant_id=TENANT,
                          azure_client_id=CLIENT_ID, azure_client_secret="KjI1Q~UdjAWtGSU8po~799NksnRH9ucAUsdMlHUv")  # want DBX103 `Entra ID client secret written into WorkspaceClient\(azure_client_secret=…\)`
partner_account = AccountClient(host="https://accounts.azuredatabricks.net", account_id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                                azure_tenant_id=TENANT, azure_client_id=CLIENT_ID, azure_client_secret="wXo8Q~_QCyEZDz-TddJ8HyS5SUkCnD8zRA9a9Skp")  # want DBX103 `Entra ID client secret written into AccountClient\(azure_client_secret=…\)`
partner_cfg = Config(host="https://adb-7788990011223344.4.azuredatabricks.net", azure_tenant_id=TENANT,
                     azure_client_id=CLIENT_ID, azure_client_secret="6yY3Q~9w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBL_EP")  # want DBX103 `Entra ID client secret written into Config\(azure_client_secret=…\)`
