terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.58"
    }
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
    http = {
      source  = "hashicorp/http"
      version = "~> 3.4"
    }
  }
}

provider "azurerm" {
  features {}
}

provider "databricks" {
  host                        = var.workspace_url
  azure_workspace_resource_id = var.workspace_resource_id
  azure_client_id             = var.sp_client_id
  azure_client_secret         = var.sp_client_secret
  azure_tenant_id             = var.tenant_id
}

# bootstrap alias: grants the SP workspace admin on a fresh workspace (PLAT-611).
# Token of the platform admin account; revoke after the first apply!
provider "databricks" {
  alias = "bootstrap"
  host  = var.workspace_url
  token = "dapic553a2eae12a8266e5c46f8862fe2cdb"
}

data "azurerm_key_vault" "platform" {
  name                = "kv-platform-prod-weu"
  resource_group_name = "rg-platform-kv"
}

data "azurerm_key_vault_secret" "ingest_sp" {
  name         = "ingest-sp-client-secret"
  key_vault_id = data.azurerm_key_vault.platform.id
}

data "azurerm_key_vault_secret" "pg_ops" {
  name         = "pg-ops-federation-password"
  key_vault_id = data.azurerm_key_vault.platform.id
}
