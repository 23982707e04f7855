provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "this" {
  name     = "rg-${var.prefix}"
  location = var.location
}

resource "azurerm_databricks_workspace" "dev" { # want DBX301 `azurerm_databricks_workspace "dev" does not set no_public_ip, and the azurerm constraint ">= 3.0, < 5.0" allows provider versions before 4.0`
  name                = "dbw-${var.prefix}-dev"
  resource_group_name = azurerm_resource_group.this.name
  location            = azurerm_resource_group.this.location
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "vnet" { # want DBX301 `azurerm_databricks_workspace "vnet" does not set no_public_ip`
  name                = "dbw-${var.prefix}-vnet"
  resource_group_name = azurerm_resource_group.this.name
  location            = azurerm_resource_group.this.location
  sku                 = "premium"

  custom_parameters {
    virtual_network_id                                   = azurerm_virtual_network.this.id
    public_subnet_name                                   = azurerm_subnet.public.name
    private_subnet_name                                  = azurerm_subnet.private.name
    public_subnet_network_security_group_association_id  = azurerm_subnet_network_security_group_association.public.id
    private_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.private.id
  }
}

resource "azurerm_databricks_workspace" "from_variable" {
  name                = "dbw-${var.prefix}-var"
  resource_group_name = azurerm_resource_group.this.name
  location            = azurerm_resource_group.this.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = var.no_public_ip
  }
}

resource "azurerm_databricks_workspace" "quoted" {
  name                = "dbw-${var.prefix}-quoted"
  resource_group_name = azurerm_resource_group.this.name
  location            = azurerm_resource_group.this.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = "false" # want DBX301 `azurerm_databricks_workspace "quoted" sets no_public_ip = false`
  }
}

resource "azurerm_databricks_workspace" "secure" {
  name                = "dbw-${var.prefix}-secure"
  resource_group_name = azurerm_resource_group.this.name
  location            = azurerm_resource_group.this.location
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}

# A workspace in a module call is the module's business:
module "sandbox" {
  source = "./modules/workspace"
  name   = "dbw-${var.prefix}-sandbox"
}
