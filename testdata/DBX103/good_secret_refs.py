# Databricks notebook source
# MAGIC %md
# MAGIC # Raw zone access, the right way
# MAGIC Keys live in the `sales-storage` secret scope (Key Vault backed). For reference, the SAS looks like
# MAGIC `sv=2022-11-02&ss=b&sp=rl&sig=...` and an Entra ID secret like `abc8Q~...`.

# COMMAND ----------

storage_account = "salesrawzone"
tenant_id = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
client_id = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"

spark.conf.set(f"fs.azure.account.auth.type.{storage_account}.dfs.core.windows.net", "OAuth")
spark.conf.set(f"fs.azure.account.oauth.provider.type.{storage_account}.dfs.core.windows.net",
               "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
spark.conf.set(f"fs.azure.account.oauth2.client.id.{storage_account}.dfs.core.windows.net", client_id)
spark.conf.set(f"fs.azure.account.oauth2.client.secret.{storage_account}.dfs.core.windows.net",
               dbutils.secrets.get(scope="sales-storage", key="sp-ingest-secret"))
spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{storage_account}.dfs.core.windows.net",
               f"https://login.microsoftonline.com/{tenant_id}/oauth2/token")

# COMMAND ----------

import os

archive_key = dbutils.secrets.get("sales-storage", "salesarchive-key")
spark.conf.set("fs.azure.account.key.salesarchive.dfs.core.windows.net", archive_key)
spark.conf.set("fs.azure.sas.token.provider.type.partnerdrop.dfs.core.windows.net",
               "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
spark.conf.set("fs.azure.sas.fixed.token.partnerdrop.dfs.core.windows.net", os.environ["PARTNER_SAS"])
spark.conf.set("fs.azure.account.key.salesscratch.dfs.core.windows.net", "<storage-account-key>")
spark.conf.set("fs.s3a.secret.key", dbutils.widgets.get("aws_secret_key"))
sas = dbutils.secrets.get("partner", "sas")
partner_url = f"https://partnerdrop.blob.core.windows.net/outbound/orders.csv?sv=2022-11-02&sp=r&sig={sas}"

# COMMAND ----------

from azure.identity import ClientSecretCredential, DefaultAzureCredential

credential = ClientSecretCredential(tenant_id, client_id, dbutils.secrets.get("sales-storage", "sp-ingest-secret"))
mi_credential = DefaultAzureCredential()
emulator = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
wheel_sha512 = "sha512-oolRJuos3B1Y4zjQ6FR/Ev/JQ36iw+IbjL2Hu7ZvH/08y8VphLRts1gVNaS3ZZ56jb40JL6OfA+/bzhTA9/C7w=="
example_key_id = "AKIAIOSFODNN7EXAMPLE"
