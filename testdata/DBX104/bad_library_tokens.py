# Databricks notebook source
# MAGIC %md
# MAGIC # Usage report across the analytics workspaces
# MAGIC Reads query history from each workspace and the account's billable usage.

# COMMAND ----------

from databricks import sql
from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config

# COMMAND ----------

# An Entra ID access token copied from `az account get-access-token` for the first run.
analytics = WorkspaceClient(host="https://adb-1122334455667788.8.azuredatabricks.net", token="eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiIyZmY4MTRhNiJ9.Jq3xV9bTzP0fW2mK7sR4yL8nC1dE6hG5aB0")  # want DBX104 `WorkspaceClient\(token=…\) is given a literal databricks-sdk credential`
reporting = WorkspaceClient(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret="X7pLm2Qr9Tz4Vw8Ks1Nb6Hc3Jd5Fg0Ay")  # want DBX104 `WorkspaceClient\(client_secret=…\) is given a literal databricks-sdk credential`
account = AccountClient(host="https://accounts.cloud.databricks.com", account_id="3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret="Q4wE8rT2yU6iO0pA3sD7fG1hJ5kL9zXc")  # want DBX104 `AccountClient\(client_secret=…\) is given a literal databricks-sdk credential`
legacy_account = AccountClient(host="https://accounts.cloud.databricks.com", account_id="3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", token="N8bV4cX2zL6kJ0hG3fD7sA1pO5iU9yTr")  # want DBX104 `AccountClient\(token=…\) is given a literal databricks-sdk credential`
cfg = Config(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", token="M3nB7vC1xZ5lK9jH2gF6dS0aP4oI8uYt")  # want DBX104 `Config\(token=…\) is given a literal databricks-sdk credential`
m2m_cfg = Config(host="https://dbc-7f3e2a1b-9c8d.cloud.databricks.com", client_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", client_secret="R5tY9uI3oP7aS1dF4gH8jK2lZ6xC0vBn")  # want DBX104 `Config\(client_secret=…\) is given a literal databricks-sdk credential`

# COMMAND ----------

with sql.connect(server_hostname="adb-1122334455667788.8.azuredatabricks.net",
                 http_path="/sql/1.0/warehouses/4f2a9c1e7b3d5a60",
                 access_token="eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2FnZS1yZXBvcnQifQ.Vb8nK2mQ5xR9tZ1wY4pL7sC3dF6gH0jA") as conn:  # want DBX104 `sql\.connect\(access_token=…\) is given a literal databricks-sql-connector credential`
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM system.query.history WHERE start_time > current_date() - INTERVAL 7 DAYS")
        history = cur.fetchall()
