# Databricks notebook source
# MAGIC %md
# MAGIC # Register legacy sources from Python
# MAGIC The DDL is built in Python so the catalog name can change per environment.

# COMMAND ----------

import os

catalog = dbutils.widgets.get("catalog")

# COMMAND ----------

spark.sql(f"""
CREATE TABLE IF NOT EXISTS {catalog}.bronze.vendors
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://vendors-pg:5432/vendors',
  dbtable 'public.vendors',
  user 'vendor_ro',
  password 'Vend0r-Py-Ddl' -- want DBX101 `connection option "password" is a literal password`
)
""")

# COMMAND ----------

spark.sql("CREATE CONNECTION IF NOT EXISTS vendors_pg TYPE postgresql "
          "OPTIONS (host 'vendors-pg', port '5432', user 'vendor_fed', password 'Vend0r-Fed-Py')")  # want DBX101 `connection option "password" is a literal password`

# COMMAND ----------

spark.sql("""
CREATE TABLE IF NOT EXISTS legacy.vendor_invoices
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://vendors.database.windows.net:1433;database=ap;user=ap_ro;password=Ap-R3ad-Py-Ddl', -- want DBX101 `JDBC URL embeds a literal password`
  dbtable 'dbo.invoices'
)
""")

# COMMAND ----------

# A fallback for local runs; the literal is committed all the same.
pg_password = os.environ.get("VENDORS_PG_PASSWORD", "Vend0r-Fallback")  # want DBX101 `literal password`
vendors = (spark.read.format("jdbc")
           .option("url", "jdbc:postgresql://vendors-pg:5432/vendors")
           .option("user", "vendor_ro")
           .option("password", pg_password)
           .option("dbtable", "public.vendors")
           .load())

# COMMAND ----------

# Safe: the DDL reads the password with secret() at query time.
spark.sql("""
CREATE TABLE IF NOT EXISTS legacy.vendor_contacts
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://vendors-pg:5432/vendors',
  dbtable 'public.contacts',
  user secret('vendors', 'user'),
  password secret('vendors', 'password')
)
""")
