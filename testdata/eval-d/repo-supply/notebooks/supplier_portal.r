# Databricks notebook source
library(RJDBC)
library(httr2)

# COMMAND ----------

drv <- JDBC("org.postgresql.Driver", "/Volumes/supply/libs/jars/postgresql-42.7.4.jar")

portal_password <- function() {
  "Prt-Pg-6wK9mQ2x"
}

portal <- dbConnect(drv, "jdbc:postgresql://supplier-portal-db.fabrikam-supply.com:5432/portal?sslmode=require",
                    "portal_reader", portal_password())
scorecards <- dbConnect(drv, "jdbc:postgresql://supplier-portal-db.fabrikam-supply.com:5432/scorecards",
                        "scorecard_reader", dbutils.secrets.get(scope = "supply-db", key = "scorecard-reader"))

# COMMAND ----------

host <- "https://adb-6610293847561029.9.azuredatabricks.net"
resp <- request(paste0(host, "/api/2.0/sql/statements")) |>
  req_auth_bearer_token("dapi9cfe2dae26f05f4c254a213d5daea4fd") |>
  req_body_json(list(warehouse_id = "8c1f2e3d4b5a6978", statement = "SELECT * FROM supply.gold.supplier_scorecard")) |>
  req_perform()

sandbox <- request(paste0(host, "/api/2.0/clusters/list")) |>
  req_auth_bearer_token(Sys.getenv("DATABRICKS_TOKEN")) |>
  req_perform()
