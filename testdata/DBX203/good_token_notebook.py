# Databricks notebook source
import requests
from databricks.sdk import WorkspaceClient

host = dbutils.secrets.get(scope="ops", key="workspace-url")
admin_token = dbutils.secrets.get(scope="ops", key="admin-pat")
lifetime = int(dbutils.widgets.get("lifetime_seconds"))

# COMMAND ----------

requests.post(
    f"{host}/api/2.0/token/create",
    headers={"Authorization": f"Bearer {admin_token}"},
    json={"comment": "looker", "lifetime_seconds": 2592000},
)
requests.get(f"{host}/api/2.0/token/list", headers={"Authorization": f"Bearer {admin_token}"})

# COMMAND ----------

w = WorkspaceClient()
w.tokens.create(comment="ci", lifetime_seconds=7776000)
w.tokens.create(comment="per-run", lifetime_seconds=lifetime)
opts = load_token_options()
w.tokens.create(**opts)
w.token_management.create_obo_token(application_id=sp_app_id, comment="etl", lifetime_seconds=3600)
w.workspace_conf.set_status({"maxTokenLifetimeDays": "30", "enableTokensConfig": "true"})
print("tokens.create without lifetime_seconds is not allowed here")

# COMMAND ----------

# MAGIC %md
# MAGIC Never run `w.tokens.create(comment="x")` without a lifetime.
