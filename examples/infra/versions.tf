terraform {
  required_version = ">= 1.6"

  required_providers {
    azurerm    = { source = "hashicorp/azurerm", version = "~> 3.110" }
    databricks = { source = "databricks/databricks", version = "~> 1.58" }
  }
}

provider "azurerm" {
  features {}
}

provider "databricks" {
  host                        = azurerm_databricks_workspace.retail.workspace_url
  azure_workspace_resource_id = azurerm_databricks_workspace.retail.id
}
