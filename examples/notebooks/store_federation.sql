-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Store systems federation
-- MAGIC Exposes the point-of-sale (MySQL) and loyalty (Postgres) databases as Unity Catalog foreign catalogs,
-- MAGIC so analysts query them without copying data.

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS pos_mysql TYPE mysql
OPTIONS (
  host 'pos-db.retail.contoso.com',
  port '3306',
  user 'pos_reader',
  password 'xIFoV-x3olk!BO82'
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS loyalty_pg TYPE postgresql
OPTIONS (
  host 'pg-loyalty.postgres.database.azure.com',
  port '5432',
  user secret('loyalty-db', 'user'),
  password secret('loyalty-db', 'password')
);

-- COMMAND ----------

CREATE FOREIGN CATALOG IF NOT EXISTS pos USING CONNECTION pos_mysql;
CREATE FOREIGN CATALOG IF NOT EXISTS loyalty USING CONNECTION loyalty_pg OPTIONS (database 'loyalty');

-- COMMAND ----------

GRANT USE CATALOG, USE SCHEMA, SELECT ON CATALOG loyalty TO `retail-analysts`;
