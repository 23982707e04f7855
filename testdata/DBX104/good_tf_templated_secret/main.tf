locals {
  env = "prod"
}

data "azurerm_key_vault_secret" "rds" {
  name         = "rds-password-${local.env}"
  key_vault_id = var.key_vault_id
}

variable "key_vault_id" {
  type = string
}

resource "databricks_secret" "rds_password" {
  scope        = "app-${local.env}"
  key          = "rds-password"
  string_value = data.azurerm_key_vault_secret.rds.value
}

resource "databricks_secret" "rds_user" {
  scope        = "app-${local.env}"
  key          = "rds-user"
  string_value = "${local.env}-reporting"
}
