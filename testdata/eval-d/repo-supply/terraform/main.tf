terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.60"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

resource "azurerm_resource_group" "supply" {
  name     = "fab-supply-${var.env}-rg"
  location = var.location
}

# azurerm 4.x creates workspaces with secure cluster connectivity by default.
resource "azurerm_databricks_workspace" "supply" {
  name                        = "fab-supply-${var.env}-dbw"
  resource_group_name         = azurerm_resource_group.supply.name
  location                    = var.location
  sku                         = "premium"
  managed_resource_group_name = "fab-supply-${var.env}-dbw-managed"
}

resource "azurerm_databricks_workspace" "edge_analytics" {
  name                = "fab-edge-${var.env}-dbw"
  resource_group_name = azurerm_resource_group.supply.name
  location            = var.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = var.edge_no_public_ip
  }
}

provider "databricks" {
  host = "https://${azurerm_databricks_workspace.supply.workspace_url}"
}

module "supplier_portal" {
  source        = "./modules/supplier_portal"
  for_each      = { for s in var.suppliers : s.name => s }
  supplier      = each.key
  sftp_user     = each.value.sftp_user
  sftp_password = each.value.sftp_password
}

resource "databricks_workspace_conf" "supply" {
  custom_config = {
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "365"
  }
}
