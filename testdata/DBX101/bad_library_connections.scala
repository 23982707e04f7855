// Databricks notebook source
// MAGIC %md
// MAGIC # Export of the daily settlement file to the clearing house's PostgreSQL

// COMMAND ----------

import java.sql.DriverManager

val settlement = spark.table("finance.gold.settlements").where("settled_on = current_date()")

// COMMAND ----------

val conn = java.sql.DriverManager.getConnection("jdbc:postgresql://clearing-pg.partner.acme.net:5432/intake", "acme_settlement", "Cl3aring-Intake-24") // want DBX101 `password" is a literal password`
val stmt = conn.prepareStatement("INSERT INTO settlements(id, amount) VALUES (?, ?)")
settlement.collect().foreach { r => stmt.setString(1, r.getString(0)); stmt.setBigDecimal(2, r.getDecimal(1)); stmt.addBatch() }
stmt.executeBatch()
conn.close()
