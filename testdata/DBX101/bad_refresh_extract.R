#!/usr/bin/env Rscript
# Refreshes the finance extract consumed by the Shiny dashboard.
# Scheduled as a Databricks job task (spark_r_task).

library(SparkR)
library(DBI)

sparkR.session()

ledger_password <- "L3dger-Shiny-R"  # want DBX101 `literal password`
ledger <- read.jdbc(
  url = "jdbc:postgresql://ledger-pg.internal:5432/ledger",
  tableName = "public.entries",
  user = "shiny",
  password = ledger_password
)

fx <- read.df(source = "jdbc",
              url = "jdbc:sqlserver://fx.database.windows.net:1433;database=fx;user=fx_ro;password=Fx-R3ad-R", # want DBX101 `JDBC URL embeds a literal password \("[^"…]{0,4}…[^"…]{0,4}"\)`
              dbtable = "dbo.rates")

con <- dbConnect(RPostgres::Postgres(),
                 host = "ledger-pg.internal",
                 dbname = "ledger",
                 user = "shiny",
                 password = "L3dger-Shiny-Pg") # want DBX101 `literal password`

dw <- DBI::dbConnect(odbc::odbc(),
                     .connection_string = "Driver={ODBC Driver 18 for SQL Server};Server=dw.database.windows.net;Database=dw;UID=shiny;PWD=Dw-Shiny-0dbc;") # want DBX101 `literal password`

SparkR::sql("CREATE TABLE IF NOT EXISTS finance.fx USING JDBC OPTIONS (url 'jdbc:sqlserver://fx.database.windows.net:1433;database=fx', dbtable 'dbo.rates', user 'fx_ro', password 'Fx-R-Ddl-Pw')") # want DBX101 `connection option "password" is a literal password`

backup_pw <- Sys.getenv("LEDGER_BACKUP_PASSWORD", unset = "L3dger-Backup-R") # want DBX101 `literal password`
backup <- read.jdbc("jdbc:postgresql://ledger-backup:5432/ledger", "public.entries", user = "shiny", password = backup_pw)

write.df(summarize(groupBy(ledger, "account"), total = sum(ledger$amount)),
         path = "/mnt/finance/extract", source = "delta", mode = "overwrite")
