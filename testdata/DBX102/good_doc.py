from databricks.sdk import WorkspaceClient

# Host and credentials come from DATABRICKS_HOST and DATABRICKS_TOKEN, OAuth
# (DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET) or a profile written by
# `databricks auth login`.
w = WorkspaceClient(profile="sales-prod")
