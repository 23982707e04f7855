# terraform plan -var-file=env/prod.tfvars
environment         = "prod"
orders_db_host      = "orders-prod.postgres.database.azure.com"
orders_db_password  = "${ORDERS_DB_PASSWORD}"
returns_db_password = "<replace-me>"
