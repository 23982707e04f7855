# Databricks notebook source
# MAGIC %md
# MAGIC # Usage report across the analytics workspaces
# MAGIC Credentials come from the `usage-report` secret scope; the SDK reads the rest from the environment.

# COMMAND ----------

import os

from databricks import sql
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config

sp_secret = dbutils.secrets.get("usage-report", "sp-oauth-secret")

# COMMAND ----------

analytics = WorkspaceClient(host="https://adb-1122334455667788.8.azuredatabricks.net", token=dbutils.secrets.get("usage-report", "analytics-token"))
reporting = WorkspaceClient(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret=sp_secret)
account = AccountClient(host="https://accounts.cloud.databricks.com", account_id="3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret=sp_secret)
legacy_account = AccountClient(host="https://accounts.cloud.databricks.com", account_id="3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", token=os.environ["DATABRICKS_TOKEN"])
cfg = Config(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", token="<personal-access-token>")
m2m_cfg = Config(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret=os.getenv("DATABRICKS_CLIENT_SECRET"))

# COMMAND ----------

with sql.connect(server_hostname="adb-1122334455667788.8.azuredatabricks.net",
                 http_path="/sql/1.0/warehouses/4f2a9c1e7b3d5a60",
                 access_token=dbutils.secrets.get("usage-report", "warehouse-token")) as conn:
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM system.query.history WHERE start_time > current_date() - INTERVAL 7 DAYS")
        history = cur.fetchall()
