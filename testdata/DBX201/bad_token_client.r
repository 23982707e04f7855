# Databricks notebook source
library(httr)
library(httr2)

host <- "https://adb-1234567890123456.7.azuredatabricks.net"
client_id <- dbutils.secrets.get(scope = "ingest-sp", key = "client-id")
client_secret <- dbutils.secrets.get(scope = "ingest-sp", key = "client-secret")

# COMMAND ----------

res <- POST(paste0(host, "/oidc/v1/token"), authenticate(client_id, client_secret),
  body = list(grant_type = "client_credentials", scope = "all-apis"), encode = "form") # want DBX201 `OAuth token request \(POST\)`
token <- content(res)$access_token

# COMMAND ----------

req <- request(paste0(host, "/oidc/v1/token")) |>
  req_auth_basic(client_id, client_secret) |>
  req_body_form(grant_type = "client_credentials", scope = "all-apis offline_access") |> # want DBX201 "all-apis"
  req_perform()

# COMMAND ----------

# The SQL scope is enough here.
res_sql <- POST(paste0(host, "/oidc/v1/token"), authenticate(client_id, client_secret),
  body = list(grant_type = "client_credentials", scope = "sql"), encode = "form")
