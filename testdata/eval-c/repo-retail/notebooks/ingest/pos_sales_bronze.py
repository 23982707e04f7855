# Databricks notebook source
# MAGIC %md
# MAGIC # POS sales -> bronze
# MAGIC
# MAGIC Pulls yesterday's till transactions from the store POS database (Azure SQL, `sqlpos-prod`) and lands them in
# MAGIC `retail_prod.bronze.pos_sales`. Runs nightly from the `pos_nightly` job.
# MAGIC
# MAGIC Connection details belong in the `retail-kv` Key Vault-backed scope. Please never paste a connection string like
# MAGIC `jdbc:sqlserver://sqlpos-prod.database.windows.net:1433;database=pos;user=svc_pos_reader;password=Summer2024!` into a cell.

# COMMAND ----------

# DBTITLE 1,Parameters
dbutils.widgets.text("business_date", "")
dbutils.widgets.dropdown("env", "prod", ["dev", "prod"])
business_date = dbutils.widgets.get("business_date")
env = dbutils.widgets.get("env")

# COMMAND ----------

# DBTITLE 1,Connection
jdbc_host = "sqlpos-prod.database.windows.net"
pos_user = "svc_pos_reader"
pos_password = "SHvK!Ch&G^x$7S"  # TODO(RT-2210) move to retail-kv before go-live

jdbc_url = f"jdbc:sqlserver://{jdbc_host}:1433;database=pos;encrypt=true;trustServerCertificate=false;loginTimeout=30"

# COMMAND ----------

# DBTITLE 1,Lake access
storage_account = "retaildatalake"
spark.conf.set(
    f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
    "rtXs8H8Wo7LRpee2qlexxOeEy9Yu80AaVcXl1fjMpPEtbsdVdtvqZwo4WQ/3q2/AUGTihOsS1FmZ/TvRw5bKIw==",
)

# COMMAND ----------

sales = (
    spark.read.format("jdbc")
    .option("url", jdbc_url)
    .option("dbtable", f"(SELECT * FROM dbo.SalesLine WHERE BusinessDate = '{business_date}') s")
    .option("user", pos_user)
    .option("password", pos_password)
    .option("fetchsize", 10000)
    .load()
)

# COMMAND ----------

# DBTITLE 1,Returns (already on the secret scope)
returns = (
    spark.read.format("jdbc")
    .option("url", jdbc_url)
    .option("dbtable", "dbo.ReturnLine")
    .option("user", dbutils.secrets.get(scope="retail-kv", key="pos-returns-user"))
    .option("password", dbutils.secrets.get(scope="retail-kv", key="pos-returns-password"))
    .load()
)

# COMMAND ----------

(
    sales.unionByName(returns, allowMissingColumns=True)
    .write.mode("append")
    .option("mergeSchema", "true")
    .save(f"abfss://bronze@{storage_account}.dfs.core.windows.net/pos_sales/{business_date}")
)
