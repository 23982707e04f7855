# Databricks notebook source
# MAGIC %run ./00_config

# COMMAND ----------

from pyspark.sql import functions as F

period = dbutils.widgets.get("period")

gl = (spark.read.format("jdbc")
      .option("url", f"jdbc:sqlserver://{LEDGER_SERVER}:1433;database={LEDGER_DB};encrypt=true")
      .option("dbtable", "gl.journal_lines")
      .option("user", LEDGER_USER)
      .option("password", LEDGER_PASSWORD)
      .load()
      .where(F.col("period") == period))

# COMMAND ----------

ap = (spark.read.format("jdbc")
      .option("url", AP_REPLICA_URL)
      .option("dbtable", "dbo.open_invoices")
      .option("user", AP_REPLICA_USER)
      .option("password", AP_REPLICA_PASSWORD)
      .load())

# COMMAND ----------

recon = (spark.read.format("jdbc")
         .option("url", "jdbc:sqlserver://nw-recon.database.windows.net:1433;database=recon;encrypt=true")
         .option("dbtable", "dbo.bank_matches")
         .option("user", "recon_reader")
         .option("password", dbutils.widgets.get("recon_db_password"))
         .load())

# COMMAND ----------

(gl.join(ap, "invoice_id", "left")
   .join(recon, "journal_id", "left")
   .write.mode("overwrite")
   .saveAsTable(f"finance.close.gl_enriched_{period.replace('-', '_')}"))
