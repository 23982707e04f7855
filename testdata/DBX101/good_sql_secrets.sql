-- Databricks notebook source
-- MAGIC %md
-- MAGIC ## Federation with secrets
-- MAGIC Never write `password 'Payr0ll-Fed!'` in OPTIONS; use `secret('scope', 'key')`.

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS payroll_pg TYPE postgresql
OPTIONS (
  host 'payroll-pg.postgres.database.azure.com',
  port '5432',
  user secret('payroll', 'pg-user'),
  password secret('payroll', 'pg-password')
);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS finance_bronze.gl_journal
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://gl-pg.internal:5432/ledger',
  dbtable 'public.journal',
  user secret('ledger', 'user'),
  password secret('ledger', 'password')
);

-- COMMAND ----------

-- Parameters filled in by the job or the SQL editor widget.
CREATE WIDGET TEXT db_password DEFAULT '';

CREATE TABLE IF NOT EXISTS finance_bronze.fx_rates
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://fx.database.windows.net:1433;database=fx',
  dbtable 'dbo.rates',
  user 'fx_ro',
  password '${db_password}'
);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS finance_bronze.fx_history
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://fx.database.windows.net:1433;database=fx;user=fx_ro;password={{password}}',
  dbtable 'dbo.rate_history',
  password '{{password}}'
);

-- COMMAND ----------

-- The users table has a password column; selecting its hash is not a credential.
SELECT user_id, password_hash, 'password' AS kind
FROM finance_bronze.users
WHERE password_changed_at > current_date() - INTERVAL 90 DAYS;
