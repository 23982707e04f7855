locals {
  tags = {
    team        = "retail-data"
    cost_center = "RT-4410"
  }
}

resource "azurerm_virtual_network" "dbx" {
  name                = "vnet-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  address_space       = [var.vnet_cidr]
  tags                = local.tags
}

resource "azurerm_network_security_group" "dbx" {
  name                = "nsg-${var.name}"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = local.tags
}

resource "azurerm_subnet" "host" {
  name                 = "snet-dbx-host"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.dbx.name
  address_prefixes     = [cidrsubnet(var.vnet_cidr, 2, 0)]

  delegation {
    name = "databricks"
    service_delegation {
      name = "Microsoft.Databricks/workspaces"
    }
  }
}

resource "azurerm_subnet" "container" {
  name                 = "snet-dbx-container"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.dbx.name
  address_prefixes     = [cidrsubnet(var.vnet_cidr, 2, 1)]

  delegation {
    name = "databricks"
    service_delegation {
      name = "Microsoft.Databricks/workspaces"
    }
  }
}

resource "azurerm_subnet_network_security_group_association" "host" {
  subnet_id                 = azurerm_subnet.host.id
  network_security_group_id = azurerm_network_security_group.dbx.id
}

resource "azurerm_subnet_network_security_group_association" "container" {
  subnet_id                 = azurerm_subnet.container.id
  network_security_group_id = azurerm_network_security_group.dbx.id
}

resource "azurerm_databricks_workspace" "this" {
  name                        = var.name
  resource_group_name         = var.resource_group_name
  location                    = var.location
  sku                         = var.sku
  managed_resource_group_name = "${var.name}-managed"

  custom_parameters {
    no_public_ip                                         = var.no_public_ip
    virtual_network_id                                   = azurerm_virtual_network.dbx.id
    public_subnet_name                                   = azurerm_subnet.host.name
    private_subnet_name                                  = azurerm_subnet.container.name
    public_subnet_network_security_group_association_id  = azurerm_subnet_network_security_group_association.host.id
    private_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.container.id
  }

  tags = local.tags
}

# Sandbox for the analysts' hackathon, without VNet injection.
resource "azurerm_databricks_workspace" "sandbox" {
  name                        = "${var.name}-sandbox"
  resource_group_name         = var.resource_group_name
  location                    = var.location
  sku                         = "premium"
  managed_resource_group_name = "${var.name}-sandbox-managed"

  custom_parameters {
    storage_account_name     = "dbfs${replace(var.name, "-", "")}sbx"
    storage_account_sku_name = "Standard_LRS"
  }

  tags = merge(local.tags, { purpose = "hackathon" })
}

output "workspace_url" {
  value = "https://${azurerm_databricks_workspace.this.workspace_url}"
}
