# Databricks notebook source
# MAGIC %md
# MAGIC # Board pack — budget vs. actuals
# MAGIC Quarterly. Plots go to `/Volumes/fin/reporting/board/`. Zahlen in T€.

# COMMAND ----------

library(SparkR)
library(sparklyr)
library(dplyr)
library(ggplot2)

sc <- spark_connect(method = "databricks")

# COMMAND ----------

# DBTITLE 1,Actuals (Delta)
actuals <- tbl(sc, dbplyr::in_catalog("fin", "gold", "pnl_monthly")) %>%
  filter(fiscal_year == 2025) %>%
  group_by(cost_centre, fiscal_period) %>%
  summarise(actual_teur = sum(amount_eur, na.rm = TRUE) / 1000)

# COMMAND ----------

# DBTITLE 1,Budget (FP&A Postgres — read directly, the Delta copy lags a week)
budget <- spark_read_jdbc(
  sc,
  name = "budget_lines",
  options = list(
    url = "jdbc:postgresql://pg-budget.fin.internal:5432/budget?sslmode=require",
    user = "budget_ro",
    password = "Bdgt-ro-7731",
    dbtable = "plan.budget_lines",
    driver = "org.postgresql.Driver"
  )
)

# forecast schema: same server, separate account; password from the secret scope
forecast <- spark_read_jdbc(
  sc,
  name = "forecast_lines",
  options = list(
    url = "jdbc:postgresql://pg-budget.fin.internal:5432/budget?sslmode=require",
    user = Sys.getenv("PG_FORECAST_USER", "forecast_ro"),
    password = dbutils.secrets.get(scope = "fin-kv", key = "pg-forecast-password"),
    dbtable = "plan.forecast_lines"
  )
)

# COMMAND ----------

# DBTITLE 1,Plot
bva <- actuals %>%
  inner_join(budget, by = c("cost_centre", "fiscal_period")) %>%
  mutate(delta = actual_teur - budget_teur) %>%
  collect()

p <- ggplot(bva, aes(x = fiscal_period, y = delta, fill = delta > 0)) +
  geom_col() +
  facet_wrap(~cost_centre) +
  labs(title = "Abweichung Ist/Plan (T€)", x = NULL, y = "Δ T€")

ggsave("/Volumes/fin/reporting/board/bva_2025.png", p, width = 12, height = 8)
