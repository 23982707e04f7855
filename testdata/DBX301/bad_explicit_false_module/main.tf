resource "azurerm_databricks_workspace" "public" {
  name                = "dbw-public"
  resource_group_name = "rg-dbw"
  location            = "eastus2"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = false # want DBX301 `azurerm_databricks_workspace "public" sets no_public_ip = false: cluster nodes get public IP addresses`
  }
}

resource "azurerm_databricks_workspace" "dynamic_params" {
  name                = "dbw-dynamic"
  resource_group_name = "rg-dbw"
  location            = "eastus2"
  sku                 = "premium"

  dynamic "custom_parameters" {
    for_each = [1]
    content {
      no_public_ip = local.public_nodes ? false : true # want DBX301 `"dynamic_params" sets no_public_ip = false`
    }
  }
}

locals {
  public_nodes = true
}
