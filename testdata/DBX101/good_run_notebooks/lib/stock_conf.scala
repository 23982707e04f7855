// Databricks notebook source
// DBTITLE 1,Stock warehouse settings
object StockDb {
  val url = "jdbc:mysql://stock-replica.mysql.database.azure.com:3306/stock"
  val user = "stock_ro"
  def password: String = dbutils.secrets.get("stock", "stock-ro-password")
}
