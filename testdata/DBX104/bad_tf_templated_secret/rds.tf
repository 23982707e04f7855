# Connection settings for the reporting RDS instance, kept in the app scope.
locals {
  rds_password = "${local.env}-Rds-9fK2mQ7vLx4TzW8p" # want DBX104 `literal`
}

resource "databricks_secret" "rds_password_from_local" {
  scope        = databricks_secret_scope.app.name
  key          = "rds-password-reporting"
  string_value = local.rds_password
}

module "rds" {
  source      = "./modules/rds"
  db_password = "${var.prefix}Qz8HnR3vK6tYw2Lp9sDf" # want DBX104 `literal`
}
