# Databricks notebook source
# MAGIC %md
# MAGIC ## Refresh the ingestion service principal's OAuth token
# MAGIC The token endpoint is `/oidc/v1/token`; we used to ask for `scope=all-apis` here.

# COMMAND ----------

import requests

workspace_url = "https://adb-1234567890123456.7.azuredatabricks.net"
client_id = dbutils.secrets.get(scope="ingest-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="ingest-sp", key="client-secret")

# COMMAND ----------

resp = requests.post(
    f"{workspace_url}/oidc/v1/token",
    auth=(client_id, client_secret),
    data={"grant_type": "client_credentials", "scope": "all-apis"},  # want DBX201 `OAuth token request \(requests.post\) asks for the "all-apis" scope`
)
resp.raise_for_status()
token = resp.json()["access_token"]

# COMMAND ----------

# A urlencoded body with a second scope.
resp = requests.post(workspace_url + "/oidc/v1/token", auth=(client_id, client_secret),
                     data="grant_type=client_credentials&scope=offline_access%20all-apis")  # want DBX201 "all-apis"

# COMMAND ----------

TOKEN_SCOPE = "all-apis"  # want DBX201 `OAuth token request \(requests.post\) asks`
payload = {"grant_type": "client_credentials", "scope": TOKEN_SCOPE}
resp = requests.post(f"{workspace_url}/oidc/v1/token", data=payload, auth=(client_id, client_secret))

# COMMAND ----------

from databricks.sdk import WorkspaceClient
from databricks.sdk.core import Config

w = WorkspaceClient(host=workspace_url, client_id=client_id, client_secret=client_secret,
                    scopes=["all-apis"])  # want DBX201 "Databricks SDK configuration asks"
cfg = Config(host=workspace_url, client_id=client_id, client_secret=client_secret, scopes="sql all-apis")  # want DBX201 "SDK configuration"

# COMMAND ----------

# MAGIC %sh
# MAGIC curl -s -X POST "https://adb-1234567890123456.7.azuredatabricks.net/oidc/v1/token" \
# MAGIC   -u "$CLIENT_ID:$CLIENT_SECRET" \
# MAGIC   -d 'grant_type=client_credentials&scope=all-apis' # want DBX201 `OAuth token request \(curl\)`
