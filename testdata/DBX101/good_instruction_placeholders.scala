// Databricks notebook source
// Template: fill the connection from the "erp" secret scope before running.

val erp = spark.read.format("jdbc")
  .option("url", "jdbc:postgresql://erp-pg.postgres.database.azure.com:5432/erp")
  .option("user", "YOUR_USERNAME")
  .option("password", "<your-password>")
  .option("dbtable", "public.orders")
  .load()

val hr = spark.read.format("jdbc")
  .option("url", "jdbc:sqlserver://hr.database.windows.net:1433;database=hr")
  .option("password", "xxx-xxx-xxx")
  .load()

val crm = spark.read.jdbc("jdbc:sqlserver://crm.database.windows.net:1433;database=crm;user=etl;password=TODO", "dbo.accounts", new java.util.Properties())
