-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Federated sources for the finance mart
-- MAGIC Registers the legacy Postgres tables and the Lakehouse Federation connections.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS finance_bronze.gl_journal
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://gl-pg.internal:5432/ledger',
  dbtable 'public.journal',
  user 'gl_reader',
  password 'Gl-Reader#2024' -- want DBX101 `connection option "password" is a literal password \("[^"…]{0,4}…[^"…]{0,4}"\); read it with secret\('<scope>', '<key>'\)`
);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS finance_bronze.fx_rates
USING org.apache.spark.sql.jdbc
OPTIONS (
  url "jdbc:sqlserver://fx.database.windows.net:1433;database=fx;user=fx_ro;password=Fx-R3adOnly;encrypt=true", -- want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
  dbtable "dbo.rates"
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS payroll_pg TYPE postgresql
OPTIONS (
  host 'payroll-pg.postgres.database.azure.com',
  port '5432',
  user 'payroll_federation',
  password 'Payr0ll-Fed!' -- want DBX101 `connection option "password" is a literal password`
);

-- COMMAND ----------

CREATE CONNECTION crm_sqlserver TYPE sqlserver
OPTIONS (host 'crm.database.windows.net', port '1433', user 'crm_fed', password "Crm-Fed-2024"); -- want DBX101 `connection option "password" is a literal password`

-- COMMAND ----------

CREATE TABLE finance_bronze.teradata_costs
USING JDBC
OPTIONS (url 'jdbc:teradata://td-prod.internal/DATABASE=costs,USER=cost_ro,PASSWORD=T3ra-Costs', dbtable 'costs.monthly'); -- want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`

-- COMMAND ----------

-- MAGIC %python
-- MAGIC # Budget numbers still come from the planning Postgres.
-- MAGIC budget = (spark.read.format("jdbc")
-- MAGIC           .option("url", "jdbc:postgresql://planning-pg:5432/planning")
-- MAGIC           .option("user", "budget_ro")
-- MAGIC           .option("password", "Budg3t-Py-Cell")  # want DBX101 `JDBC option "password" is a literal password`
-- MAGIC           .load())
-- MAGIC budget.createOrReplaceTempView("budget")

-- COMMAND ----------

-- MAGIC %md
-- MAGIC Example for new sources: `OPTIONS (url 'jdbc:postgresql://h/db', password 'Md-Sql-Example')` (use `secret()` instead).

-- COMMAND ----------

SELECT account, SUM(amount) AS total
FROM finance_bronze.gl_journal
GROUP BY account;
