terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.2.0, < 5.0.0"
    }
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.58"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

provider "databricks" {
  alias = "analytics"
  host  = azurerm_databricks_workspace.analytics.workspace_url
}

resource "azurerm_resource_group" "analytics" {
  name     = "rg-dbx-analytics-weu"
  location = var.location
}

resource "azurerm_databricks_workspace" "analytics" {
  name                          = "dbw-contoso-analytics-weu"
  resource_group_name           = azurerm_resource_group.analytics.name
  location                      = azurerm_resource_group.analytics.location
  sku                           = "premium"
  public_network_access_enabled = true

  custom_parameters {
    no_public_ip        = true
    virtual_network_id  = var.vnet_id
    public_subnet_name  = "snet-analytics-host"
    private_subnet_name = "snet-analytics-container"
  }
}

# Sandbox for hackathons: default networking (azurerm 4.x defaults no_public_ip to true).
resource "azurerm_databricks_workspace" "sandbox" {
  name                = "dbw-contoso-sandbox-weu"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location
  sku                 = "premium"
}

resource "databricks_workspace_conf" "analytics" {
  provider = databricks.analytics
  custom_config = {
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "60"
  }
}

resource "databricks_secret_scope" "analytics" {
  provider = databricks.analytics
  name     = "analytics"
}

resource "databricks_secret_acl" "analytics_readers" {
  provider   = databricks.analytics
  scope      = databricks_secret_scope.analytics.name
  principal  = "analytics-readers"
  permission = "READ"
}

resource "databricks_secret" "looker_client_secret" {
  provider     = databricks.analytics
  scope        = databricks_secret_scope.analytics.name
  key          = "looker-client-secret"
  string_value = var.looker_client_secret
}
