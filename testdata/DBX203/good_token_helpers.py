# Databricks notebook source
import requests
from databricks.sdk import WorkspaceClient

HOST = dbutils.secrets.get("ops", "workspace-url")
HEADERS = {"Authorization": f"Bearer {dbutils.secrets.get('ops', 'admin-pat')}"}
SECONDS_PER_DAY = 24 * 60 * 60
MAX_DAYS = 90


def create_token(comment, days=30):
    resp = requests.post(f"{HOST}/api/2.0/token/create", headers=HEADERS,
                         json={"comment": comment, "lifetime_seconds": days * 24 * 3600})
    resp.raise_for_status()
    return resp.json()["token_value"]


def sdk_token(comment, lifetime_days=MAX_DAYS):
    w = WorkspaceClient()
    return w.tokens.create(comment=comment, lifetime_seconds=lifetime_days * SECONDS_PER_DAY)

# COMMAND ----------

looker = create_token("looker")
tableau = create_token("tableau", days=7)
powerbi = create_token("powerbi", MAX_DAYS)
qlik = sdk_token("qlik")
sigma = sdk_token("sigma", lifetime_days=int(dbutils.widgets.get("days")))
