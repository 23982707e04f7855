# Databricks notebook source
# MAGIC %md
# MAGIC # Dashboard refresher: runs as the reporting service principal

# COMMAND ----------

import os

from databricks.sdk import AccountClient, WorkspaceClient
from databricks.sdk.core import Config

HOST = "https://dbc-5a6b7c8d-9e0f.cloud.databricks.com"
CLIENT_ID = os.environ["REPORTING_CLIENT_ID"]
CLIENT_SECRET = dbutils.secrets.get("reporting", "oauth-secret")

# COMMAND ----------

w = WorkspaceClient(host=HOST, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, scopes=["sql", "all-apis"])  # want DBX201 `asks for the "all-apis" scope`
a = AccountClient(host="https://accounts.cloud.databricks.com", account_id=os.environ["ACCOUNT_ID"], client_id=CLIENT_ID, client_secret=CLIENT_SECRET, scopes=["all-apis"])  # want DBX201 `asks for the "all-apis" scope`
cfg = Config(host=HOST, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, scopes="all-apis offline_access")  # want DBX201 `asks for the "all-apis" scope`
