// Databricks notebook source
// Reads the partner's Oracle and MySQL replicas that still run with their installation passwords.

import java.sql.DriverManager

val partnerOrders = spark.read.format("jdbc")
  .option("url", "jdbc:mysql://partner-db.acme-partners.com:3306/orders")
  .option("user", "root")
  .option("password", "root") // want DBX101 `JDBC option "password" is the well-known default password for partner-db\.acme-partners\.com`
  .option("dbtable", "orders")
  .load()

// COMMAND ----------

val ora = DriverManager.getConnection("jdbc:oracle:thin:scott/tiger@ora-legacy.acme.internal:1521/ORCL") // want DBX101 `JDBC URL embeds the well-known default password for ora-legacy\.acme\.internal`
