# Databricks notebook source
# MAGIC %run ./shared/connections

# COMMAND ----------

import oracledb

dbutils.widgets.text("snapshot_date", "")
dbutils.widgets.text("carrier_api_key", "")
dbutils.widgets.text("erp_password", "Erp-Rd-7kW2pQ9z")

# COMMAND ----------

wms = read_jdbc(jdbc_url("wms-db.fabrikam-supply.com", "WMSPROD", WMS_USER, WMS_PASSWORD), "WMS.STOCK_LEVELS")
erp = read_jdbc(erp_url(dbutils.widgets.get("erp_password")), "ERP.PURCHASE_ORDERS")
mes = read_jdbc(jdbc_url("mes-db.fabrikam-supply.com", "MESPROD", "mes_ro", "Mes-Ro-5nV3kX8w"), "MES.WORK_ORDERS")
qa = read_jdbc(jdbc_url("qa-db.fabrikam-supply.com", "QAPROD", "qa_ro", dbutils.secrets.get("supply-db", "qa-ro")), "QA.INSPECTIONS")

# COMMAND ----------

with oracledb.connect(user="forecast_rw", password="Fc-Rw-8mQ4zL1x", dsn="forecast-db.fabrikam-supply.com/FCPROD") as conn:
    with conn.cursor() as cur:
        cur.execute("truncate table stock_snapshot")

with oracledb.connect(user="forecast_rw", password="xxxxxxxx", dsn="localhost/XEPDB1") as dev_conn:
    pass

# COMMAND ----------

wms.join(erp, "sku").join(mes, "sku", "left").write.mode("overwrite").saveAsTable("supply.silver.inventory_position")
