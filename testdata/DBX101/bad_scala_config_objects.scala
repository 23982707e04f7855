// Databricks notebook source
// MAGIC %md
// MAGIC # Warehouse sync
// MAGIC Copies the inventory tables from the warehouse replica.

// COMMAND ----------

// DBTITLE 1,Settings
object WarehouseConf {
  val host = "inventory-replica.mysql.database.azure.com"
  val user = "inv_sync"
  val password = "Inv-Sync-2024!" // want DBX101 `JDBC option "password" is a literal password \(through "WarehouseConf.password"\)`
}

case class ReplicaConf(host: String, user: String = "inv_sync", password: String = "Repl1ca-Sync-Pw") // want DBX101 `JDBC option "password" is a literal password \(through "replica.password"\)`

def readTable(table: String, password: String) =
  spark.read
    .format("jdbc")
    .option("url", s"jdbc:mysql://${WarehouseConf.host}:3306/inventory")
    .option("user", WarehouseConf.user)
    .option("password", password)
    .option("dbtable", table)
    .load()

// COMMAND ----------

val stock = spark.read
  .format("jdbc")
  .option("url", s"jdbc:mysql://${WarehouseConf.host}:3306/inventory")
  .option("user", WarehouseConf.user)
  .option("password", WarehouseConf.password)
  .option("dbtable", "stock")
  .load()

val replica = ReplicaConf("inventory-dr.mysql.database.azure.com")
val drStock = spark.read
  .format("jdbc")
  .option("url", s"jdbc:mysql://${replica.host}:3306/inventory")
  .option("password", replica.password)
  .option("dbtable", "stock")
  .load()

val moves = readTable("stock_moves", "M0ves-Sync-Pw") // want DBX101 `JDBC option "password" is a literal password`
