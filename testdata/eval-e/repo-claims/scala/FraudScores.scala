// Databricks notebook source
// Streams fraud scores from the scoring service's Postgres outbox into Delta.
import java.sql.DriverManager
import java.util.Properties

object OutboxDb {
  val url = "jdbc:postgresql://fraud-outbox.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com:5432/outbox"
  val user = "outbox_reader"
  val password = "s3hQs-tfDh0NXpB"
}

case class Replica(host: String, user: String, password: String)

def open(url: String, user: String, password: String) =
  DriverManager.getConnection(url, user, password)

// COMMAND ----------

val conn = open(OutboxDb.url, OutboxDb.user, OutboxDb.password)

val replica = Replica("fraud-replica.c8xkq2mzv1ab.us-east-1.rds.amazonaws.com", "replica", "UFb7R-MgJ4OvtQx")
val replicaConn = open(s"jdbc:postgresql://${replica.host}:5432/outbox", replica.user, replica.password)

// COMMAND ----------

val props = new Properties()
props.setProperty("user", "scores_writer")
props.setProperty("password", dbutils.secrets.get("claims-prod", "scores-writer"))
val writer = DriverManager.getConnection(OutboxDb.url, props)

val testConn = open("jdbc:h2:mem:scores", "sa", "sa")
