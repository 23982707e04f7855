# Databricks notebook source
# MAGIC %md
# MAGIC Shared connection helpers. Include with `%run ./shared/connections`.

# COMMAND ----------

def jdbc_url(host, database, user, password, port=1521):
    return f"jdbc:oracle:thin:{user}/{password}@//{host}:{port}/{database}"


def read_jdbc(url, table):
    return spark.read.format("jdbc").option("url", url).option("dbtable", table).load()


erp_url = lambda password: jdbc_url("erp-db.fabrikam-supply.com", "ERPPROD", "inv_reader", password)

# COMMAND ----------

WMS_USER = "wms_sync"
WMS_PASSWORD = "Wms-Sync-3xQ8vL2m"
SFTP_HOST = "sftp.fabrikam-supply.com"
SFTP_PASSWORD = dbutils.secrets.get("supply-sftp", "password")
