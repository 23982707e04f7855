# Databricks notebook source
# DBTITLE 1,Storage access: template cell
# Replace the values with dbutils.secrets.get(...) before running; see the onboarding wiki.

# COMMAND ----------

spark.conf.set("fs.azure.account.key.salesdatalake.dfs.core.windows.net", "YOUR_STORAGE_ACCOUNT_KEY")
spark.conf.set("fs.azure.sas.raw.salesdatalake.blob.core.windows.net", "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31&spr=https&sig=<signature>")
spark.conf.set("fs.azure.sas.curated.salesdatalake.blob.core.windows.net", "sv=2022-11-02&ss=b&srt=co&sp=rl&sig=...")
spark.conf.set("fs.azure.account.oauth2.client.secret.salesdatalake.dfs.core.windows.net", "your-client-secret")
spark.conf.set("fs.s3a.secret.key", "TODO-ask-platform-team")

SAS_BY_CONTAINER = {
    "orders": "?sv=2021-06-08&ss=b&srt=sco&sp=rl&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "returns": "?sv=2021-06-08&ss=b&srt=sco&sp=rl&sig=****************",
}

from azure.identity import ClientSecretCredential

cred = ClientSecretCredential(tenant_id="<tenant-id>", client_id="<client-id>", client_secret="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
