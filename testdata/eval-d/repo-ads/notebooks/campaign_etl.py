# Databricks notebook source
# MAGIC %md
# MAGIC # Campaign ETL
# MAGIC Reads raw impression logs from the partner bucket and campaign metadata from Redshift.
# MAGIC Set `fs.s3a.secret.key` only through `{{secrets/ads-partner/s3-secret-key}}`, e.g. AWS's sample
# MAGIC `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.

# COMMAND ----------

# Partner bucket: the partner only issues IAM user keys (ADS-733 asks them for a role we can assume).
spark.conf.set("fs.s3a.bucket.adx-partner-logs.access.key", "AKIAGWHCSGLP4QSIWPVX")
spark.conf.set("fs.s3a.bucket.adx-partner-logs.secret.key", "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")

# Our own bucket uses the instance profile; the keys below are only for the local docker test.
spark.conf.set("fs.s3a.bucket.ads-curated.access.key", dbutils.secrets.get("ads-aws", "curated-access-key"))
spark.conf.set("fs.s3a.bucket.ads-curated.secret.key", dbutils.secrets.get("ads-aws", "curated-secret-key"))

# COMMAND ----------

class RedshiftSource:
    def __init__(self, host, database, user, password, port=5439):
        self.url = f"jdbc:redshift://{host}:{port}/{database}"
        self.user = user
        self.password = password

    def read(self, table):
        return (spark.read.format("jdbc")
                .option("url", self.url)
                .option("dbtable", table)
                .option("user", self.user)
                .option("password", self.password)
                .load())


campaigns_src = RedshiftSource("ads-dw.c3kq9ezx1v2b.us-east-1.redshift.amazonaws.com", "ads", "etl_reader", "Rs-Etl-3kV9qLm2")
budgets_src = RedshiftSource("ads-dw.c3kq9ezx1v2b.us-east-1.redshift.amazonaws.com", "ads", "budget_reader", "TODO")

# COMMAND ----------

campaigns = campaigns_src.read("public.campaigns")
impressions = spark.read.json("s3a://adx-partner-logs/impressions/dt=2026-12-06/")
impressions.join(campaigns, "campaign_id").write.mode("append").saveAsTable("ads.silver.impressions")
