# terraform plan -var-file=staging.tfvars; passwords come from TF_VAR_* in CI.
environment    = "staging"
orders_db_host = "orders-staging.postgres.database.azure.com"
