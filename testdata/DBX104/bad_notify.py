# Databricks notebook source
# MAGIC %md
# MAGIC # Sales notifications
# MAGIC The SMTP password lives in the `crm` scope (key `smtp-password`). Old notes said
# MAGIC `SMTP_PASSWORD=Relay-Sm7p-2025`; that value has been rotated.

# COMMAND ----------

import os
from databricks.sdk import WorkspaceClient

os.environ["SMTP_USER"] = "svc-sales-notify"
os.environ["SMTP_PASSWORD"] = "Relay-Sm7p-2025"  # want DBX104 `environment variable "SMTP_PASSWORD" is a literal \(.*\); read it with dbutils.secrets.get\(scope, key\) instead`
os.environ["CRM_API_TOKEN"] = dbutils.secrets.get(scope="crm", key="api-key")
os.environ["CRM_TOKEN_URL"] = "https://login.crm-vendor.example/oauth/token"

# COMMAND ----------

w = WorkspaceClient()
# Seed the scope of the new workspace once.
w.secrets.put_secret("crm", "teams-webhook", string_value="tws-7Lq0Vd3Xk9Pz")  # want DBX104 "secrets.put_secret string_value is a literal"
w.secrets.put_secret(scope="crm", key="api-key", string_value=os.environ["CRM_API_KEY"])

# COMMAND ----------

# MAGIC %sh
# MAGIC databricks secrets put-secret crm report-token --string-value rpt-Xm29dLq8Vz # want DBX104 "is given the secret on the command line"
