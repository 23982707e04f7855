workspace_url          = "https://dbc-7f3a91c2-5d4e.cloud.databricks.com"
bi_token_lifetime_days = 30
smtp_password          = "YOUR_SMTP_PASSWORD"
