# Nightly margin report: reads the finance warehouse and the pricing database.
library(DBI)
library(RJDBC)

get_pwd <- function() dbutils.secrets.get(scope = "finance", key = "svc-margin-password")

warehouse_password <- function(env = "prod") {
  if (env == "dev") {
    return(Sys.getenv("DEV_WAREHOUSE_PASSWORD"))
  }
  return(dbutils.secrets.get("finance", "pricing-sql-password"))
}

report_title <- function() "Nightly margin report"

drv <- JDBC("com.microsoft.sqlserver.jdbc.SQLServerDriver", "/dbfs/FileStore/jars/mssql-jdbc-12.4.jar")
con <- dbConnect(drv, "jdbc:sqlserver://sqldw-finance.database.windows.net:1433;database=finance",
  user = "svc_margin", password = get_pwd())

open_pricing <- function() {
  DBI::dbConnect(odbc::odbc(), Driver = "ODBC Driver 18 for SQL Server",
    Server = "pricing-sql.database.windows.net", Database = "pricing",
    UID = "svc_margin", PWD = warehouse_password())
}
pricing <- open_pricing()
local_pw <- function() "<warehouse-password>"
sandbox <- DBI::dbConnect(RPostgres::Postgres(), host = "pg-sandbox.internal", user = "analyst", password = local_pw())
