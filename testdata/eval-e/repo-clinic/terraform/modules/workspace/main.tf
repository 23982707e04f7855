variable "name" {
  type = string
}

variable "resource_group" {
  type = string
}

variable "location" {
  type = string
}

variable "no_public_ip" {
  type    = bool
  default = true
}

resource "azurerm_databricks_workspace" "this" {
  name                = var.name
  resource_group_name = var.resource_group
  location            = var.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = var.no_public_ip
  }
}

output "workspace_url" {
  value = azurerm_databricks_workspace.this.workspace_url
}
