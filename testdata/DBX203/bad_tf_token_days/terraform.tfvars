etl_token_days = 400 # want DBX203 `databricks_token "etl" lifetime_seconds 34560000 is 400 days`
