looker_token_lifetime = 31536000
