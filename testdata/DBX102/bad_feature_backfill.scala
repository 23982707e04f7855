// Databricks notebook source
// MAGIC %md
// MAGIC ## Feature backfill
// MAGIC Reads the feature tables of the ML workspace through the SQL warehouse.

// COMMAND ----------

import java.sql.DriverManager

val warehouseHost = "adb-2214770658134419.19.azuredatabricks.net"
val warehouseToken = "dapie632cf9f43050cbb7349681282566c34" // want DBX102 "personal access token"
val conn = DriverManager.getConnection(
  s"jdbc:databricks://$warehouseHost:443;httpPath=/sql/1.0/warehouses/0c9d1e2f3a4b5c6d;AuthMech=3",
  "token", warehouseToken)

// COMMAND ----------

// Service principal for the feature store sync (OAuth M2M).
val spClientId = "6f1c2b9e-3d4a-4e8f-9b7c-2a1d0e3f4c5b"
val spSecret = "doseywuNyL8O2-nMtUAtEgK100U5dFw1B.VG" // want DBX102 `OAuth client secret written in the file \("dose…B\.VG"\); delete it on the service principal's Secrets tab`

// COMMAND ----------

// MAGIC %sql
// MAGIC -- token for the partner share: dapi51a5af2dd626a495c80273cf6f5c64f7 (rotated quarterly) -- want DBX102 "personal access token"
// MAGIC SELECT * FROM features.customer_daily LIMIT 10
