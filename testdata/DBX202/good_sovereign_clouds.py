# Databricks notebook source
import requests
import msal

GOV_TENANT = dbutils.widgets.get("gov_tenant")
client_id = dbutils.secrets.get(scope="gov-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="gov-sp", key="client-secret")

# The application ID is the same in every cloud.
token = requests.post(f"https://login.microsoftonline.us/{GOV_TENANT}/oauth2/v2.0/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default",
})
mgmt = requests.post(f"https://login.microsoftonline.us/{GOV_TENANT}/oauth2/token", data={
    "grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret,
    "resource": "https://management.core.usgovcloudapi.net/",
})
app = msal.ConfidentialClientApplication(client_id, client_credential=client_secret,
                                         authority="https://login.chinacloudapi.cn/contoso.partner.onmschina.cn")
cn_mgmt = app.acquire_token_for_client(scopes=["https://management.chinacloudapi.cn/.default"])
cn_db = app.acquire_token_for_client(scopes=["2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"])
