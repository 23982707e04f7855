"""Token helpers for the IoT pipeline.

M2M flow, for reference::

    curl -u "$CLIENT_ID:$CLIENT_SECRET" https://<workspace-host>/oidc/v1/token \
         -d 'grant_type=client_credentials&scope=all-apis'
"""
from __future__ import annotations

import time
from functools import lru_cache

import requests
from databricks.sdk import WorkspaceClient
from databricks.sdk.core import Config

from .settings import SP_CLIENT_ID, SP_CLIENT_SECRET, DatabricksSettings

_TIMEOUT = 20


def oidc_token_url(host: str) -> str:
    return f"{host.rstrip('/')}/oidc/v1/token"


def account_token_url(account_id: str) -> str:
    return f"https://accounts.cloud.databricks.com/oidc/accounts/{account_id}/v1/token"


@lru_cache(maxsize=4)
def _cached(host: str, client_id: str, bucket: int) -> str:  # bucket = 50-minute window
    resp = requests.post(
        oidc_token_url(host),
        auth=(client_id, SP_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "all-apis"},
        timeout=_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def m2m_token(host: str, client_id: str = SP_CLIENT_ID) -> str:
    return _cached(host, client_id, int(time.time() // 3000))


def sql_token(host: str, client_id: str, client_secret: str) -> str:
    """Token for the BI extract (SQL warehouses only)."""
    resp = requests.post(
        oidc_token_url(host),
        auth=(client_id, client_secret),
        data={"grant_type": "client_credentials", "scope": "sql"},
        timeout=_TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def workspace_client(settings: DatabricksSettings | None = None) -> WorkspaceClient:
    s = settings or DatabricksSettings()
    cfg = Config(
        host=s.host,
        client_id=s.client_id or SP_CLIENT_ID,
        client_secret=s.client_secret.get_secret_value() if s.client_secret else SP_CLIENT_SECRET,
        scopes=["all-apis"],
    )
    return WorkspaceClient(config=cfg)


def bi_client(settings: DatabricksSettings | None = None) -> WorkspaceClient:
    s = settings or DatabricksSettings()
    return WorkspaceClient(
        host=s.host,
        client_id=s.client_id,
        client_secret=s.client_secret.get_secret_value() if s.client_secret else None,
        scopes=s.oauth_scopes,
    )
