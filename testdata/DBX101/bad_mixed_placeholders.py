# Databricks notebook source
# Half migrated: most sources read the secret scope or still hold the template values; one was filled in.

# COMMAND ----------

template = spark.read.jdbc("jdbc:sqlserver://crm.database.windows.net:1433;database=crm;user=YOUR_USERNAME;password=YOUR_PASSWORD", "dbo.accounts")
sample = spark.read.jdbc("jdbc:postgresql://erp-pg.postgres.database.azure.com/erp?user=etl&password=sample_password", "public.orders")
filled = spark.read.jdbc("jdbc:postgresql://wms-pg.postgres.database.azure.com/wms?user=etl&password=Wms-L0ad-2024", "public.stock")  # want DBX101 `JDBC URL embeds a literal password`
