-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Close reports
-- MAGIC The treasury connection reads its password with `secret('treasury', 'pg-password')`.

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS treasury_pg TYPE postgresql
OPTIONS (
  host 'nw-treasury.postgres.database.azure.com',
  port '5432',
  user 'treasury_ro',
  password secret('treasury', 'pg-password')
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS payroll_mssql TYPE sqlserver
OPTIONS (
  host 'nw-payroll.database.windows.net',
  port '1433',
  user 'payroll_report',
  password 'PuGqvL%1goZCyB'
);

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW budget_lines
USING org.apache.spark.sql.jdbc
OPTIONS (
  url 'jdbc:postgresql://nw-budget.postgres.database.azure.com:5432/budget?sslmode=require',
  dbtable 'public.budget_lines',
  user 'budget_app',
  password '${budget_password}'
);

-- COMMAND ----------

SELECT p.cost_center, sum(p.amount) AS payroll, sum(b.amount) AS budget
FROM payroll_mssql.dbo.payroll_lines p
JOIN budget_lines b USING (cost_center)
GROUP BY p.cost_center;
