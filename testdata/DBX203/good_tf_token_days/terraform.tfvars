etl_token_days = 14
