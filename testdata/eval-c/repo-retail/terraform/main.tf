terraform {
  required_version = ">= 1.6"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.116"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.58"
    }
  }

  backend "azurerm" {
    resource_group_name  = "rg-retail-tfstate"
    storage_account_name = "stretailtfstate"
    container_name       = "tfstate"
    key                  = "retail-dbx.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

provider "databricks" {
  host  = module.platform.workspace_url
  token = var.databricks_pat
}

module "platform" {
  source              = "./modules/platform"
  environment         = var.environment
  location            = var.location
  resource_group_name = "rg-retail-dbx-${var.environment}"
  vnet_cidr           = var.vnet_cidr
  key_vault_id        = var.key_vault_id
}

output "workspace_url" {
  value = module.platform.workspace_url
}
