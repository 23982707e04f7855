terraform {
  required_providers {
    azurerm = {
      source = "hashicorp/azurerm"
    }
    databricks = {
      source = "databricks/databricks"
    }
  }
}

variable "environment" {
  type = string
}

variable "key_vault_id" {
  type = string
}

data "azurerm_key_vault_secret" "pos_reader" {
  name         = "pos-reader-password"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret_scope" "retail" {
  name = "retail-${var.environment}"
}

resource "databricks_secret_scope" "kv_backed" {
  name = "retail-kv"

  keyvault_metadata {
    resource_id = var.key_vault_id
    dns_name    = "https://kv-retail-${var.environment}.vault.azure.net/"
  }
}

# Store-ops analysts rotate the webhook keys themselves.
resource "databricks_secret_scope" "store_ops" {
  name                     = "store-ops-${var.environment}"
  initial_manage_principal = "users"
}

resource "databricks_secret" "pos_reader" {
  scope        = databricks_secret_scope.retail.name
  key          = "pos-reader-password"
  string_value = data.azurerm_key_vault_secret.pos_reader.value
}

resource "databricks_secret" "loyalty_webhook" {
  scope        = databricks_secret_scope.store_ops.name
  key          = "loyalty-webhook-signing-key"
  string_value = "nH3#rT9vQx2!Lm8Kd"
}

resource "databricks_secret_acl" "store_ops_read" {
  scope      = databricks_secret_scope.store_ops.name
  principal  = "store-ops-analysts"
  permission = "READ"
}
