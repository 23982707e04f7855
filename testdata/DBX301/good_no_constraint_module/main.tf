# No azurerm version constraint in this module: the provider version, and
# so the default of no_public_ip, is chosen by the root module.
resource "azurerm_databricks_workspace" "this" {
  name                        = var.name
  resource_group_name         = var.resource_group_name
  location                    = var.location
  sku                         = "premium"
  managed_resource_group_name = "${var.name}-managed"

  custom_parameters {
    no_public_ip = true
  }
}

resource "azurerm_databricks_workspace" "legacy" {
  name                = "${var.name}-legacy"
  resource_group_name = var.resource_group_name
  location            = var.location
  sku                 = "standard"
}

variable "name" {
  type = string
}

variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}
