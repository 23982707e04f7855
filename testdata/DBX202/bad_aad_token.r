# Databricks notebook source
library(httr)

tenant_id <- dbutils.secrets.get(scope = "ingest-sp", key = "tenant-id")
client_id <- dbutils.secrets.get(scope = "ingest-sp", key = "client-id")
client_secret <- dbutils.secrets.get(scope = "ingest-sp", key = "client-secret")

# COMMAND ----------

res <- POST(paste0("https://login.microsoftonline.com/", tenant_id, "/oauth2/token"),
  body = list(grant_type = "client_credentials", client_id = client_id, client_secret = client_secret,
    resource = "2ff814a6-3304-4ab8-85cb-cd0e6f8791cd"), encode = "form") # want DBX202 "not the Azure Databricks application ID"

# COMMAND ----------

res2 <- POST(paste0("https://login.microsoftonline.com/", tenant_id, "/oauth2/v2.0/token"),
  body = list(grant_type = "client_credentials", client_id = client_id, client_secret = client_secret,
    resource = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"), encode = "form") # want DBX202 "v2.0 endpoint rejects"

# COMMAND ----------

# The token URL kept in a variable.
token_url <- paste0("https://login.microsoftonline.com/", tenant_id, "/oauth2/v2.0/token")
res3 <- POST(token_url, body = list(grant_type = "client_credentials", client_id = client_id,
  client_secret = client_secret, resource = "https://management.core.windows.net/"), encode = "form") # want DBX202 "v2.0 endpoint rejects"

# The same with a tenant the notebook never assigns (a job parameter): the R
# front-end does not fold a name whose value has an unknown part.
gov_url <- paste0("https://login.microsoftonline.com/", job_tenant, "/oauth2/v2.0/token")
res4 <- POST(gov_url, body = list(grant_type = "client_credentials", client_id = client_id,
  client_secret = client_secret, resource = "https://management.core.windows.net/"), encode = "form") # todo-want DBX202 "v2.0 endpoint rejects"

# COMMAND ----------

good <- POST(paste0("https://login.microsoftonline.com/", tenant_id, "/oauth2/token"),
  body = list(grant_type = "client_credentials", client_id = client_id, client_secret = client_secret,
    resource = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d"), encode = "form")
