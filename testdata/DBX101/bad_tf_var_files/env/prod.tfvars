# terraform plan -var-file=env/prod.tfvars
environment        = "prod"
orders_db_host     = "orders-prod.postgres.database.azure.com"
orders_db_password = "Ord-Prod-Pw-2024" # want DBX101 `"password" is a literal password \(through "var\.orders_db_password"\)`
