# Databricks notebook source
# MAGIC %md
# MAGIC # Churn model inputs
# MAGIC Pulls subscriptions from the billing Postgres and tickets from the support SQL Server.

# COMMAND ----------

library(SparkR)

billing_url <- "jdbc:postgresql://billing-pg.internal:5432/billing"
billing <- read.jdbc(billing_url, "public.subscriptions", user = "churn_model", password = "Churn-M0del!") # want DBX101 `connection argument "password" is a literal password`

# COMMAND ----------

support_pw <- "Supp0rt-Tickets"  # want DBX101 `"password" is a literal password \(through "support_pw"\)`

# COMMAND ----------

tickets <- SparkR::read.df(
  source = "jdbc",
  url = "jdbc:sqlserver://support.database.windows.net:1433;database=support",
  dbtable = "dbo.tickets",
  user = "churn_model",
  password = support_pw
)

# COMMAND ----------

library(sparklyr)
sc <- spark_connect(method = "databricks")

usage <- spark_read_jdbc(
  sc,
  name = "usage",
  options = list(
    url = "jdbc:mysql://usage-mysql.internal:3306/usage",
    user = "churn_model",
    password = "Us4ge-Reader",  # want DBX101 `"password" is a literal password`
    dbtable = "daily_usage"
  )
)

# COMMAND ----------

nps <- sparklyr::spark_read_jdbc(sc, "nps", options = list(
  url = "jdbc:postgresql://survey-pg.internal:5432/survey?user=nps&password=Nps-Survey-2024",  # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
  dbtable = "public.responses"
))

# COMMAND ----------

con <- DBI::dbConnect(
  odbc::odbc(),
  Driver = "ODBC Driver 18 for SQL Server",
  Server = "support.database.windows.net",
  Database = "support",
  UID = "churn_model",
  PWD = "Supp0rt-Tickets-Odbc"  # want DBX101 `"PWD" is a literal password`
)
escalations <- DBI::dbGetQuery(con, "SELECT * FROM dbo.escalations")
DBI::dbDisconnect(con)
