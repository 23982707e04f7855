terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.116"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.60"
    }
  }
  backend "azurerm" {
    resource_group_name  = "nw-fin-tfstate"
    storage_account_name = "nwfintfstate"
    container_name       = "tfstate"
    key                  = "finance-platform.tfstate"
  }
}
