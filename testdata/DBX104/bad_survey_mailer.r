# Databricks notebook source
# MAGIC %md
# MAGIC ## Survey mailer
# MAGIC Sends the weekly survey digest. `blastula` reads the SMTP password from `SMTP_PASSWORD`.

# COMMAND ----------

library(blastula)

Sys.setenv(SMTP_USER = "svc-survey-mailer")
Sys.setenv(SMTP_PASSWORD = "Surv3y-Mail-2025") # want DBX104 `environment variable "SMTP_PASSWORD" is a literal \(.*\); read it with dbutils.secrets.get\(scope, key\) instead`
Sys.setenv(SURVEY_API_TOKEN = dbutils.secrets.get(scope = "survey", key = "api-token"))
Sys.setenv(SURVEY_TOKEN_URL = "https://api.survey-vendor.example/oauth/token")

creds <- creds_envvar(user = Sys.getenv("SMTP_USER"), pass_envvar = "SMTP_PASSWORD", host = "smtp.contoso.com", port = 587)
