locals {
  env = "prod"
}

variable "prefix" {
  type    = string
  default = "svc"
}

resource "databricks_secret_scope" "app" {
  name = "app-${local.env}"
}

resource "databricks_secret" "rds_password" {
  scope        = databricks_secret_scope.app.name
  key          = "rds-password"
  string_value = "${local.env}-Rds-9fK2mQ7vLx4TzW8p" # want DBX104 `literal`
}

resource "databricks_secret" "api_token" {
  scope        = databricks_secret_scope.app.name
  key          = "api-token"
  string_value = "${var.prefix}Qz8HnR3vK6tYw2Lp9sDf" # want DBX104 `literal`
}
