# terraform plan -var-file=staging.tfvars
environment        = "staging"
orders_db_host     = "orders-staging.postgres.database.azure.com"
orders_db_password = "Ord-Staging-Pw" # want DBX101 `"password" is a literal password \(through "var\.orders_db_password"\)`
