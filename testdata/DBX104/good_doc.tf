data "azurerm_key_vault_secret" "crm_api_key" {
  name         = "crm-api-key"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret_scope" "crm_vault" {
  name = "crm-vault"
}

resource "databricks_secret" "crm_vault_api_key" {
  scope        = databricks_secret_scope.crm_vault.name
  key          = "api-key"
  string_value = data.azurerm_key_vault_secret.crm_api_key.value
}
