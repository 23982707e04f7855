# Databricks notebook source
# MAGIC %md
# MAGIC # CRM ingest (SQL Server -> bronze)
# MAGIC
# MAGIC Pulls accounts, opportunities and order lines from the CRM replica into `sales_bronze`.
# MAGIC
# MAGIC Connection strings look like `jdbc:sqlserver://<server>.database.windows.net:1433;database=<db>;user=<user>;password=<password>`.
# MAGIC Credentials are supposed to come from the `sales-kv` secret scope, e.g.
# MAGIC `.option("password", dbutils.secrets.get("sales-kv", "crm-sql-password"))`.
# MAGIC
# MAGIC Owner: sales-data-eng@contoso.com

# COMMAND ----------

dbutils.widgets.text("load_date", "")
dbutils.widgets.text("crm_password_override", "")
dbutils.widgets.dropdown("env", "prod", ["dev", "prod"])

load_date = dbutils.widgets.get("load_date")
env = dbutils.widgets.get("env")

# COMMAND ----------

crm_host = "crm-prod-replica.database.windows.net"
crm_url = "jdbc:sqlserver://crm-prod-replica.database.windows.net:1433;database=crm;user=etl_reader;password=Vx7!pQ2mRt9#kL;encrypt=true;loginTimeout=30"
pg_password = "N0rthw1nd#pg2023"
pg_user = "sales_loader"

# COMMAND ----------

accounts = (
    spark.read.format("jdbc")
    .option("url", crm_url)
    .option("dbtable", "dbo.Accounts")
    .load()
)

opportunities = (
    spark.read.format("jdbc")
    .option("url", f"jdbc:sqlserver://{crm_host}:1433;database=crm;encrypt=true")
    .option("dbtable", "dbo.Opportunities")
    .option("user", "etl_reader")
    .option("password", "Summ3r-Sales-2024!")
    .load()
)

# COMMAND ----------

# Orders come from the Postgres order service.
# Previously: .option("password", "hunter2") -- rotated, do not reuse.
orders = (
    spark.read.format("jdbc")
    .option("url", "jdbc:postgresql://orders-pg.postgres.database.azure.com:5432/orders?sslmode=require")
    .option("dbtable", "public.order_lines")
    .option("user", pg_user)
    .option("password", pg_password)
    .load()
)

# COMMAND ----------

# Same service, read replica in the secondary region.
pg_replica_host = "orders-pg-replica.postgres.database.azure.com"
replica_url = f"jdbc:postgresql://{pg_replica_host}:5432/orders?user=sales_loader&password=R3plica!2023&sslmode=require"
order_history = spark.read.jdbc(replica_url, "public.order_history")

# COMMAND ----------

pricing_host = "pricing-mysql.mysql.database.azure.com"
pricing_url = "jdbc:mysql://{}:{}@{}:3306/pricing".format("pricing_ro", "Pr1c1ng-ro-77", pricing_host)
price_lists = spark.read.format("jdbc").option("url", pricing_url).option("dbtable", "price_lists").load()

# COMMAND ----------

# The finance DW uses a secret-backed login; keep it that way.
fin_url_template = "jdbc:sqlserver://{host}:1433;database={db};user={user};password={password}"
fin_url = fin_url_template.format(
    host="fin-dw.database.windows.net",
    db="finance",
    user=dbutils.secrets.get(scope="sales-kv", key="fin-dw-user"),
    password=dbutils.secrets.get(scope="sales-kv", key="fin-dw-password"),
)
fx_rates = spark.read.format("jdbc").option("url", fin_url).option("dbtable", "ref.fx_rates").load()

targets = (
    spark.read.format("jdbc")
    .option("url", "jdbc:sqlserver://fin-dw.database.windows.net:1433;database=finance")
    .option("dbtable", "plan.sales_targets")
    .option("user", dbutils.secrets.get("sales-kv", "fin-dw-user"))
    .option("password", dbutils.secrets.get("sales-kv", "fin-dw-password"))
    .load()
)

# COMMAND ----------

override = dbutils.widgets.get("crm_password_override")
if override:
    accounts = (
        spark.read.format("jdbc")
        .option("url", "jdbc:sqlserver://crm-dev.database.windows.net:1433;database=crm")
        .option("dbtable", "dbo.Accounts")
        .option("user", "etl_reader")
        .option("password", override)
        .load()
    )

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS sales_bronze.crm_contacts_jdbc
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url 'jdbc:sqlserver://crm-prod-replica.database.windows.net:1433;database=crm',
# MAGIC   dbtable 'dbo.Contacts',
# MAGIC   user 'etl_reader',
# MAGIC   password 'Vx7!pQ2mRt9#kL'
# MAGIC )

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE TABLE IF NOT EXISTS sales_bronze.crm_regions_jdbc
# MAGIC USING JDBC
# MAGIC OPTIONS (
# MAGIC   url 'jdbc:sqlserver://crm-prod-replica.database.windows.net:1433;database=crm',
# MAGIC   dbtable 'dbo.Regions',
# MAGIC   user secret('sales-kv', 'crm-sql-user'),
# MAGIC   password secret('sales-kv', 'crm-sql-password')
# MAGIC )

# COMMAND ----------

import requests

host = "https://adb-4417182398212345.5.azuredatabricks.net"
resp = requests.get(
    f"{host}/api/2.1/jobs/runs/list",
    headers={"Authorization": "Bearer dapi3dd098bb6e275f487a19cde8dd4ebdf6"},
    params={"job_id": 812734418, "limit": 5},
)
resp.raise_for_status()

ci_token = dbutils.secrets.get(scope="sales-kv", key="dapi-token-ci-runner")
resp = requests.get(
    f"{host}/api/2.0/clusters/list",
    headers={"Authorization": f"Bearer {ci_token}"},
)

# COMMAND ----------

(accounts.write.mode("overwrite").saveAsTable("sales_bronze.crm_accounts"))
(opportunities.write.mode("overwrite").saveAsTable("sales_bronze.crm_opportunities"))
(orders.write.mode("append").saveAsTable("sales_bronze.order_lines"))
