-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Claims DLT (SQL)
-- MAGIC Landing files are X12 837 claims converted to JSON by the EDI gateway. Auto Loader reads them with the
-- MAGIC pipeline's instance profile, so no keys here. (The old setup put `fs.s3a.secret.key` into the pipeline
-- MAGIC configuration; removed in CLM-311.)

-- COMMAND ----------

CREATE OR REFRESH STREAMING TABLE claims_837_bronze
COMMENT "Raw 837 claims as delivered"
TBLPROPERTIES ("quality" = "bronze")
AS SELECT *, _metadata.file_path AS source_file
FROM STREAM read_files(
  '${claims.landing_path}',
  format => 'json',
  schemaHints => 'claim_id STRING, billed_amount DECIMAL(18,2)'
);

-- COMMAND ----------

CREATE OR REFRESH STREAMING TABLE claims_837_silver (
  CONSTRAINT valid_claim EXPECT (claim_id IS NOT NULL) ON VIOLATION DROP ROW,
  CONSTRAINT positive_amount EXPECT (billed_amount >= 0)
)
COMMENT "Typed claims, one row per claim line"
AS SELECT
  claim_id,
  member_ref,
  CAST(service_date AS DATE) AS service_date,
  billed_amount,
  source_file
FROM STREAM(LIVE.claims_837_bronze);

-- COMMAND ----------

CREATE OR REFRESH MATERIALIZED VIEW claims_daily_gold
COMMENT "Billed amount per service date"
AS SELECT service_date, count(*) AS claim_lines, sum(billed_amount) AS billed_amount
FROM LIVE.claims_837_silver
GROUP BY service_date;
