terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.90"
    }
    databricks = {
      source = "databricks/databricks"
    }
  }
}

provider "azurerm" {
  features {}
}

provider "databricks" {
  host = azurerm_databricks_workspace.dev.workspace_url
}

resource "azurerm_resource_group" "dev" {
  name     = "rg-dbx-dev-weu"
  location = var.location
}

# Dev stays on the standard tier to save cost (no secret ACLs, no table ACLs).
resource "azurerm_databricks_workspace" "dev" {
  name                = "dbw-contoso-dev-weu"
  resource_group_name = azurerm_resource_group.dev.name
  location            = azurerm_resource_group.dev.location
  sku                 = "standard"

  tags = {
    environment = "dev"
    owner       = "platform-team"
  }
}

# Standard tier has no secret ACLs, so the scope must be manageable by all users.
resource "databricks_secret_scope" "dev" {
  name                     = "dev-shared"
  initial_manage_principal = "users"
}

resource "databricks_secret" "sql_admin_password" {
  scope        = databricks_secret_scope.dev.name
  key          = "sql-admin-password"
  string_value = var.sql_admin_password
}

resource "databricks_token" "dev_ci" {
  comment          = "dev smoke tests (30 days, rotated by the pipeline)"
  lifetime_seconds = 2592000
}
