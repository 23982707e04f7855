-- External JDBC tables used by the sales reporting views.
-- Run with: databricks sql --warehouse sales-serverless -f sql/ddl/create_external_tables.sql
-- Credentials: see the sales-kv scope (keys ending in -user / -password).

CREATE SCHEMA IF NOT EXISTS sales_ext;

CREATE TABLE IF NOT EXISTS sales_ext.campaign_spend
USING org.apache.spark.sql.jdbc
OPTIONS (
  url "jdbc:mysql://marketing-mysql.mysql.database.azure.com:3306/marketing?useSSL=true",
  dbtable "campaign_spend",
  user "mkt_reporting",
  password "Mkt#Rep0rting-2024"
);

CREATE TABLE IF NOT EXISTS sales_ext.campaign_channels
USING org.apache.spark.sql.jdbc
OPTIONS (
  url "jdbc:mysql://marketing-mysql.mysql.database.azure.com:3306/marketing?useSSL=true",
  dbtable "campaign_channels",
  user secret('sales-kv', 'mkt-mysql-user'),
  password secret('sales-kv', 'mkt-mysql-password')
);

CREATE OR REPLACE VIEW sales_ext.v_spend_by_channel AS
SELECT c.channel, sum(s.amount_eur) AS spend_eur
FROM sales_ext.campaign_spend s
JOIN sales_ext.campaign_channels c ON s.channel_id = c.id
GROUP BY c.channel;
