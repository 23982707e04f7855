# Databricks notebook source
# MAGIC %md
# MAGIC # ADLS landing zone setup
# MAGIC Gives this cluster access to the `stcontosoretail` storage account:
# MAGIC * `landing`: raw files the suppliers drop every night
# MAGIC * `curated`: Delta tables written by the ETL service principal
# MAGIC
# MAGIC Run it once per cluster before the ingest notebooks.

# COMMAND ----------

storage_account = "stcontosoretail"
landing = f"abfss://landing@{storage_account}.dfs.core.windows.net"
curated = f"abfss://curated@{storage_account}.dfs.core.windows.net"

# COMMAND ----------

# Landing container: shared key access, as the supplier onboarding guide suggested.
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    "mXI053aAQoyj+QlVAps+kzLokcA0fdeIY/79ukmzv+QXKSFEe5lpMou6FFAeb/c6LFOs4q5Kmg+2i62fFvSaHw==",
)

# COMMAND ----------

# Curated container: the ETL service principal, with its credentials in the retail-etl scope.
tenant_id = dbutils.secrets.get(scope="retail-etl", key="tenant-id")
suffix = f"{storage_account}.dfs.core.windows.net"

spark.conf.set(f"fs.azure.account.auth.type.{suffix}", "OAuth")
spark.conf.set(f"fs.azure.account.oauth.provider.type.{suffix}",
               "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
spark.conf.set(f"fs.azure.account.oauth2.client.id.{suffix}",
               dbutils.secrets.get(scope="retail-etl", key="sp-client-id"))
spark.conf.set(f"fs.azure.account.oauth2.client.secret.{suffix}",
               dbutils.secrets.get(scope="retail-etl", key="sp-client-secret"))
spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{suffix}",
               f"https://login.microsoftonline.com/{tenant_id}/oauth2/token")

# COMMAND ----------

# MAGIC %sql
# MAGIC -- Store inventory lives in the inventory service's Postgres database.
# MAGIC CREATE TABLE IF NOT EXISTS bronze.store_inventory
# MAGIC USING postgresql
# MAGIC OPTIONS (
# MAGIC   dbtable 'public.inventory',
# MAGIC   host 'pg-inventory.postgres.database.azure.com',
# MAGIC   port '5432',
# MAGIC   database 'inventory',
# MAGIC   user secret('inventory-db', 'user'),
# MAGIC   password secret('inventory-db', 'password')
# MAGIC )

# COMMAND ----------

# MAGIC %sh
# MAGIC # Copy last night's supplier drop to the driver for a quick look.
# MAGIC azcopy copy "https://stcontosoretail.blob.core.windows.net/landing/suppliers/latest/*?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-06-30T18:00:00Z&st=2025-07-01T08:00:00Z&spr=https&sig=uc00ftsNW%2FMUWd2IRPHcRvN3xIoTwtuX2Ztu%2FhqMzLE%3D" /tmp/suppliers/ --recursive
# MAGIC ls -l /tmp/suppliers/

# COMMAND ----------

display(dbutils.fs.ls(f"{curated}/silver/"))
