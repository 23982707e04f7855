# Databricks notebook source
# MAGIC %md
# MAGIC # Churn features
# MAGIC Daily account features for the churn model. CRM data is read through temporary JDBC views; the
# MAGIC feature table is `mlops_prod.churn.features_daily` (Unity Catalog feature table, primary key `account_id`).

# COMMAND ----------

# MAGIC %pip install -q great-expectations==0.18.19

# COMMAND ----------

from databricks.feature_engineering import FeatureEngineeringClient
from pyspark.sql import functions as F

fe = FeatureEngineeringClient()
snapshot_date = dbutils.widgets.get("snapshot_date")

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE OR REPLACE TEMPORARY VIEW crm_accounts
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url "jdbc:mysql://crm-replica.mlops.internal:3306/crm",
# MAGIC   dbtable "accounts",
# MAGIC   user "fe_reader",
# MAGIC   password "4J7h76-C6C^3"
# MAGIC )

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE OR REPLACE TEMPORARY VIEW crm_tickets
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url "jdbc:mysql://crm-replica.mlops.internal:3306/crm",
# MAGIC   dbtable "tickets",
# MAGIC   user secret('mlops', 'crm-user'),
# MAGIC   password secret('mlops', 'crm-password')
# MAGIC )

# COMMAND ----------

# MAGIC %sh
# MAGIC # Token for the feature-refresh webhook; re-created twice a year by whoever runs this cell.
# MAGIC curl -sS -X POST "https://adb-6399120439508984.4.azuredatabricks.net/api/2.0/token/create" -H "Authorization: Bearer $DATABRICKS_TOKEN" -d '{"comment": "feature-refresh-webhook", "lifetime_seconds": 15552000}'
# MAGIC # One-hour token for the smoke test below.
# MAGIC curl -sS -X POST "$DATABRICKS_HOST/api/2.0/token/create" -H "Authorization: Bearer $DATABRICKS_TOKEN" -d '{"comment": "feature-smoke-test", "lifetime_seconds": 3600}'

# COMMAND ----------

accounts = spark.table("crm_accounts")
tickets = spark.table("crm_tickets")

features = (
    accounts.join(
        tickets.where(F.col("created_at") >= F.date_sub(F.lit(snapshot_date), 90))
        .groupBy("account_id")
        .agg(F.count("*").alias("tickets_90d"), F.max("created_at").alias("last_ticket_at")),
        "account_id",
        "left",
    )
    .withColumn("snapshot_date", F.lit(snapshot_date).cast("date"))
    .fillna({"tickets_90d": 0})
)

# COMMAND ----------

fe.write_table(name="mlops_prod.churn.features_daily", df=features, mode="merge")
