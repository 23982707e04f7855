"""Entra ID tokens for calling the workspace and ARM from the orchestration service."""
import os

import msal
import requests
from azure.identity import ClientSecretCredential, DefaultAzureCredential

TENANT_ID = "3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15"
CLIENT_ID = "9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43"
DATABRICKS_APP = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
WORKSPACE_URL = "https://adb-5823901746152837.17.azuredatabricks.net"


class EntraConfig:
    def __init__(self, tenant_id, client_id, client_secret):
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.client_secret = client_secret

    def credential(self):
        return ClientSecretCredential(self.tenant_id, self.client_id, self.client_secret)


ORCHESTRATOR = EntraConfig(TENANT_ID, CLIENT_ID, "Ow03Q~Oa4Um_Eirf9UtJSIzO8.17S3EQp6yOwPti")
FROM_ENV = EntraConfig(TENANT_ID, CLIENT_ID, os.environ["AZURE_CLIENT_SECRET"])


def workspace_token():
    return ORCHESTRATOR.credential().get_token(f"{DATABRICKS_APP}/.default").token


def scim_token():
    return ORCHESTRATOR.credential().get_token(f"{WORKSPACE_URL}/.default").token


def arm_token():
    return DefaultAzureCredential().get_token("https://management.core.windows.net//.default").token


def msal_app(secret):
    return msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=secret)


def msal_token(app):
    return app.acquire_token_for_client(scopes=[DATABRICKS_APP])["access_token"]


def list_clusters():
    r = requests.get(f"{WORKSPACE_URL}/api/2.0/clusters/list",
                     headers={"Authorization": f"Bearer {workspace_token()}"})
    return r.json()


def v1_token(secret):
    body = {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": secret,
        "resource": DATABRICKS_APP,
    }
    return requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token", data=body).json()


def imds_token():
    return requests.get("http://169.254.169.254/metadata/identity/oauth2/token",
                        params={"api-version": "2018-02-01", "resource": DATABRICKS_APP},
                        headers={"Metadata": "true"}).json()
