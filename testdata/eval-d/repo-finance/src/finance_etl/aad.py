"""Entra ID tokens for calling the Databricks REST API from the close orchestrator."""
import os

import msal
import requests
from azure.identity import ClientSecretCredential, DefaultAzureCredential

TENANT_ID = "6f1c2b8e-3a4d-4e5f-9a7b-1c2d3e4f5a6b"
CLIENT_ID = "0b7c6d5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e"
DATABRICKS_APP = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
WORKSPACE_URL = "https://adb-7391046285710364.4.azuredatabricks.net"


def close_orchestrator_credential():
    return ClientSecretCredential(
        tenant_id=TENANT_ID,
        client_id=CLIENT_ID,
        client_secret="V7a8Q~HxgbrOdICu9tg7d-OYnTb_N2h6GgDPk",
    )


def workspace_token():
    cred = close_orchestrator_credential()
    return cred.get_token(f"{WORKSPACE_URL}/.default").token


def management_token():
    return DefaultAzureCredential().get_token("https://management.core.windows.net/.default").token


def pipeline_token():
    app = msal.ConfidentialClientApplication(
        CLIENT_ID,
        authority=f"https://login.microsoftonline.com/{TENANT_ID}",
        client_credential=os.environ["CLOSE_SP_SECRET"],
    )
    result = app.acquire_token_for_client(scopes=[f"{DATABRICKS_APP}/.default"])
    return result["access_token"]


def list_clusters():
    token = workspace_token()
    resp = requests.get(f"{WORKSPACE_URL}/api/2.0/clusters/list",
                        headers={"Authorization": f"Bearer {token}"}, timeout=30)
    resp.raise_for_status()
    return resp.json()["clusters"]
