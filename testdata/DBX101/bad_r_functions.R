# Warehouse extracts for the finance dashboards. Connections are opened by
# helpers so that every report uses the same driver settings.
library(DBI)

connect_dw <- function(user, password, server = "sqldw-finance.database.windows.net") {
  DBI::dbConnect(odbc::odbc(),
    Driver = "ODBC Driver 18 for SQL Server",
    Server = server, Database = "finance", UID = user, PWD = password)
}

jdbc_dw <- function(url, user, pw = "Fin@nce-2024-dw") { # want DBX101 "literal password"
  drv <- RJDBC::JDBC("com.microsoft.sqlserver.jdbc.SQLServerDriver", "/dbfs/FileStore/jars/mssql-jdbc-12.4.jar")
  dbConnect(drv, url, user, pw)
}

pg <- function(...) DBI::dbConnect(RPostgres::Postgres(), host = "pg-reporting.internal", ...)

con <- connect_dw("svc_finance", "Q3-close!2024") # want DBX101 "literal password"
con2 <- connect_dw(password = "Q4-close!2024", user = "svc_finance") # want DBX101 "literal password"
con3 <- jdbc_dw("jdbc:sqlserver://sqldw-finance.database.windows.net:1433;database=finance", "svc_finance")
raw <- dbConnect(RJDBC::JDBC("org.postgresql.Driver", "/dbfs/jars/postgresql.jar"),
  "jdbc:postgresql://pg-reporting.internal:5432/reports", "reporter", "Rep0rts!2024") # want DBX101 "literal password"

# Settings after the helper: the call reads them.
open_reporting <- function() DBI::dbConnect(RPostgres::Postgres(), host = "pg-reporting.internal", user = "reporter", password = reporting_secret)
reporting_secret <- "Rep0rting-2024!" # want DBX101 "literal password"
rep <- open_reporting()
