resource "azurerm_databricks_workspace" "reporting" {
  name                = "dbw-reporting-prod"
  resource_group_name = "rg-reporting-prod"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}
