resource "azurerm_databricks_workspace" "sandbox" {
  name                = "dbw-sandbox"
  resource_group_name = "rg-sandbox"
  location            = "westeurope"
  sku                 = "standard"
}

# The Standard plan has no secret ACLs: Databricks requires "users" here.
resource "databricks_secret_scope" "sandbox" {
  name                     = "sandbox"
  initial_manage_principal = "users" # want DBX302 `Standard plan: required there; note only, as azurerm_databricks_workspace "sandbox" has no secret ACLs`
}
