# Databricks notebook source
# MAGIC %md
# MAGIC # Maintenance alerts
# MAGIC Pulls open work orders from the maintenance database and posts alerts through the Databricks SQL API.

# COMMAND ----------

library(httr)
library(DBI)
library(odbc)

host <- "https://adb-3920581746203958.11.azuredatabricks.net"
client_id <- Sys.getenv("ALERTS_SP_CLIENT_ID")
client_secret <- dbutils.secrets.get(scope = "iot-prod", key = "alerts-sp-secret")

get_token <- function(scope = "all-apis") {
  resp <- POST(paste0(host, "/oidc/v1/token"),
               authenticate(client_id, client_secret),
               body = list(grant_type = "client_credentials", scope = scope),
               encode = "form")
  stop_for_status(resp)
  content(resp)$access_token
}

sql_token <- get_token("sql")
admin_token <- get_token()

# COMMAND ----------

maintenance_db <- function(pwd = "Mnt-R3ad-Wq8zLx") {
  dbConnect(odbc::odbc(),
            Driver = "ODBC Driver 18 for SQL Server",
            Server = "contoso-maint.database.windows.net",
            Database = "maintenance",
            UID = "maint_reader",
            PWD = pwd)
}

con <- maintenance_db()
orders <- dbGetQuery(con, "SELECT order_id, asset_id, due_date FROM dbo.open_work_orders")

# COMMAND ----------

historian <- dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = "contoso-historian.westeurope.cloudapp.azure.com",
                       Database = "historian", UID = "hist_ro", PWD = Sys.getenv("HISTORIAN_PWD"))
