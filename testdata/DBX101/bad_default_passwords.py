# Databricks notebook source
# DBTITLE 1,Nightly pull from the vendor's reporting replicas
# The vendor set these databases up for us and never changed the passwords.

# COMMAND ----------

inventory = (spark.read.format("jdbc")
             .option("url", "jdbc:postgresql://inventory-rpt.vendor-hosting.net:5432/inventory")
             .option("user", "report")
             .option("password", "changeme")  # want DBX101 `JDBC option "password" is the well-known default password for inventory-rpt\.vendor-hosting\.net`
             .option("dbtable", "public.stock_levels")
             .load())

# COMMAND ----------

billing = spark.read.jdbc(
    "jdbc:sqlserver://billing.database.windows.net:1433;database=billing;user=sa;password=Passw0rd",  # want DBX101 `JDBC URL embeds the well-known default password for billing\.database\.windows\.net`
    "dbo.invoices",
)

# COMMAND ----------

crm_props = {
    "user": "crm_admin",
    "password": "admin",  # want DBX101 `connection property "password" is the well-known default password for crm-pg\.postgres\.database\.azure\.com`
    "driver": "org.postgresql.Driver",
}
crm = spark.read.jdbc("jdbc:postgresql://crm-pg.postgres.database.azure.com:5432/crm", "public.accounts", properties=crm_props)

# COMMAND ----------

import pyodbc

ledger = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=tcp:ledger.database.windows.net,1433;Database=ledger;Uid=sa;Pwd=Passw0rd;")  # want DBX101 `embeds the well-known default password for ledger\.database\.windows\.net`
