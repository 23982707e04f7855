# Databricks notebook source
# MAGIC %md
# MAGIC # Weekly demand forecast
# MAGIC Prophet per store x category. Holidays and price elasticities come from the planning database.

# COMMAND ----------

library(SparkR)
library(dplyr)
horizon_weeks <- as.integer(Sys.getenv("FORECAST_HORIZON_WEEKS", "13"))

# COMMAND ----------

# DBTITLE 1,Holiday calendar
planning_url <- "jdbc:sqlserver://sqlplan-prod.database.windows.net:1433;database=planning;user=forecast_ro;password=dt-udjFEDwW-;encrypt=true"
holidays <- read.jdbc(planning_url, "dbo.HolidayCalendar")

# COMMAND ----------

# DBTITLE 1,Price elasticities (credentials from the scope)
elasticity <- read.jdbc(
  "jdbc:sqlserver://sqlplan-prod.database.windows.net:1433;database=planning;encrypt=true",
  "dbo.PriceElasticity",
  user = dbutils.secrets.get(scope = "retail-kv", key = "planning-ro-user"),
  password = dbutils.secrets.get(scope = "retail-kv", key = "planning-ro-password")
)

# COMMAND ----------

sales <- sql("SELECT store_id, category, date_trunc('WEEK', business_date) AS ds, sum(units) AS y
              FROM retail_prod.silver.pos_sales GROUP BY ALL")
createOrReplaceTempView(holidays, "holidays")
display(head(sales, 20))
