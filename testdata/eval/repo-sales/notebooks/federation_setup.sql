-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Lakehouse Federation: sales sources
-- MAGIC
-- MAGIC Creates the Unity Catalog connections and foreign catalogs for the sales sources.
-- MAGIC Always pass credentials with `secret('<scope>', '<key>')`, never as a literal, e.g.
-- MAGIC `OPTIONS (host '...', user 'svc', password 'example-only')` is what NOT to do.

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS orders_pg TYPE postgresql
OPTIONS (
  host 'orders-pg.postgres.database.azure.com',
  port '5432',
  user 'uc_federation',
  password 'Fed3ration!Orders#24'
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS crm_sqlserver TYPE sqlserver
OPTIONS (
  host 'crm-prod-replica.database.windows.net',
  port '1433',
  user secret('sales-kv', 'crm-sql-user'),
  password secret('sales-kv', 'crm-sql-password')
);

-- COMMAND ----------

CREATE FOREIGN CATALOG IF NOT EXISTS orders_fed USING CONNECTION orders_pg OPTIONS (database 'orders');
CREATE FOREIGN CATALOG IF NOT EXISTS crm_fed USING CONNECTION crm_sqlserver OPTIONS (database 'crm');

-- COMMAND ----------

-- Legacy (pre-UC) table kept for the Tableau extract until Q3.
CREATE TABLE IF NOT EXISTS sales_legacy.territories
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://crm-prod-replica.database.windows.net:1433;database=crm;user=tableau_ro;password=T@bleau-R3ad0nly;encrypt=true',
  dbtable 'dbo.Territories'
);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS sales_legacy.quota_history
USING postgresql
OPTIONS (
  dbtable 'public.quota_history',
  host 'orders-pg.postgres.database.azure.com',
  port '5432',
  database 'orders',
  user secret('sales-kv', 'orders-pg-user'),
  password secret('sales-kv', 'orders-pg-password')
);

-- COMMAND ----------

GRANT USE CONNECTION ON CONNECTION orders_pg TO `sales-analysts`;
