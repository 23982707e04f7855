# Databricks notebook source
# MAGIC %md
# MAGIC # Retail DLT pipeline
# MAGIC Bronze and silver tables for POS and loyalty. The pipeline settings supply `retail.lake_root` and the store-master
# MAGIC connection (`retail.stores_*`); their values there are `{{secrets/retail-kv/...}}` references.

# COMMAND ----------

import dlt
from pyspark.sql import functions as F

lake_root = spark.conf.get("retail.lake_root")

# COMMAND ----------

@dlt.table(comment="Raw POS files dropped by the store sync agent", table_properties={"quality": "bronze"})
def pos_files_bronze():
    return (
        spark.readStream.format("cloudFiles")
        .option("cloudFiles.format", "parquet")
        .option("cloudFiles.schemaLocation", f"{lake_root}/_schemas/pos_files")
        .load(f"{lake_root}/landing/pos/")
    )

# COMMAND ----------

@dlt.table(comment="Loyalty members snapshot from the loyalty MySQL (Azure Database for MySQL)")
def loyalty_members_bronze():
    return (
        spark.read.format("jdbc")
        .option("url", "jdbc:mysql://loyalty_app:xRRo58MwB_DRlO@loyaltydb-prod.mysql.database.azure.com:3306/loyalty?useSSL=true")
        .option("dbtable", "members")
        .load()
    )

# COMMAND ----------

@dlt.table(comment="Store master, read with the credentials from the pipeline configuration")
def stores_bronze():
    return (
        spark.read.format("jdbc")
        .option("url", spark.conf.get("retail.stores_jdbc_url"))
        .option("user", spark.conf.get("retail.stores_user"))
        .option("password", spark.conf.get("retail.stores_password"))
        .option("dbtable", "dbo.Store")
        .load()
    )

# COMMAND ----------

@dlt.table(comment="POS lines, typed and de-duplicated")
@dlt.expect_or_drop("valid_store", "store_id IS NOT NULL")
@dlt.expect("non_negative_qty", "quantity >= 0")
def pos_sales_silver():
    return (
        dlt.read_stream("pos_files_bronze")
        .withColumn("business_date", F.to_date("business_ts"))
        .withWatermark("business_ts", "2 hours")
        .dropDuplicatesWithinWatermark(["transaction_id", "line_no"])
        .join(dlt.read("stores_bronze").select("store_id", "region"), "store_id", "left")
    )
