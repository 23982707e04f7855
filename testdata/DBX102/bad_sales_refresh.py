# Databricks notebook source
# MAGIC %md
# MAGIC # Sales refresh
# MAGIC Calls the Jobs API of the reporting workspace. The token for it used to be
# MAGIC `dapiac9b85b194732f106eff180f9f911e98` until we moved it to a secret scope. # want DBX102 "personal access token"

# COMMAND ----------

import requests

REPORTING_HOST = "https://adb-7310468823045512.12.azuredatabricks.net"
dapi_token_url = f"{REPORTING_HOST}/api/2.0/token/list"
reporting_token = "dapi1b88dfffb1417938946728f5f31de110"  # want DBX102 `personal access token written in the file \("dapi…e110"\)`

# COMMAND ----------

# old token, kept for the backfill: dapiebe119f5004f0bc63dc3bcdb97b50089-2  # want DBX102 "personal access token"
resp = requests.post(
    f"{REPORTING_HOST}/api/2.1/jobs/run-now",
    headers={"Authorization": f"Bearer {reporting_token}"},
    json={"job_id": 912847113},
)

# COMMAND ----------

jdbc_url = (
    "jdbc:databricks://adb-7310468823045512.12.azuredatabricks.net:443/default;"
    "transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/5f2a9c1e7b3d4a60;"
    "AuthMech=3;UID=token;PWD=dapi94864b6920f01405bf20946f44afaedd"  # want DBX102 "personal access token"
)

# COMMAND ----------

# MAGIC %sh
# MAGIC curl -s "https://adb-7310468823045512.12.azuredatabricks.net/api/2.0/clusters/list" \
# MAGIC   -H "Authorization: Bearer dapi86f375c1fdd9c402d7dd0255e0a06ab2"  # want DBX102 "personal access token"
