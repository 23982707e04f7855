env                  = "dev"
aws_account_id       = "418295730114"
workspace_host       = "https://dbc-8aabb6cf-e42b.cloud.databricks.com"
databricks_client_id = "4497190e-68ed-493b-80c2-37250fec1e16"
# databricks_client_secret: export TF_VAR_databricks_client_secret (1Password item "claims tf dev")
