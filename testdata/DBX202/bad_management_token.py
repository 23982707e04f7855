import requests

TENANT = "contoso.onmicrosoft.com"
token_url = f"https://login.microsoftonline.com/{TENANT}/oauth2/token"
form = {"grant_type": "client_credentials", "client_id": "6f1c1d9e-3b1a-4d0e-9c5f-2a7b8c9d0e1f"}

db_resp = requests.post(token_url, data={**form, "resource": "https://management.core.windows.net/"})
db_token = db_resp.json()["access_token"]
mgmt_resp = requests.post(token_url, data={**form, "resource": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"})  # want DBX202 `asks for the Azure Databricks application ID \(the two tokens are swapped\?\)`
mgmt_token = mgmt_resp.json()["access_token"]

headers = {
    "Authorization": f"Bearer {db_token}",
    "X-Databricks-Azure-SP-Management-Token": mgmt_token,
    "X-Databricks-Azure-Workspace-Resource-Id": "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg-data/providers/Microsoft.Databricks/workspaces/ws-prod",
}
requests.get("https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list", headers=headers)
