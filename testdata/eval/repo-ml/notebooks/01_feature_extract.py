# Databricks notebook source
# MAGIC %md
# MAGIC # 01 - Feature extract
# MAGIC
# MAGIC Builds the daily customer feature snapshot from the feature DB (Postgres), the sales warehouse
# MAGIC and the clickstream lake. Runs on the `ml-features` job cluster.
# MAGIC
# MAGIC **Auth notes**
# MAGIC * Storage: service principal `sp-ml-lake` via OAuth; the secret is in scope `ml-kv`.
# MAGIC * Jobs API calls use an OAuth token; the CLI asks for `scope=all-apis` unless told otherwise.
# MAGIC * JDBC: `.option("password", dbutils.secrets.get("ml-kv", "feature-db-password"))`, never a literal
# MAGIC   such as `.option("password", "P@ssw0rd")`.

# COMMAND ----------

dbutils.widgets.text("snapshot_date", "")
dbutils.widgets.text("feature_db_host", "ml-features-pg.postgres.database.azure.com")

snapshot_date = dbutils.widgets.get("snapshot_date")
feature_db_host = dbutils.widgets.get("feature_db_host")

# COMMAND ----------

import os
import requests
from pyspark.sql import functions as F

TENANT_ID = "273c4f1c-3259-48f4-95ca-f8a9886ce69c"
LAKE = "mllakeprod"

spark.conf.set(f"fs.azure.account.auth.type.{LAKE}.dfs.core.windows.net", "OAuth")
spark.conf.set(f"fs.azure.account.oauth.provider.type.{LAKE}.dfs.core.windows.net", "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
spark.conf.set(f"fs.azure.account.oauth2.client.id.{LAKE}.dfs.core.windows.net", "545791de-8bfc-4b02-a0b9-1299313d8927")
spark.conf.set(f"fs.azure.account.oauth2.client.secret.{LAKE}.dfs.core.windows.net", "rrA6Q~HcxOK_Xh8eOkTtUfSUfKkdIfPqFSQQJxGs")
spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{LAKE}.dfs.core.windows.net", f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/token")

# COMMAND ----------

# Dev lake: same pattern, secret from the scope.
spark.conf.set("fs.azure.account.oauth2.client.secret.mllakedev.dfs.core.windows.net", dbutils.secrets.get(scope="ml-kv", key="sp-ml-lake-secret"))

# Clickstream export from the web team (read-only SAS on their container, expires end of year).
spark.conf.set(
    "fs.azure.sas.clickstream.webexportprod.blob.core.windows.net",
    "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=Ge4FS%2Fz%2Fb2RovNpzO9vpSqUVtwRLQDHPSFJVPhYhKPA%3D",
)

# COMMAND ----------

feature_url = f"jdbc:postgresql://{feature_db_host}:5432/features?sslmode=require"
props = {"user": "ml_reader", "password": "Ml-R3ader!feat", "driver": "org.postgresql.Driver"}
customer_daily = spark.read.jdbc(feature_url, "features.customer_daily", properties=props)

# COMMAND ----------

segments = (
    spark.read.format("jdbc")
    .options(url=feature_url, dbtable="features.segments", user="ml_reader", password="Ml-Opt!0ns-2024")
    .load()
)

labels = (
    spark.read.format("jdbc")
    .options(url=feature_url, dbtable="features.churn_labels", user="ml_reader", password=os.getenv("FEATURE_DB_PASSWORD"))
    .load()
)

# COMMAND ----------

# Sales warehouse lives in the sales workspace; read the gold tables over JDBC.
sales_gold_url = "jdbc:databricks://adb-4417182398212345.5.azuredatabricks.net:443;httpPath=/sql/1.0/warehouses/8d3f2a91c0b5e7a4;AuthMech=3;UID=token;PWD=dapi0454fee939989973247ef9aa263bc623"
orders_gold = spark.read.format("jdbc").option("url", sales_gold_url).option("dbtable", "sales.gold.orders_daily").load()

# COMMAND ----------

# MAGIC %scala
# MAGIC import java.sql.DriverManager
# MAGIC val url = "jdbc:postgresql://ml-features-pg.postgres.database.azure.com:5432/features?sslmode=require"
# MAGIC val conn = DriverManager.getConnection(url, "ml_writer", "Sc@la-Wr1ter!")
# MAGIC try conn.createStatement().execute("ANALYZE features.customer_daily") finally conn.close()

# COMMAND ----------

# MAGIC %sh
# MAGIC # Trigger the downstream scoring job through the REST API with the ml-ci service principal.
# MAGIC TOKEN=$(curl -sS -X POST "$DATABRICKS_HOST/oidc/v1/token" \
# MAGIC   -u "$ML_SP_CLIENT_ID:$ML_SP_CLIENT_SECRET" \
# MAGIC   -d 'grant_type=client_credentials&scope=all-apis' | jq -r .access_token)
# MAGIC curl -sS -X POST "$DATABRICKS_HOST/api/2.1/jobs/run-now" -H "Authorization: Bearer $TOKEN" -d '{"job_id": 99120342}'

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS ml.features.campaign_touches
# MAGIC USING postgresql
# MAGIC OPTIONS (
# MAGIC   dbtable 'features.campaign_touches',
# MAGIC   host 'ml-features-pg.postgres.database.azure.com',
# MAGIC   port '5432',
# MAGIC   database 'features',
# MAGIC   user secret('ml-kv', 'feature-db-user'),
# MAGIC   password secret('ml-kv', 'feature-db-password')
# MAGIC )

# COMMAND ----------

host = spark.conf.get("spark.databricks.workspaceUrl")
api_token = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiToken().get()

# Token for the model-serving smoke test that runs from the partner's network.
serving_token = requests.post(
    f"https://{host}/api/2.0/token/create",
    headers={"Authorization": f"Bearer {api_token}"},
    json={"comment": "model serving smoke test", "lifetime_seconds": 15552000},
).json()["token_value"]

# Throwaway token for the feature-store sync below.
sync_token = requests.post(
    f"https://{host}/api/2.0/token/create",
    headers={"Authorization": f"Bearer {api_token}"},
    json={"comment": "feature store sync", "lifetime_seconds": 86400},
).json()["token_value"]

# COMMAND ----------

snapshot = customer_daily.join(segments, "customer_id").join(labels, "customer_id", "left")
snapshot.withColumn("snapshot_date", F.lit(snapshot_date)).write.mode("overwrite").saveAsTable("ml.features.customer_snapshot")
