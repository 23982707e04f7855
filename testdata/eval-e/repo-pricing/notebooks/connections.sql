-- Databricks notebook source
-- Lakehouse Federation connections for the pricing catalog.

CREATE CONNECTION IF NOT EXISTS erp_pg TYPE postgresql
OPTIONS (
  host 'erp-pg.retail.internal',
  port '5432',
  user 'pricing_fed',
  password 'VViNO-u4vC2LB4i'
);

-- COMMAND ----------

CREATE CONNECTION IF NOT EXISTS promo_mysql TYPE mysql
OPTIONS (
  host 'promo-mysql.retail.internal',
  port '3306',
  user 'promo_ro',
  password secret('pricing', 'promo-mysql-password')
);
