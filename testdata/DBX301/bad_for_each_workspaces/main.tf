terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }
}

resource "azurerm_databricks_workspace" "bu" {
  for_each            = local.workspaces
  name                = "dbw-${each.key}-prod"
  resource_group_name = "rg-data-${each.key}"
  location            = "westeurope"
  sku                 = each.value.sku

  custom_parameters {
    no_public_ip = each.value.no_public_ip
  }
}
