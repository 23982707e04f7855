# Databricks notebook source
# DBTITLE 1,Mount the partner drop containers (read-only SAS per container)
STORAGE_ACCOUNT = "partnerdropweu"

# One SAS per container, issued by the partner until the end of the contract.
CONTAINER_SAS = {
    "orders": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=c92P2%2BzHd3OC2pYwL82DeaGdyy8Yck0kF4nP47GiCpg%3D",  # want DBX103 `Azure SAS token written into a string literal .*; the same map holds 2 more \(line 8, line 9\): one fix for all$`
    "returns": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=%2B2X2c6e9naYonwPUhxAPCTDhPZkHx3ZTcJfXMoQ7o0s%3D",
    "stock": "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=fwGpFXWnR2j%2Fjf7u1xW1QVDCOoNJBxGQxBtmG9hKYhE%3D",
}

for container, sas in CONTAINER_SAS.items():
    spark.conf.set(f"fs.azure.sas.{container}.{STORAGE_ACCOUNT}.blob.core.windows.net", sas)

# COMMAND ----------

# The archive account is a different credential: its own finding.
ARCHIVE_SAS = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-06-30T23:59:59Z&spr=https&sig=9QTYrwA2Ne3pDXhg%2BrVlaxKQoTLHrEVWFk9VA%2FZowuw%3D"  # want DBX103 `Azure SAS token written into Spark conf "fs\.azure\.sas\.archive\.partnerdropweu\.blob\.core\.windows\.net" \("sv=2…w%3D"\); revoke the SAS token, then read it with dbutils\.secrets\.get\(scope, key\) instead$`
spark.conf.set(f"fs.azure.sas.archive.{STORAGE_ACCOUNT}.blob.core.windows.net", ARCHIVE_SAS)
