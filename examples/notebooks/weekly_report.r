# Databricks notebook source
# MAGIC %md
# MAGIC # Weekly store report
# MAGIC Aggregates last week's revenue per store, then starts the job that refreshes the store managers' dashboard.

# COMMAND ----------

library(SparkR)
library(httr)

weekly <- sql("
  SELECT store_id, sum(net_amount) AS revenue
  FROM gold.daily_sales
  WHERE sale_date >= date_sub(current_date(), 7)
  GROUP BY store_id")
saveAsTable(weekly, "gold.weekly_store_revenue", mode = "overwrite")

# COMMAND ----------

workspace_url <- "https://adb-1234567890123456.7.azuredatabricks.net"
api_token <- "dapifb133f4b9205f3976d1b522f12bd0faa"

resp <- POST(paste0(workspace_url, "/api/2.1/jobs/run-now"),
             add_headers(Authorization = paste("Bearer", api_token)),
             body = list(job_id = 375207031582372), encode = "json")
stop_for_status(resp)

# COMMAND ----------

# Follow the run with the reporting token the platform team keeps in the retail-etl secret scope.
reporting_token <- dbutils.secrets.get(scope = "retail-etl", key = "reporting-token")
run <- GET(paste0(workspace_url, "/api/2.1/jobs/runs/get"),
           add_headers(Authorization = paste("Bearer", reporting_token)),
           query = list(run_id = content(resp)$run_id))
print(content(run)$state)
