storage_account = "salesdatalake"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    dbutils.secrets.get(scope="sales-storage", key="salesdatalake-key"),
)
df = spark.read.parquet(f"abfss://raw@{storage_account}.dfs.core.windows.net/orders/")
