environment        = "dev"
orders_db_host     = "orders-dev.postgres.database.azure.com"
orders_db_password = "<set TF_VAR_orders_db_password>"
