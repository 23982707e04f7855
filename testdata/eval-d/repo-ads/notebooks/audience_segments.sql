-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Audience segments
-- MAGIC Parameters: `{{ segment_date }}`. Snowflake credentials live in the `ads-snowflake` scope.

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS ads.bronze.crm_contacts
USING snowflake
OPTIONS (
  sfUrl 'adsco-xy12345.snowflakecomputing.com',
  sfUser 'ADS_LOADER',
  sfPassword 'Sf-Ads-Ld4r9Wq2',
  sfDatabase 'CRM',
  sfSchema 'PUBLIC',
  sfWarehouse 'LOAD_WH',
  dbtable 'CONTACTS'
);

-- COMMAND ----------

CREATE TABLE IF NOT EXISTS ads.bronze.crm_optouts
USING snowflake
OPTIONS (
  sfUrl 'adsco-xy12345.snowflakecomputing.com',
  sfUser 'ADS_LOADER',
  sfPassword secret('ads-snowflake', 'loader-password'),
  sfDatabase 'CRM',
  sfSchema 'PUBLIC',
  dbtable 'OPTOUTS'
);

-- COMMAND ----------

CREATE OR REPLACE TEMPORARY VIEW floor_prices
USING JDBC
OPTIONS (
  url 'jdbc:postgresql://ads-floors.c3kq9ezx1v2b.us-east-1.rds.amazonaws.com:5432/floors',
  dbtable 'public.floor_prices',
  user 'floor_reader',
  password '{{ floor_password }}'
);

-- COMMAND ----------

SELECT c.segment, count(*) AS contacts
FROM ads.bronze.crm_contacts c
LEFT ANTI JOIN ads.bronze.crm_optouts o USING (email_sha256)
WHERE c.updated_at >= '{{ segment_date }}'
GROUP BY c.segment;
