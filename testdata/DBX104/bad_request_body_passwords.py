"""Pulls shipment events from the carrier portal, which only offers a password grant."""
import httpx
import requests

TOKEN_URL = "https://auth.carrier-portal.com/oauth/token"
CLIENT_ID = "databricks-shipments"

form = "grant_type=password&client_id=%s&username=%s&password=%s" % (CLIENT_ID, "svc_shipments", "Sh1pm3nts-Feed!")  # want DBX104 `the password body parameter of requests.post is a literal password`
token = requests.post(TOKEN_URL, data=form, timeout=30).json()["access_token"]

login = requests.post(
    "https://api.carrier-portal.com/v2/login",
    json={"username": "svc_shipments", "password": "P0rtal-L0gin-2024"},  # want DBX104 `the password body parameter of requests.post is a literal password`
    timeout=30,
)


def legacy_login(user, pwd):
    body = '{"user": "%s", "pwd": "%s"}' % (user, pwd)
    return httpx.post("https://legacy.carrier-portal.com/api/session", content=body,
                      headers={"Content-Type": "application/json"})


session = legacy_login("svc_shipments", "Leg4cy-Sess!on")  # want DBX104 `the pwd body parameter of httpx.post is a literal password`
