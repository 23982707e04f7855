-- Databricks notebook source
-- Template for a new federated source; the platform team replaces the values through the UI.
CREATE CONNECTION IF NOT EXISTS erp_pg TYPE postgresql
OPTIONS (
  host 'erp-pg.postgres.database.azure.com',
  port '5432',
  user 'YOUR_USERNAME',
  password 'YOUR_PASSWORD'
);

CREATE CONNECTION IF NOT EXISTS hr_sql TYPE sqlserver
OPTIONS (host 'hr.database.windows.net', port '1433', user 'etl', password '{{hr_password}}');
