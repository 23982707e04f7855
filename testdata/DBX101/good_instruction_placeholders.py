# Databricks notebook source
# DBTITLE 1,Connection template for new sources
# Copy this notebook, then replace every value below with a secret scope lookup.

# COMMAND ----------

SOURCES = {
    "crm": {"url": "jdbc:sqlserver://crm.database.windows.net:1433;database=crm", "user": "YOUR_USERNAME", "password": "YOUR_PASSWORD"},
    "erp": {"url": "jdbc:postgresql://erp-pg.postgres.database.azure.com:5432/erp", "user": "etl", "password": "your-db-password"},
    "hr": {"url": "jdbc:mysql://hr-mysql.mysql.database.azure.com:3306/hr", "user": "etl", "password": "xxxxxxxx"},
}

crm = (spark.read.format("jdbc")
       .option("url", SOURCES["crm"]["url"])
       .option("user", "etl")
       .option("password", "TODO: ask the DBA")
       .option("dbtable", "dbo.accounts")
       .load())

erp = spark.read.jdbc("jdbc:postgresql://erp-pg.postgres.database.azure.com:5432/erp?user=etl&password=REPLACE_ME", "public.orders")
hr = spark.read.jdbc("jdbc:sqlserver://hr.database.windows.net:1433;database=hr;user=etl;password=example-password", "dbo.staff")
fin = spark.read.jdbc("jdbc:sqlserver://fin.database.windows.net:1433;database=fin;user=etl;password=********", "dbo.ledger")
ops = spark.read.jdbc("jdbc:postgresql://ops.postgres.database.azure.com/ops?user=etl&password=…", "public.tickets")
mkt = spark.read.jdbc("jdbc:postgresql://mkt.postgres.database.azure.com/mkt?user=etl&password=${MKT_PASSWORD}", "public.campaigns")
log = spark.read.jdbc("jdbc:mysql://etl:<paste password here>@logs.mysql.database.azure.com:3306/logs", "events")
