# Databricks notebook source
# MAGIC %md
# MAGIC # Raw zone access
# MAGIC Mounts the raw container with the `sp-sales-ingest` service principal. Until the migration to Unity
# MAGIC Catalog external locations, the account key looks like `fs.azure.account.key.<account>... = <key>`
# MAGIC and the old secret was nxq5Q~1TBhWbCMHQBQFwo9xT2nV3KaN3kIbPx4zG (rotated, do not use).

# COMMAND ----------

storage_account = "salesrawzone"
tenant_id = "8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86"
client_id = "5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04"

configs = {
    "fs.azure.account.auth.type": "OAuth",
    "fs.azure.account.oauth.provider.type": "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider",
    "fs.azure.account.oauth2.client.id": client_id,
    "fs.azure.account.oauth2.client.secret": "RZb4Q~No3vE8Jx53RW-HvgK4LzyTO88F0sKBb7e~",  # want DBX103 `Entra ID client secret written into Spark conf "fs.azure.account.oauth2.client.secret" \("RZb4…b7e~"\)`
    "fs.azure.account.oauth2.client.endpoint": f"https://login.microsoftonline.com/{tenant_id}/oauth2/token",
}
dbutils.fs.mount(
    source=f"abfss://raw@{storage_account}.dfs.core.windows.net/",
    mount_point="/mnt/raw",
    extra_configs=configs,
)

# COMMAND ----------

# Archive account (key assigned here, used in the next cell).
archive_key = "oolRJuos3B1Y4zjQ6FR/Ev/JQ36iw+IbjL2Hu7ZvH/08y8VphLRts1gVNaS3ZZ56jb40JL6OfA+/bzhTA9/C7w=="  # want DBX103 "Azure storage account key written into Spark conf"

# COMMAND ----------

spark.conf.set("fs.azure.account.key.salesarchive.dfs.core.windows.net", archive_key)
spark.conf.set("fs.azure.account.auth.type.partnerdrop.dfs.core.windows.net", "SAS")
spark.conf.set("fs.azure.sas.token.provider.type.partnerdrop.dfs.core.windows.net",
               "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider")
spark.conf.set("fs.azure.sas.fixed.token.partnerdrop.dfs.core.windows.net",
               "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=WHxBLUP7pL2DxX%2FkmgCVahOUdYumFqYvOF1Ysue2Auw%3D")  # want DBX103 "Azure SAS token written into Spark conf"

# COMMAND ----------

from azure.identity import ClientSecretCredential
from azure.storage.blob import BlobServiceClient

credential = ClientSecretCredential(tenant_id, client_id, "Fbe1Q~PsDDk~EdNd~nP-u0GYxCzwa2Q0mru0~G6s")  # want DBX103 "Entra ID client secret written into ClientSecretCredential argument"
exports = BlobServiceClient.from_connection_string(
    "DefaultEndpointsProtocol=https;AccountName=salesexports;"
    "AccountKey=F8sRMcMvl0mK6TyX6mLaU8jMzxW2o9/+8UHOJH9aZPJdlIYhLZIPN89QdllGbUk8mmTaeOsnasm7hjJH3la4nA==;"  # want DBX103 "Azure storage account key written into a string literal"
    "EndpointSuffix=core.windows.net"
)
partner_url = ("https://partnerdrop.blob.core.windows.net/outbound/orders.csv"
               "?sp=r&st=2025-01-01T00:00:00Z&se=2025-12-31T23:59:59Z&spr=https&sv=2022-11-02&sr=b&sig=Mbgj9jMoNEaMNu3O6JcVNyvD%2Fja3xEOqAhFd%2B8PxC8Y%3D")  # want DBX103 "Azure SAS token written into a string literal"

# COMMAND ----------

# MAGIC %sql
# MAGIC SET fs.azure.account.key.salesmart.dfs.core.windows.net = CX9iyouOC3W/ogru1PCXE53ZrVwu/jGFMIUVGzBDsOs+HNVRdLMCjC2M1CUJZWTA2gtu4ZWsnQEiTCK4oiPLag==; -- want DBX103 "Azure storage account key written into Spark conf"

# COMMAND ----------

# MAGIC %scala
# MAGIC spark.sparkContext.hadoopConfiguration.set(
# MAGIC   "fs.azure.account.key.saleslegacy.blob.core.windows.net",
# MAGIC   "2o0OBNhnAe7Icb5Vc9ZaO1AAHHTC3YplKDa6hLsvMSou7MT8O8Xj9v4xzwVJTGjzs6Cq1D94oUHhl3XoysBG6Q==") // want DBX103 "Azure storage account key written into Spark conf"

# COMMAND ----------

dbutils.widgets.text("account", "salesscratch")
scratch_account = dbutils.widgets.get("account")
spark.conf.set(f"fs.azure.account.key.{scratch_account}.dfs.core.windows.net",
               "XejsjTHbSSqbJwj3wAHdIUrm4P/m3uLu9XdvVOd6qRXTyJtnE6aMw/l3bf/u75pCrJ4fJJ8Bc5iwMG1H6wzYWg==")  # want DBX103 `Spark conf "fs\.azure\.account\.key\.salesscratch\.dfs\.core\.windows\.net"`
