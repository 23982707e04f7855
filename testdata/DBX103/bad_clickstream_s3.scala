// Databricks notebook source
// MAGIC %md
// MAGIC ## Clickstream import from the marketing AWS account
// MAGIC The bucket lives outside our Unity Catalog metastore, so the job reads it with S3A keys.

// COMMAND ----------

val bucket = "mkt-clickstream-prod"
val hconf = spark.sparkContext.hadoopConfiguration
hconf.set("fs.s3a.access.key", "AKIAHWZNI34BPOTFUD4I") // IAM user mkt-clickstream-reader
hconf.set("fs.s3a.secret.key", "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") // want DBX103 `AWS secret access key written into Spark conf "fs.s3a.secret.key" \("30K0…YdMK"\); deactivate the access key in IAM, then read it with dbutils.secrets.get.*; its access key ID is on line 10$`
hconf.set(s"fs.s3a.bucket.$bucket.secret.key", dbutils.secrets.get("mkt-aws", "secret-key"))
hconf.set("fs.s3a.endpoint", "s3.eu-west-1.amazonaws.com")

val clicks = spark.read.json(s"s3a://$bucket/events/2025/")

// COMMAND ----------

import com.azure.identity.ClientSecretCredentialBuilder

val credential = new ClientSecretCredentialBuilder()
  .tenantId("8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86")
  .clientId("5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04")
  .clientSecret("M6X6Q~RBrZXJd-Wf1Z3l5iM1vGi37DilK~lL5sEL") // want DBX103 "Entra ID client secret written into clientSecret argument"
  .build()

val keyVaultSecret = new ClientSecretCredentialBuilder()
  .tenantId("8d3f1a42-6b7e-4c95-a0d1-2e9f5c7b3a86")
  .clientId("5e2b7c91-0d4f-4a38-b6e2-9c1f7a3d5b04")
  .clientSecret(dbutils.secrets.get("kv-sales", "sp-ingest-secret"))
  .build()
