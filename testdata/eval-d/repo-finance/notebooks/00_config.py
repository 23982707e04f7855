# Databricks notebook source
# MAGIC %md
# MAGIC ## Shared configuration for the ledger notebooks
# MAGIC Include with `%run ./00_config`. Credentials come from the `ledger-prod` scope; never write
# MAGIC `password=<your-password>` into a notebook.

# COMMAND ----------

LEDGER_SERVER = "nw-ledger-sql.database.windows.net"
LEDGER_DB = "ledger"
LEDGER_USER = "svc_ledger_etl"
LEDGER_PASSWORD = dbutils.secrets.get(scope="ledger-prod", key="db-password")

# COMMAND ----------

# Legacy AP replica is still on SQL auth until FIN-2291 moves it to Entra ID.
AP_REPLICA_URL = "jdbc:sqlserver://nw-ap-replica.database.windows.net:1433;database=ap;encrypt=true"
AP_REPLICA_USER = "ap_reader"
AP_REPLICA_PASSWORD = "4RFYKZ#1Ck1wk1"

# COMMAND ----------

dbutils.widgets.text("period", "2026-11")
dbutils.widgets.text("recon_db_password", "AsVUm0%xLI7EVp")
dbutils.widgets.text("fx_api_key", "<paste the FX key for local runs>")
