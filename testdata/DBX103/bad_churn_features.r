# Databricks notebook source
library(SparkR)

# COMMAND ----------

sparkR.session(sparkConfig = list(
  "fs.azure.account.key.mlfeatures.dfs.core.windows.net" = "Wly/bQRcCodg1FWP5fq9hbHjsRMeErnr7T+dUHUgADs0Jmi79tlGTQmA+O+PTs+vrKMLzHe2Ks71mtK4d8M3zQ==", # want DBX103 "Azure storage account key written into Spark conf"
  "fs.azure.account.key.mlscratch.dfs.core.windows.net" = dbutils.secrets.get(scope = "ml-storage", key = "mlscratch")
))

# COMMAND ----------

# aws.s3 reads the credentials from the environment.
Sys.setenv(
  AWS_ACCESS_KEY_ID = "AKIA6POEOLHFRSEZC4U7", # IAM user churn-features
  AWS_SECRET_ACCESS_KEY = "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", # want DBX103 "AWS secret access key written into argument \"AWS_SECRET_ACCESS_KEY\".*; its access key ID is on line 15$"
  AWS_DEFAULT_REGION = "eu-west-1"
)
survey <- aws.s3::s3read_using(read.csv, object = "s3://mkt-surveys/2025/q1.csv")
