"""Pulls shipment events from the carrier portal, which only offers a password grant."""
import os

import httpx
import requests

TOKEN_URL = "https://auth.carrier-portal.com/oauth/token"
CLIENT_ID = "databricks-shipments"
password = dbutils.secrets.get("carrier", "svc-shipments-password")

form = "grant_type=password&client_id=%s&username=%s&password=%s" % (CLIENT_ID, "svc_shipments", password)
token = requests.post(TOKEN_URL, data=form, timeout=30).json()["access_token"]

login = requests.post(
    "https://api.carrier-portal.com/v2/login",
    json={"username": "svc_shipments", "password": os.environ["CARRIER_PASSWORD"]},
    timeout=30,
)
docs_example = requests.post("https://api.carrier-portal.com/v2/login", json={"username": "you@example.com", "password": "<your-password>"})


def legacy_login(user, pwd):
    body = '{"user": "%s", "pwd": "%s"}' % (user, pwd)
    return httpx.post("https://legacy.carrier-portal.com/api/session", content=body,
                      headers={"Content-Type": "application/json"})


session = legacy_login("svc_shipments", dbutils.secrets.get("carrier", "legacy-pwd"))
reset = requests.post("https://api.carrier-portal.com/v2/password/reset", data={"username": "svc_shipments", "password_policy": "strict"})
