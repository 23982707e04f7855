prefix       = "analytics"
no_public_ip = false # want DBX301 `azurerm_databricks_workspace "from_variable" sets no_public_ip = false`
