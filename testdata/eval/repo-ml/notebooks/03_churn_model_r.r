# Databricks notebook source
# MAGIC %md
# MAGIC # 03 - Churn model (R)
# MAGIC
# MAGIC Fits the GLM baseline that the marketing analysts still compare against.
# MAGIC Connection example from the wiki: `read.jdbc(url, "dbo.customers", user = "<user>", password = "<password>")`.

# COMMAND ----------

library(SparkR)
library(sparklyr)
library(dplyr)

sc <- spark_connect(method = "databricks")
Sys.setenv(DATABRICKS_HOST = "https://adb-7720331945501842.2.azuredatabricks.net")
Sys.setenv(DATABRICKS_TOKEN = "dapi8b9a0dac4c32d4ef1b90175fcf0bca46")

# COMMAND ----------

crm_url <- "jdbc:sqlserver://crm-prod-replica.database.windows.net:1433;database=crm;encrypt=true"
customers <- read.jdbc(crm_url, "dbo.Customers", user = "ml_reader", password = "Chur9-R-reader!")

# COMMAND ----------

features <- spark_read_jdbc(
  sc,
  name = "customer_features",
  options = list(
    url = "jdbc:postgresql://ml-features-pg.postgres.database.azure.com:5432/features?sslmode=require",
    user = "ml_reader",
    password = "Spark1yr!feat-R",
    dbtable = "features.customer_snapshot"
  )
)

# COMMAND ----------

# The right way (password from the ml-kv scope / cluster env var):
labels <- spark_read_jdbc(
  sc,
  name = "churn_labels",
  options = list(
    url = "jdbc:postgresql://ml-features-pg.postgres.database.azure.com:5432/features?sslmode=require",
    user = "ml_reader",
    password = dbutils.secrets.get(scope = "ml-kv", key = "feature-db-password"),
    dbtable = "features.churn_labels"
  )
)
contracts <- read.jdbc(crm_url, "dbo.Contracts", user = "ml_reader", password = Sys.getenv("CRM_DB_PASSWORD"))

# COMMAND ----------

model_df <- collect(customers) %>% inner_join(collect(features), by = "customer_id")
fit <- glm(churned ~ tenure_months + monthly_spend + support_tickets, data = model_df, family = binomial())
summary(fit)
