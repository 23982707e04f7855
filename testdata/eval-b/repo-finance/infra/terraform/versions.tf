terraform {
  required_version = ">= 1.5.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.90"
    }
    databricks = {
      source  = "databricks/databricks"
      version = ">= 1.40.0"
    }
  }

  backend "azurerm" {
    resource_group_name  = "rg-fin-tfstate"
    storage_account_name = "stfintfstate"
    container_name       = "tfstate"
    key                  = "fin-databricks.tfstate"
    use_azuread_auth     = true
  }
}

provider "azurerm" {
  features {}
  subscription_id = "8d1f6a2e-93b4-4c7a-b0e5-1f2d3c4b5a69"
}

provider "databricks" {
  host = azurerm_databricks_workspace.fin.workspace_url
}
