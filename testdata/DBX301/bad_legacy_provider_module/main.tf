provider "azurerm" {
  version = "=2.99.0"
  features {}
}

resource "azurerm_databricks_workspace" "old" { # want DBX301 `the azurerm constraint "=2.99.0" allows provider versions before 4.0`
  name                = "dbw-old"
  resource_group_name = "rg-old"
  location            = "westus"
  sku                 = "premium"
}
