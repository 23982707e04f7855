"""Token helpers for the ML pipeline (REST calls from the orchestration container)."""

from __future__ import annotations

import os

import msal
import requests
from azure.identity import DefaultAzureCredential, ManagedIdentityCredential
from databricks.sdk import WorkspaceClient

AZURE_DATABRICKS_APP_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
TENANT_ID = os.environ.get("AZURE_TENANT_ID", "273c4f1c-3259-48f4-95ca-f8a9886ce69c")
WORKSPACE_HOST = "https://adb-7720331945501842.2.azuredatabricks.net"


def aad_token_v2_legacy(client_id: str, client_secret: str) -> str:
    """Entra ID token for the orchestration container (kept for the old scheduler)."""
    resp = requests.post(
        f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
            "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def aad_token_msal(client_id: str, client_secret: str) -> str:
    app = msal.ConfidentialClientApplication(
        client_id,
        authority=f"https://login.microsoftonline.com/{TENANT_ID}",
        client_credential=client_secret,
    )
    result = app.acquire_token_for_client(scopes=[f"{AZURE_DATABRICKS_APP_ID}/.default"])
    return result["access_token"]


def aad_token_managed_identity() -> str:
    return ManagedIdentityCredential().get_token("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default").token


def arm_token() -> str:
    return DefaultAzureCredential().get_token("https://management.core.windows.net//.default").token


def databricks_oauth_token() -> str:
    """Databricks OAuth M2M token for the ml-orchestrator service principal."""
    resp = requests.post(
        f"{WORKSPACE_HOST}/oidc/v1/token",
        auth=(os.environ["ML_SP_CLIENT_ID"], os.environ["ML_SP_CLIENT_SECRET"]),
        data={"grant_type": "client_credentials", "scope": "all-apis"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def workspace_client() -> WorkspaceClient:
    return WorkspaceClient(
        host=WORKSPACE_HOST,
        client_id="e9f1eb5f-0871-45d7-8975-caebb35f6e7e",
        client_secret="doseXXrQxUYnutJHEdUboipMrIKSFMsyXaqJ",
    )


def workspace_client_from_env() -> WorkspaceClient:
    return WorkspaceClient(
        host=os.environ["DATABRICKS_HOST"],
        client_id=os.environ["DATABRICKS_CLIENT_ID"],
        client_secret=os.environ["DATABRICKS_CLIENT_SECRET"],
    )
