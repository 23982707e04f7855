"""REST helpers for the ads platform: scopes for partners, SQL statement API, partner reporting API."""
import os

import aiohttp
import httpx
import requests

HOST = "https://dbc-7f3a9c21-5e4b.cloud.databricks.com"
ADMIN_TOKEN = os.environ.get("DATABRICKS_TOKEN")

SCOPE_BODY = '''{
  "scope": "%(scope)s",
  "initial_manage_principal": "%(manager)s"
}'''


def create_partner_scope(name):
    return requests.post(
        f"{HOST}/api/2.0/secrets/scopes/create",
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
        data=SCOPE_BODY % {"scope": name, "manager": "users"},
        timeout=30,
    )


def create_team_scope(name):
    return requests.post(
        f"{HOST}/api/2.0/secrets/scopes/create",
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
        json={"scope": name},
        timeout=30,
    )


def statement_client():
    return httpx.Client(
        base_url=HOST,
        headers={"Authorization": "Bearer dapif804beb42d77d190f9bd6183a0de9205"},
        timeout=60,
    )


def partner_report(day):
    return requests.get(
        "https://api.adx-partner.com/v3/reports/delivery",
        params={"date": day},
        auth=("adsco-reporting", "Adx-Rpt-9mK4wQ2z"),
        timeout=60,
    ).json()


async def partner_report_async(day):
    auth = aiohttp.BasicAuth("adsco-reporting", os.environ["ADX_REPORTING_PASSWORD"])
    async with aiohttp.ClientSession(auth=auth) as session:
        async with session.get("https://api.adx-partner.com/v3/reports/delivery", params={"date": day}) as resp:
            return await resp.json()
