terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
    databricks = {
      source = "databricks/databricks"
    }
  }
}

resource "azurerm_databricks_workspace" "this" {
  name                = "dbw-${local.prefix}"
  resource_group_name = var.resource_group
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = false
  }
}

resource "databricks_token" "ci" {
  comment = "CI pipeline"
}

resource "databricks_token" "rotating" {
  comment          = "rotated every 60 days"
  lifetime_seconds = 60 * 24 * 60 * 60
}
