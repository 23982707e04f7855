// Databricks notebook source
// Unit tests run against an embedded H2 database and a local MySQL container.

import java.sql.DriverManager

val h2 = DriverManager.getConnection("jdbc:h2:mem:test;USER=sa;PASSWORD=sa")

val local = spark.read.format("jdbc")
  .option("url", "jdbc:mysql://localhost:3306/test")
  .option("user", "root")
  .option("password", "root")
  .option("dbtable", "orders")
  .load()
