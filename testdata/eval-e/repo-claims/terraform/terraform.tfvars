workspace_url = "https://dbc-21be08d4-9a77.cloud.databricks.com"
smtp_password = "r2e3OCrQ-jyPP7T"
