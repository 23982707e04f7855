# Databricks notebook source
# MAGIC %md
# MAGIC Tokens for the BI tools, created through one helper.

# COMMAND ----------

import requests
from databricks.sdk import WorkspaceClient

HOST = dbutils.secrets.get("ops", "workspace-url")
HEADERS = {"Authorization": f"Bearer {dbutils.secrets.get('ops', 'admin-pat')}"}
SECONDS_PER_DAY = 24 * 60 * 60


def create_token(comment, days=365):  # want DBX203 `lifetime_seconds 31536000 is 365 days`
    resp = requests.post(f"{HOST}/api/2.0/token/create", headers=HEADERS,
                         json={"comment": comment, "lifetime_seconds": days * 24 * 3600})
    resp.raise_for_status()
    return resp.json()["token_value"]


def sdk_token(comment, lifetime_days):
    w = WorkspaceClient()
    return w.tokens.create(comment=comment, lifetime_seconds=lifetime_days * SECONDS_PER_DAY)

# COMMAND ----------

looker = create_token("looker")
tableau = create_token("tableau", days=30)
powerbi = create_token("powerbi", 180)  # want DBX203 `lifetime_seconds 15552000 is 180 days`
qlik = sdk_token("qlik", 400)  # want DBX203 `lifetime_seconds 34560000 is 400 days`
sigma = sdk_token("sigma", lifetime_days=60)
