// Databricks notebook source
import java.util.Properties

object PromoDb {
  val url = "jdbc:mysql://promo-mysql.retail.internal:3306/promo"
  def props(user: String, password: String): Properties = {
    val p = new Properties()
    p.setProperty("user", user)
    p.setProperty("password", password)
    p
  }
}

// COMMAND ----------

val promos = spark.read.jdbc(PromoDb.url, "promotions", PromoDb.props("promo_ro", "7cAX2PX-IwRjqTv"))
val promosSafe = spark.read.jdbc(PromoDb.url, "promotions",
  PromoDb.props("promo_ro", dbutils.secrets.get("pricing", "promo-mysql-password")))

case class ScraperAuth(user: String = "scraper", password: String = "********")
