# Databricks notebook source
# Bed occupancy feed for the capacity dashboard.
library(DBI)
library(odbc)
library(httr)

clarity_con <- function(uid, pwd = "auiuD-3Ph4OyPQu") {
  dbConnect(odbc::odbc(),
            Driver = "ODBC Driver 18 for SQL Server",
            Server = "sql-clarity-replica.database.windows.net",
            Database = "Clarity",
            UID = uid,
            PWD = pwd)
}

con <- clarity_con("svc_capacity")
beds <- dbGetQuery(con, "select unit_id, count(*) as occupied from ADT_BED group by unit_id")

# COMMAND ----------

kv_con <- clarity_con("svc_capacity", pwd = dbutils.secrets.get("clinic-kv", "clarity-password"))

# COMMAND ----------

aad_token <- function(resource) {
  res <- POST("https://login.microsoftonline.com/3c1f7a92-4d5e-4b8a-9e61-7f2d0c4b9a15/oauth2/token",
              body = list(grant_type = "client_credentials",
                          client_id = "9e4b2d17-6a3c-4f80-b1d5-0c8e7a2f6b43",
                          client_secret = Sys.getenv("AZURE_CLIENT_SECRET"),
                          resource = resource),
              encode = "form")
  content(res)$access_token
}

ws_token <- aad_token("https://adb-5823901746152837.17.azuredatabricks.net")
arm_token <- aad_token("https://management.azure.com/")
