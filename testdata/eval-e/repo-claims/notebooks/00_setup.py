# Databricks notebook source
# MAGIC %md
# MAGIC ## Shared setup
# MAGIC Included by every ingest notebook with `%run ./00_setup`.

# COMMAND ----------

dbutils.widgets.text("env", "prod")
dbutils.widgets.text("broker_db_password", "Gh1MwiL2-3A0lCV")
dbutils.widgets.text("reporting_password", "")

ENV = dbutils.widgets.get("env")

# COMMAND ----------

POLICY_DB_HOST = "claims-core.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com"
POLICY_DB_USER = "svc_claims_etl"
POLICY_DB_PASSWORD = "fgTh3XsSx-uYPW7"
AUDIT_DB_PASSWORD = dbutils.secrets.get(scope="claims-prod", key="audit-db-password")

BROKER_JDBC = "jdbc:mysql://broker-portal.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com:3306/broker"
