# Databricks notebook source
# MAGIC %md
# MAGIC # Provision tokens for the reporting tools
# MAGIC `databricks tokens create --comment forever` is what we used to run by hand.

# COMMAND ----------

import requests
from databricks.sdk import WorkspaceClient

host = dbutils.secrets.get(scope="ops", key="workspace-url")
admin_token = dbutils.secrets.get(scope="ops", key="admin-pat")
headers = {"Authorization": f"Bearer {admin_token}"}

# COMMAND ----------

resp = requests.post(
    f"{host}/api/2.0/token/create",
    headers=headers,
    json={"comment": "looker", "lifetime_seconds": 31536000},  # want DBX203 `lifetime_seconds 31536000 is 365 days`
)
resp.raise_for_status()

# COMMAND ----------

body = {"comment": "qlik"}
requests.post(host + "/api/2.0/token/create", headers=headers, json=body)  # want DBX203 `token request \(POST /api/2.0/token/create\) sets no lifetime_seconds`

requests.patch(f"{host}/api/2.0/workspace-conf", headers=headers, json={"maxTokenLifetimeDays": "365"})  # want DBX203 `maxTokenLifetimeDays "365"`

# COMMAND ----------

w = WorkspaceClient()
ci = w.tokens.create(comment="ci")  # want DBX203 `w.tokens.create without lifetime_seconds`
partner = w.tokens.create(comment="partner", lifetime_seconds=15552000)  # want DBX203 `w.tokens.create lifetime_seconds 15552000 is 180 days`
sp = w.token_management.create_obo_token(application_id=sp_app_id, comment="etl")  # want DBX203 `create_obo_token without lifetime_seconds: the token never expires`
yearly = w.tokens.create(comment="yearly", lifetime_seconds=365 * 86400)  # want DBX203 `365 days`
w.workspace_conf.set_status({"maxTokenLifetimeDays": "0"})  # want DBX203 `maxTokenLifetimeDays "0"`

# COMMAND ----------

# MAGIC %sh
# MAGIC databricks tokens create --comment "nightly-export" --lifetime-seconds 15552000 # want DBX203 `180 days`
