# Databricks notebook source
# Credentials: the old password was "Winter2023!", never commit it again
library(SparkR)
jdbc_host <- "sql-prod.database.windows.net"
jdbc_user = "etl_user"
"Sup3rS3cret!" -> jdbc_password
jdbc_url <- paste0("jdbc:sqlserver://", jdbc_host, ":1433;database=sales")

# COMMAND ----------

orders <- read.jdbc(jdbc_url, "dbo.orders", user = jdbc_user, password = jdbc_password)
pg_pw <- dbutils.secrets.get(scope = "jdbc", key = "pg-password")
customers <- SparkR::read.df(source = "jdbc", url = "jdbc:postgresql://pg.internal:5432/crm",
                             dbtable = 'public.customers', user = "analytics", password = pg_pw)
sc <- sparklyr::spark_connect(method = "databricks")
sf <- sparklyr::spark_read_jdbc(sc, name = "sf_orders",
  options = list(url = sprintf("jdbc:snowflake://%s.snowflakecomputing.com", "acme"),
                 user = Sys.getenv("SF_USER"), password = 'Sn0w\'fl@ke'))
con <- DBI::dbConnect(odbc::odbc(), Driver = "ODBC Driver 18 for SQL Server", PWD = "0dbcP@ss", Port = 1433)
env <- dbutils.widgets.get("env")
greeting <- glue::glue("user={jdbc_user};env={env}")
query <- r"(SELECT * FROM t WHERE note = "a\b")"
tok <- httr::POST("https://login.microsoftonline.com/tenant/oauth2/v2.0/token",
  body = list(client_id = "abc", client_secret = "s3cr3t"), encode = "form")
resp <- httr2::request("https://adb-1.azuredatabricks.net/oidc/v1/token") |>
  httr2::req_body_form(grant_type = "client_credentials", client_secret = "ht2s3cr3t") |>
  httr2::req_perform()
debug <- FALSE
