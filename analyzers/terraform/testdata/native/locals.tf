locals {
  prefix      = "analytics-${var.env}"
  sql_user    = "etl_${local.env_suffix}"
  env_suffix  = "svc"
  kv_password = data.azurerm_key_vault_secret.sql.value
}
