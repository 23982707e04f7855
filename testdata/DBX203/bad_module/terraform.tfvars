workspace_url            = "https://adb-1234567890123456.7.azuredatabricks.net"
ingestion_token_lifetime = 31536000 # want DBX203 `databricks_token "ingestion" lifetime_seconds 31536000 is 365 days`
