-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Intercompany reconciliation
-- MAGIC Federated connections to the subsidiaries' ERPs. Use `secret('scope','key')` for every password —
-- MAGIC never `password 'literal'` (audit finding 2024-07, „Klartextpasswörter“).

-- COMMAND ----------

-- DBTITLE 1,Connections
CREATE CONNECTION IF NOT EXISTS erp_nordics TYPE SQLSERVER
OPTIONS (
  host 'sql-erp-nordics.database.windows.net',
  port '1433',
  user secret('fin-kv', 'erp-nordics-user'),
  password secret('fin-kv', 'erp-nordics-password')
);

-- COMMAND ----------

-- subsidiary in Iberia: connection created by their IT during the migration weekend
CREATE CONNECTION IF NOT EXISTS erp_iberia TYPE SQLSERVER
OPTIONS (
  host 'erp-iberia-sql.fin-iberia.local',
  port '1433',
  user 'recon_ro',
  password 'Recon$ql!2024'
);

-- COMMAND ----------

CREATE FOREIGN CATALOG IF NOT EXISTS erp_iberia_cat USING CONNECTION erp_iberia OPTIONS (database 'ERP_ES');
CREATE FOREIGN CATALOG IF NOT EXISTS erp_nordics_cat USING CONNECTION erp_nordics OPTIONS (database 'ERP_NO');

-- COMMAND ----------

-- DBTITLE 1,Open IC items
CREATE OR REPLACE TEMP VIEW ic_open AS
SELECT 'ES' AS entity, partner_code, currency, SUM(amount) AS amount
FROM erp_iberia_cat.dbo.ic_ledger WHERE status = 'OPEN' GROUP BY ALL
UNION ALL
SELECT 'NO', partner_code, currency, SUM(amount)
FROM erp_nordics_cat.dbo.ic_ledger WHERE status = 'OPEN' GROUP BY ALL;

-- COMMAND ----------

-- MAGIC %md
-- MAGIC Differences > 1 000 € are escalated to the controllers (Kontroller / controladores).

-- COMMAND ----------

SELECT a.entity, a.partner_code, a.currency,
       a.amount AS booked, b.amount AS counter_booked,
       a.amount + b.amount AS diff
FROM ic_open a
JOIN ic_open b ON a.partner_code = b.entity AND b.partner_code = a.entity AND a.currency = b.currency
WHERE abs(a.amount + b.amount) > 1000
ORDER BY abs(diff) DESC;
