-- Databricks notebook source
-- Lakehouse Federation to the vendor's MySQL; the vendor never rotated the installation password.
CREATE CONNECTION vendor_mysql TYPE mysql
OPTIONS (
  host 'vendor-mysql.mysql.database.azure.com',
  port '3306',
  user 'federation',
  password 'welcome1' -- want DBX101 `connection option "password" is the well-known default password for vendor-mysql\.mysql\.database\.azure\.com`
);
