terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

resource "azurerm_databricks_workspace" "analytics" {
  name                = "dbw-analytics-prod"
  resource_group_name = "rg-analytics-prod"
  location            = "westeurope"
  sku                 = "premium"
}
