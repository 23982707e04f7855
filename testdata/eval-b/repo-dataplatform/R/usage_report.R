#!/usr/bin/env Rscript
# Monthly DBU usage report for the steering committee (runs on the reporting VM, not on Databricks).
# Needs the Databricks JDBC driver jar at /opt/jdbc/DatabricksJDBC42.jar
suppressPackageStartupMessages({
  library(RJDBC)
  library(dplyr)
  library(ggplot2)
})

workspace_host <- "adb-4417328716381952.12.azuredatabricks.net"
http_path <- "/sql/1.0/warehouses/5b2d8e0f9a1c3e47"

jdbc_url <- function(host, path, token) {
  # token is appended as PWD; UID is always the literal "token"
  sprintf("jdbc:databricks://%s:443;httpPath=%s;AuthMech=3;UID=token;PWD=%s;transportMode=http;ssl=1", host, path, token)
}

drv <- JDBC("com.databricks.client.jdbc.Driver", "/opt/jdbc/DatabricksJDBC42.jar")

# reporting VM has no managed identity yet; token of the svc-reporting user (exp. 2026-03)
con <- dbConnect(drv, "jdbc:databricks://adb-4417328716381952.12.azuredatabricks.net:443;httpPath=/sql/1.0/warehouses/5b2d8e0f9a1c3e47;AuthMech=3;UID=token;PWD=dapi3b24522a70b744273a9a461ea8177dc7;transportMode=http;ssl=1")

# second connection for the finance warehouse uses the env token (set by the cron wrapper)
con_fin <- dbConnect(drv, jdbc_url("adb-5830061844220718.18.azuredatabricks.net", "/sql/1.0/warehouses/9c1f2a7be0d43a11", Sys.getenv("DATABRICKS_TOKEN")))

usage <- dbGetQuery(con, "
  SELECT workspace_id, sku_name, date_trunc('MONTH', usage_date) AS month, sum(usage_quantity) AS dbus
  FROM system.billing.usage
  WHERE usage_date >= add_months(current_date(), -12)
  GROUP BY ALL
")

p <- usage %>%
  mutate(month = as.Date(month)) %>%
  ggplot(aes(month, dbus, fill = sku_name)) +
  geom_col() +
  labs(title = "DBU je Monat (12 Monate)", x = NULL, y = "DBU")

ggsave(sprintf("/srv/reports/dbu_%s.png", format(Sys.Date(), "%Y-%m")), p, width = 11, height = 6)
dbDisconnect(con)
dbDisconnect(con_fin)
