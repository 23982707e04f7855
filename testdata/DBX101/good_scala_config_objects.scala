// Databricks notebook source
// MAGIC %md
// MAGIC # Warehouse sync
// MAGIC Copies the inventory tables from the warehouse replica.

// COMMAND ----------

// DBTITLE 1,Settings
object WarehouseConf {
  val host = "inventory-replica.mysql.database.azure.com"
  val user = "inv_sync"
  val passwordKey = "inv-sync-password"
  def password: String = dbutils.secrets.get("inventory", passwordKey)
}

case class ReplicaConf(host: String, user: String = "inv_sync", passwordKey: String = "inv-dr-password")

def readTable(table: String, password: String) =
  spark.read
    .format("jdbc")
    .option("url", s"jdbc:mysql://${WarehouseConf.host}:3306/inventory")
    .option("user", WarehouseConf.user)
    .option("password", password)
    .option("dbtable", table)
    .load()

// COMMAND ----------

val replica = ReplicaConf("inventory-dr.mysql.database.azure.com")
val drStock = spark.read
  .format("jdbc")
  .option("url", s"jdbc:mysql://${replica.host}:3306/inventory")
  .option("password", dbutils.secrets.get("inventory", replica.passwordKey))
  .option("dbtable", "stock")
  .load()

val moves = readTable("stock_moves", dbutils.secrets.get("inventory", WarehouseConf.passwordKey))
