resource "databricks_secret" "smtp" {
  scope        = var.scope
  key          = "smtp-password"
  string_value = var.smtp_password
}

resource "databricks_secret" "broker_api" {
  scope        = var.scope
  key          = "broker-api-password"
  string_value = var.broker_api
}

resource "databricks_secret" "rds" {
  scope        = var.scope
  key          = "rds-password"
  string_value = var.rds_password
}

resource "databricks_secret" "rds_user" {
  scope        = var.scope
  key          = "rds-user"
  string_value = "claims_admin"
}
