# Databricks notebook source
library(httr2)
library(RJDBC)

partner_req <- function(path, password) {
  request("https://feeds.partner-retail.com") |>
    req_url_path_append(path) |>
    req_auth_basic("retail-pricing", password)
}

weekly <- partner_req("v1/weekly.csv", "QmVi-d4Ht4QPsk5") |> req_perform()
weekly_safe <- partner_req("v1/weekly.csv", dbutils.secrets.get("pricing", "partner-feed")) |> req_perform()

# COMMAND ----------

drv <- JDBC("org.postgresql.Driver", "/dbfs/FileStore/jars/postgresql-42.7.4.jar")
erp <- dbConnect(drv, "jdbc:postgresql://erp-pg.retail.internal:5432/erp", "pricing_ro", Sys.getenv("ERP_PASSWORD"))
