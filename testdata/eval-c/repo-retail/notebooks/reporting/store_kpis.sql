-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Store KPIs
-- MAGIC Weekly sales against targets. The federated connection `finance_sqlserver` is owned by the platform team; its
-- MAGIC password is read with `secret('retail-kv', 'finance-dw-password')`, never typed into the OPTIONS clause.

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS finance_sqlserver TYPE sqlserver
OPTIONS (
  host 'sqlfin-prod.database.windows.net',
  port '1433',
  user secret('retail-kv', 'finance-dw-user'),
  password secret('retail-kv', 'finance-dw-password')
);

-- COMMAND ----------

-- Store targets are still on the old on-prem warehouse, which the connection above cannot reach.
CREATE TABLE IF NOT EXISTS retail_prod.reference.store_targets
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://10.40.2.15:1433;databaseName=FinanceDW;encrypt=true;trustServerCertificate=true',
  dbtable 'dbo.StoreTargets',
  user 'kpi_reader',
  password 'Jcue2PpSpPPIF*V'
);

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW weekly_sales AS
SELECT store_id, date_trunc('WEEK', business_date) AS week, sum(net_amount) AS net_sales
FROM retail_prod.silver.pos_sales
GROUP BY ALL;

-- COMMAND ----------

SELECT w.store_id, w.week, w.net_sales, t.target_amount, w.net_sales / t.target_amount AS attainment
FROM weekly_sales w
JOIN retail_prod.reference.store_targets t USING (store_id, week)
ORDER BY attainment;
