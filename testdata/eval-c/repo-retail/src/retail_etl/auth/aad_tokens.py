"""Azure AD tokens for calling Databricks and ARM from the store-sync Function App.

A service principal that is not yet a workspace user needs two tokens:

* an AAD token for the Azure Databricks resource, sent as ``Authorization: Bearer``;
* an ARM token, sent as ``X-Databricks-Azure-SP-Management-Token``.

Example with the v1 endpoint::

    curl -X POST https://login.microsoftonline.com/<tenant>/oauth2/token \\
      -d 'grant_type=client_credentials&client_id=<app-id>&client_secret=<secret>&resource=<resource>'
"""

from __future__ import annotations

import os

import requests

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZURE_CLIENT_SECRET"]

AAD_V1 = f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token"
AAD_V2 = f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token"

WORKSPACE_URL = "https://adb-6926700024482267.7.azuredatabricks.net"
WORKSPACE_RESOURCE_ID = (
    "/subscriptions/3fb9b91e-ba13-400a-bc97-cd7733e2a80f/resourceGroups/rg-retail-dbx-prod"
    "/providers/Microsoft.Databricks/workspaces/dbw-retail-prod"
)


def databricks_token() -> str:
    """AAD token for the workspace REST API."""
    resp = requests.post(
        AAD_V1,
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "resource": "https://adb-6926700024482267.7.azuredatabricks.net",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def management_token() -> str:
    """ARM token for the X-Databricks-Azure-SP-Management-Token header."""
    resp = requests.post(
        AAD_V1,
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "resource": "https://management.azure.com",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def storage_token() -> str:
    """Token for ADLS Gen2 (v2.0 endpoint)."""
    resp = requests.post(
        AAD_V2,
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": "https://storage.azure.com/.default",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def sql_warehouse_token() -> str:
    """Token for the SQL warehouse used by the store-ops API (v2.0 endpoint)."""
    resp = requests.post(
        AAD_V2,
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def workspace_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {databricks_token()}",
        "X-Databricks-Azure-SP-Management-Token": management_token(),
        "X-Databricks-Azure-Workspace-Resource-Id": WORKSPACE_RESOURCE_ID,
    }


def list_clusters() -> list[dict]:
    resp = requests.get(f"{WORKSPACE_URL}/api/2.1/clusters/list", headers=workspace_headers(), timeout=30)
    resp.raise_for_status()
    return resp.json().get("clusters", [])
