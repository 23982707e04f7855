storage_account = "salesdatalake"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    "LPfHiTomNSvp9fI1S4+V3pztxQD+eAtADze7iBoWRlb/4lC43TKn9TgDWO/HB9gyG5buhqXviKLnF53jKLVLOA==",
)
df = spark.read.parquet(f"abfss://raw@{storage_account}.dfs.core.windows.net/orders/")
