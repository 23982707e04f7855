# Databricks notebook source
# MAGIC %run ./shared/connections

# COMMAND ----------

clarity_conn = clarity("svc_analytics", "Ymws6eTJ-hfosd7")
encounters = clarity_conn.cursor().execute("select top 100 * from PAT_ENC").fetchall()

# COMMAND ----------

kv_conn = clarity("svc_analytics", dbutils.secrets.get("clinic-kv", "clarity-password"))

# COMMAND ----------

lab_conn = lab("LAB_READER", dbutils.widgets.get("lab_password"))
results = lab_conn.cursor().execute("select * from lab_result where rownum < 10").fetchall()

# COMMAND ----------

storage_keys = {
    "fs.azure.account.key.stclinicraw.dfs.core.windows.net": "EKb1FAL/9v9GA+HthTK2DcT2W1hAmd+qLJgDGSvuvM6SqbQ3/q73WYuafboC4cKzHitNBkuoHHSrBvt133je/g==",
    "fs.azure.account.key.stclinicsilver.dfs.core.windows.net": "lDZAnfC4Ybo2IReq/IjxKuDMs+pPp5Z976POtxe/1V7gpFyca6gB6Oe6i/GVsLQqHomiP1Sk1GWVrlk/bfa+2A==",
    "fs.azure.account.key.stclinicgold.dfs.core.windows.net": "py08PtsxsPtYRm2R35IbsbyX0Vu6VAHtbCRqt8/JN9IoGxXGmA79FuxKoWqz4qMzObCtxQWSDMSz6jkPzY+msg==",
}
for k, v in storage_keys.items():
    spark.conf.set(k, v)

# COMMAND ----------

spark.conf.set("fs.azure.account.key.devstoreaccount1.blob.core.windows.net",
               "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
spark.conf.set("fs.azure.sas.imaging.stclinicraw.blob.core.windows.net",
               "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T00:00:00Z&spr=https&sig=<signature>")
spark.conf.set("fs.azure.sas.pacs.stclinicraw.blob.core.windows.net",
               "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-06-30T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=RaMECNxxvGF4S%2Byp9ZQbUb08Iwtj7Z62DmSuzqnau1k%3D")
