#!/usr/bin/env python3
"""Fetch Entra ID (Azure AD) tokens for Databricks automation.

Used by the ADF custom activities and the cost exporter. SP credentials come from the environment:
AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET.

Resources:
  * Azure Databricks: 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d (same app id in every cloud)
  * ARM: https://management.core.windows.net/ (what the SDK sends as X-Databricks-Azure-SP-Management-Token)

Example (v1)::

    curl -d "grant_type=client_credentials&client_id=...&client_secret=...&resource=<workspace-url>" \
         https://login.microsoftonline.com/<tenant>/oauth2/token          # <- WRONG, see PLAT-733
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Dict

import requests

DATABRICKS_APP_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"
TIMEOUT = 30


@dataclass(frozen=True)
class Cloud:
    login: str
    arm: str


CLOUDS: Dict[str, Cloud] = {
    "public": Cloud("https://login.microsoftonline.com", "https://management.core.windows.net/"),
    "usgov": Cloud("https://login.microsoftonline.us", "https://management.core.usgovcloudapi.net/"),
    "china": Cloud("https://login.chinacloudapi.cn", "https://management.core.chinacloudapi.cn/"),
}


def v1_token_url(cloud: Cloud, tenant: str) -> str:
    return f"{cloud.login}/{tenant}/oauth2/token"


def v2_token_url(cloud: Cloud, tenant: str) -> str:
    return f"{cloud.login}/{tenant}/oauth2/v2.0/token"


def _sp() -> tuple[str, str, str]:
    return os.environ["AZURE_TENANT_ID"], os.environ["AZURE_CLIENT_ID"], os.environ["AZURE_CLIENT_SECRET"]


def _post(url: str, form: Dict[str, str]) -> str:
    resp = requests.post(url, data=form, timeout=TIMEOUT)
    if resp.status_code != 200:
        sys.exit(f"token request failed: {resp.status_code} {resp.text[:300]}")
    return resp.json()["access_token"]


def databricks_token(cloud: str = "public") -> str:
    tenant, cid, secret = _sp()
    return _post(v1_token_url(CLOUDS[cloud], tenant), {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "resource": DATABRICKS_APP_ID,
    })


def databricks_token_v2(cloud: str = "public") -> str:
    tenant, cid, secret = _sp()
    return _post(v2_token_url(CLOUDS[cloud], tenant), {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default",
    })


def management_token(cloud: str = "public") -> str:
    """ARM token, sent as X-Databricks-Azure-SP-Management-Token when the SP is not a workspace user yet."""
    tenant, cid, secret = _sp()
    c = CLOUDS[cloud]
    return _post(v1_token_url(c, tenant), {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "resource": c.arm,
    })


def cost_api_token() -> str:
    tenant, cid, secret = _sp()
    return _post(f"https://login.microsoftonline.com/{tenant}/oauth2/token", {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "resource": "https://management.azure.com/",
    })


def bi_gateway_token() -> str:
    # the Power BI gateway still calls this with the workspace URL (PLAT-733)
    tenant, cid, secret = _sp()
    return _post(v1_token_url(CLOUDS["public"], tenant), {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "resource": "https://adb-4417328716381952.12.azuredatabricks.net",
    })


def sql_export_token() -> str:
    tenant, cid, secret = _sp()
    return _post(v1_token_url(CLOUDS["public"], tenant), {
        "grant_type": "client_credentials",
        "client_id": cid,
        "client_secret": secret,
        "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1b",
    })


def msi_token(resource: str = DATABRICKS_APP_ID) -> str:
    """Managed identity on the self-hosted ADF integration runtime VM (IMDS takes resource=, not scope=)."""
    resp = requests.get(
        "http://169.254.169.254/metadata/identity/oauth2/token",
        params={"api-version": "2018-02-01", "resource": resource},
        headers={"Metadata": "true"},
        timeout=TIMEOUT,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


TARGETS = {
    "databricks": databricks_token,
    "databricks-v2": databricks_token_v2,
    "management": management_token,
    "cost": cost_api_token,
    "bi-gateway": bi_gateway_token,
    "sql-export": sql_export_token,
    "msi": msi_token,
}

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("target", choices=sorted(TARGETS))
    args = ap.parse_args()
    print(TARGETS[args.target]())
