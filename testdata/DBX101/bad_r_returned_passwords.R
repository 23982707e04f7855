# Nightly margin report: reads the finance warehouse and the pricing database.
library(DBI)
library(RJDBC)

get_pwd <- function() "Marg1n-Rep0rt!24" # want DBX101 "literal password"

warehouse_password <- function(env = "prod") {
  if (env == "dev") {
    message("using the dev warehouse")
  }
  return("Wh-Pr0d-Marg1n!") # want DBX101 "literal password"
}

drv <- JDBC("com.microsoft.sqlserver.jdbc.SQLServerDriver", "/dbfs/FileStore/jars/mssql-jdbc-12.4.jar")
con <- dbConnect(drv, "jdbc:sqlserver://sqldw-finance.database.windows.net:1433;database=finance",
  user = "svc_margin", password = get_pwd())

open_pricing <- function() {
  DBI::dbConnect(odbc::odbc(), Driver = "ODBC Driver 18 for SQL Server",
    Server = "pricing-sql.database.windows.net", Database = "pricing",
    UID = "svc_margin", PWD = warehouse_password())
}
pricing <- open_pricing()
