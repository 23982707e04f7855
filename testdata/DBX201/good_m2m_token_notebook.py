# Databricks notebook source
# MAGIC %md
# MAGIC ## Token for the BI refresh job
# MAGIC We ask for `sql` only. Do not use `scope=all-apis` here: that token could call every API.

# COMMAND ----------

import requests

workspace_url = "https://adb-1234567890123456.7.azuredatabricks.net"
client_id = dbutils.secrets.get(scope="ingest-sp", key="client-id")
client_secret = dbutils.secrets.get(scope="ingest-sp", key="client-secret")

# scope=all-apis would work too, but sql is all this job needs.
resp = requests.post(
    f"{workspace_url}/oidc/v1/token",
    auth=(client_id, client_secret),
    data={"grant_type": "client_credentials", "scope": "sql"},
)

# COMMAND ----------

# Fine-grained API scopes, and a scope read from a widget.
resp = requests.post(workspace_url + "/oidc/v1/token", auth=(client_id, client_secret),
                     data="grant_type=client_credentials&scope=dashboards%20unity-catalog")
requested = dbutils.widgets.get("scope")
resp = requests.post(f"{workspace_url}/oidc/v1/token", data={"grant_type": "client_credentials", "scope": requested})

# COMMAND ----------

from databricks.sdk import WorkspaceClient

# No scopes: the SDK asks for all-apis by itself. That default is not reported.
w = WorkspaceClient(host=workspace_url, client_id=client_id, client_secret=client_secret)
w2 = WorkspaceClient(host=workspace_url, client_id=client_id, client_secret=client_secret, scopes=["sql"])

# A secret scope that happens to have the name is not an OAuth scope.
api_key = dbutils.secrets.get(scope="all-apis", key="partner-api-key")
print("all-apis")  # a string that is not a scope
status = "all-apis-readonly"
