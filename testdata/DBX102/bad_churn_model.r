# Databricks notebook source
library(SparkR)
library(httr)

# COMMAND ----------

Sys.setenv(DATABRICKS_HOST = "https://adb-5519038870213344.4.azuredatabricks.net")
Sys.setenv(DATABRICKS_TOKEN = "dapi3cd6cd2f1771cddabc3b4cb13db73699") # want DBX102 "personal access token"

# COMMAND ----------

runs <- GET(
  "https://adb-5519038870213344.4.azuredatabricks.net/api/2.1/jobs/runs/list",
  add_headers(Authorization = paste("Bearer", "dkea3949ec8f0f983b7f217b783680cbc3e7")) # want DBX102 `Databricks token written in the file \("dkea…c3e7"\); revoke it and read it`
)
