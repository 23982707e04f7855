-- Databricks notebook source
-- Legacy connection (password 'hunter2' was rotated), see ticket DATA-1234
/* CREATE TABLE old USING JDBC OPTIONS (password 'Winter2023!') */
CREATE TABLE IF NOT EXISTS orders
USING JDBC
OPTIONS (
  url 'jdbc:sqlserver://sql-prod.database.windows.net:1433;database=sales',
  dbtable 'dbo.orders',
  user = 'etl_user',
  password 'Sup3r''S3cret!'
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS pg_crm TYPE postgresql
OPTIONS (host 'pg.internal', port '5432', user secret('jdbc', 'pg-user'), password secret('jdbc', 'pg-password'));

CREATE FOREIGN CATALOG crm USING CONNECTION pg_crm OPTIONS (database 'crm');

CREATE TEMPORARY VIEW sf_orders
USING net.snowflake.spark.snowflake
OPTIONS ('sfUrl' 'acme.snowflakecomputing.com', 'sfPassword' '${sf_password}', sfUser {{sf_user}});

SET fs.azure.account.key.acct.dfs.core.windows.net = c2VjcmV0a2V5==;
SET spark.sql.shuffle.partitions=200;
DECLARE OR REPLACE VARIABLE api_token STRING DEFAULT 'dapi-not-a-real-token';
SELECT http_request(conn => 'graph_api', method => 'POST', path => '/v1.0/users', json => to_json(named_struct('token', session.api_token)));
SELECT * FROM orders WHERE status = "OPEN" AND flag = TRUE LIMIT 10;
