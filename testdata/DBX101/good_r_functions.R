# Warehouse extracts for the finance dashboards; credentials come from the
# workspace's secret scope.
library(DBI)

connect_dw <- function(user, password, server = "sqldw-finance.database.windows.net") {
  DBI::dbConnect(odbc::odbc(),
    Driver = "ODBC Driver 18 for SQL Server",
    Server = server, Database = "finance", UID = user, PWD = password)
}

jdbc_dw <- function(url, user, pw = dbutils.secrets.get("finance", "dw-password")) {
  drv <- RJDBC::JDBC("com.microsoft.sqlserver.jdbc.SQLServerDriver", "/dbfs/FileStore/jars/mssql-jdbc-12.4.jar")
  dbConnect(drv, url, user, pw)
}

con <- connect_dw("svc_finance", dbutils.secrets.get("finance", "dw-password"))
con2 <- connect_dw(password = Sys.getenv("DW_PASSWORD"), user = "svc_finance")
con3 <- jdbc_dw("jdbc:sqlserver://sqldw-finance.database.windows.net:1433;database=finance", "svc_finance")
# A literal that is not a password: the server name passed to the helper.
con4 <- connect_dw("svc_finance", dbutils.secrets.get("finance", "dw-password"), "sqldw-finance-dr.database.windows.net")
label <- function(password_hint) paste("hint:", password_hint)
label("ask the platform team")

# Settings after the helper: the call reads them.
open_reporting <- function() DBI::dbConnect(RPostgres::Postgres(), host = "pg-reporting.internal", user = "reporter", password = reporting_secret)
reporting_secret <- dbutils.secrets.get("finance", "reporting-password")
rep <- open_reporting()
