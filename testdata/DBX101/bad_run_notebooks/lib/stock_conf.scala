// Databricks notebook source
// DBTITLE 1,Stock warehouse settings
object StockDb {
  val url = "jdbc:mysql://stock-replica.mysql.database.azure.com:3306/stock"
  val user = "stock_ro"
  val password = "St0ck-R0-2024" // want DBX101 `JDBC option "password" is a literal password \(through "StockDb.password"\)`
}
