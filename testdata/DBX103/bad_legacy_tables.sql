-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Legacy external tables (pre Unity Catalog)
-- MAGIC These read the archive account with its key until the external location is in place.

-- COMMAND ----------

SET fs.azure.account.key.salesarchive.dfs.core.windows.net=3V4Jhh2DBn/sKTp2E50DDZ4H73z92hyg3Lu4xMUR7BnE2QNmWLIMJLeKuuHz0WbKXdK0WkuNlsdxdVWdzofUhw==; -- want DBX103 "Azure storage account key written into Spark conf"
SET fs.azure.account.key.salesscratch.dfs.core.windows.net = secret('sales-storage', 'salesscratch-key');
SET spark.sql.shuffle.partitions = 64;

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS legacy.orders_2019
USING PARQUET
LOCATION 'abfss://archive@salesarchive.dfs.core.windows.net/orders/2019/';

-- COMMAND ----------

-- The partner share used to be read through a SAS URL like
-- https://partnerdrop.blob.core.windows.net/outbound?sv=2022-11-02&sp=rl&sig=pAKXIyyZiY0REVMmPEi2eCjvhl4uyrt824N9jSj%2BBvQ%3D
SELECT count(*) FROM legacy.orders_2019;
