// Databricks notebook source
// MAGIC %md
// MAGIC ### Market basket analysis
// MAGIC FP-growth over the last 13 weeks of baskets. The product hierarchy comes from the merchandising DB (PostgreSQL).

// COMMAND ----------

import java.util.Properties
import org.apache.spark.ml.fpm.FPGrowth
import org.apache.spark.sql.functions._

val lake = "retaildatalake"
spark.conf.set(s"fs.azure.account.auth.type.$lake.dfs.core.windows.net", "OAuth")
spark.conf.set(s"fs.azure.account.oauth.provider.type.$lake.dfs.core.windows.net", "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
spark.conf.set(s"fs.azure.account.oauth2.client.id.$lake.dfs.core.windows.net", "5ba43bf6-4882-4c08-a421-3f5352d4a0af")
spark.conf.set(s"fs.azure.account.oauth2.client.secret.$lake.dfs.core.windows.net", "4838Q~dyEPe6cK~kh7FSp8FILwoQ9ikJsQB-4XtK")
spark.conf.set(s"fs.azure.account.oauth2.client.endpoint.$lake.dfs.core.windows.net", "https://login.microsoftonline.com/22eecd4d-b552-4cd3-be8d-dd0daee3abad/oauth2/token")

// COMMAND ----------

// DBTITLE 1,Merchandising hierarchy
val merchUrl = "jdbc:postgresql://merch-pg.postgres.database.azure.com:5432/merch?sslmode=require"
val merchProps = new Properties()
merchProps.put("user", "basket_ro")
merchProps.put("password", "oe6?7sIKR^zljGXtjP")
merchProps.put("driver", "org.postgresql.Driver")

val hierarchy = spark.read.jdbc(merchUrl, "public.product_hierarchy", merchProps)

// COMMAND ----------

// DBTITLE 1,Promo calendar (read-only replica, credentials on the scope)
val promoProps = new Properties()
promoProps.setProperty("user", dbutils.secrets.get(scope = "retail-kv", key = "promo-ro-user"))
promoProps.setProperty("password", dbutils.secrets.get(scope = "retail-kv", key = "promo-ro-password"))
val promos = spark.read.jdbc(merchUrl, "public.promo_calendar", promoProps)

// COMMAND ----------

val baskets = spark.table("retail_prod.silver.pos_sales")
  .where(col("business_date") >= date_sub(current_date(), 91))
  .join(hierarchy, Seq("sku"))
  .groupBy("transaction_id")
  .agg(collect_set("subcategory").as("items"))

val model = new FPGrowth().setItemsCol("items").setMinSupport(0.002).setMinConfidence(0.1).fit(baskets)
display(model.associationRules.orderBy(desc("lift")).limit(200))
