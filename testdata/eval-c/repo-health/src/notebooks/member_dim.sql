-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Member dimension
-- MAGIC Federated read of the enrollment Redshift cluster through the `enrollment_redshift` connection. A metastore
-- MAGIC admin creates it once per workspace:
-- MAGIC ```
-- MAGIC CREATE CONNECTION enrollment_redshift TYPE redshift OPTIONS (host '...', port '5439', user 'fed_reader', password '<from vault>');
-- MAGIC ```

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS enrollment_redshift TYPE redshift
OPTIONS (
  host 'enrollment.cq9w1e7rtx2b.us-east-1.redshift.amazonaws.com',
  port '5439',
  user secret('claims-federation', 'redshift-user'),
  password secret('claims-federation', 'redshift-password')
);

-- COMMAND ----------

CREATE FOREIGN CATALOG IF NOT EXISTS enrollment_fed USING CONNECTION enrollment_redshift OPTIONS (database 'enrollment');

-- COMMAND ----------

-- Legacy path (no UC), kept for the quarterly audit extract.
CREATE TABLE IF NOT EXISTS claims_prod.reference.plan_codes_legacy
USING postgresql
OPTIONS (
  dbtable 'public.plan_codes',
  host 'plans-db.c8xq2kzv1e4r.us-east-1.rds.amazonaws.com',
  port '5432',
  database 'plans',
  user secret('claims-federation', 'plans-user'),
  password secret('claims-federation', 'plans-password')
);

-- COMMAND ----------

CREATE OR REPLACE TABLE claims_prod.silver.member_dim AS
SELECT m.member_id, m.plan_code, p.plan_name, m.effective_date, m.termination_date
FROM enrollment_fed.public.members m
LEFT JOIN claims_prod.reference.plan_codes_legacy p USING (plan_code);
