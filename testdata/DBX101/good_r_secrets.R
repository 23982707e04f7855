# Databricks notebook source
# MAGIC %md
# MAGIC ## Churn inputs with secrets
# MAGIC Example of what not to do: `read.jdbc(url, "t", user = "u", password = "Churn-M0del!")`.

# COMMAND ----------

library(SparkR)

billing_url <- "jdbc:postgresql://billing-pg.internal:5432/billing"
billing <- read.jdbc(billing_url, "public.subscriptions",
                     user = dbutils.secrets.get(scope = "billing", key = "user"),
                     password = dbutils.secrets.get(scope = "billing", key = "password"))

# COMMAND ----------

# password = "Supp0rt-Tickets" was the old value, rotated in March.
tickets <- SparkR::read.df(
  source = "jdbc",
  url = "jdbc:sqlserver://support.database.windows.net:1433;database=support",
  dbtable = "dbo.tickets",
  user = Sys.getenv("SUPPORT_USER"),
  password = Sys.getenv("SUPPORT_PASSWORD")
)

# COMMAND ----------

library(sparklyr)
sc <- spark_connect(method = "databricks")
usage <- spark_read_jdbc(sc, name = "usage", options = list(
  url = "jdbc:mysql://usage-mysql.internal:3306/usage",
  user = "churn_model",
  password = dbutils.secrets.get("usage", "password"),
  dbtable = "daily_usage"
))

# COMMAND ----------

con <- DBI::dbConnect(odbc::odbc(),
                      Driver = "ODBC Driver 18 for SQL Server",
                      Server = "support.database.windows.net",
                      UID = Sys.getenv("SUPPORT_USER"),
                      PWD = Sys.getenv("SUPPORT_PASSWORD"))
DBI::dbDisconnect(con)

# COMMAND ----------

dbutils.widgets.text("nps_password", "")
nps <- read.jdbc("jdbc:postgresql://survey-pg.internal:5432/survey", "public.responses",
                 user = "nps", password = dbutils.widgets.get("nps_password"))
