#' Load reference data (product hierarchy, regions) from the reference SQL database.
#'
#' Example:
#'   con <- dbConnect(drv, "jdbc:sqlserver://<server>:1433;database=reference", "<user>", "<password>")
#'
#' @return a list of data frames
load_reference <- function() {
  library(DBI)
  library(RJDBC)

  drv <- JDBC("com.microsoft.sqlserver.jdbc.SQLServerDriver", "/dbfs/FileStore/jars/mssql-jdbc-12.6.1.jre11.jar")

  ref_con <- dbConnect(drv, "jdbc:sqlserver://reference-sql.database.windows.net:1433;database=reference;user=ref_reader;password=R3f-Data!load;encrypt=true")
  on.exit(dbDisconnect(ref_con), add = TRUE)

  geo_con <- dbConnect(drv, "jdbc:sqlserver://geo-sql.database.windows.net:1433;database=geo;encrypt=true",
                       Sys.getenv("GEO_DB_USER"), Sys.getenv("GEO_DB_PASSWORD"))
  on.exit(dbDisconnect(geo_con), add = TRUE)

  list(
    products = dbGetQuery(ref_con, "SELECT * FROM dbo.product_hierarchy"),
    regions  = dbGetQuery(geo_con, "SELECT * FROM dbo.regions")
  )
}
