provider "azurerm" {
  features {}
}

provider "databricks" {
  host = module.workspace.workspace_url
}

locals {
  env    = "prod"
  prefix = "nw-fin-${local.env}"
  tags   = merge(var.common_tags, { cost_center = "FIN-OPS", environment = local.env })
}

resource "azurerm_resource_group" "fin" {
  name     = "${local.prefix}-rg"
  location = var.location
  tags     = local.tags
}

module "workspace" {
  source              = "./modules/workspace"
  name                = "${local.prefix}-dbw"
  resource_group_name = azurerm_resource_group.fin.name
  location            = var.location
  no_public_ip        = false
  tags                = local.tags
}

module "workspace_sandbox" {
  source              = "./modules/workspace"
  name                = "${local.prefix}-sbx-dbw"
  resource_group_name = azurerm_resource_group.fin.name
  location            = var.location
  no_public_ip        = true
  tags                = local.tags
}

resource "databricks_secret_scope" "ledger" {
  name = "ledger-prod"
}

resource "databricks_secret" "ledger_db" {
  scope        = databricks_secret_scope.ledger.name
  key          = "db-password"
  string_value = "${local.env}-4GNaaZ!lWI0R1B"
}

resource "databricks_secret" "vendor" {
  for_each     = var.vendor_api_keys
  scope        = databricks_secret_scope.ledger.name
  key          = each.key
  string_value = each.value
}

data "azurerm_key_vault_secret" "adls_key" {
  name         = "nwfinledger-key"
  key_vault_id = var.key_vault_id
}

resource "databricks_secret" "adls_key" {
  scope        = databricks_secret_scope.ledger.name
  key          = "adls-key"
  string_value = data.azurerm_key_vault_secret.adls_key.value
}

resource "databricks_token" "close_orchestrator" {
  comment          = "close orchestrator"
  lifetime_seconds = var.orchestrator_token_lifetime
}

resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "90"
    "enableIpAccessLists"  = true
  }
}

resource "azurerm_windows_virtual_machine" "close_test_vm" {
  name                  = "${local.prefix}-testvm"
  resource_group_name   = azurerm_resource_group.fin.name
  location              = var.location
  size                  = "Standard_B2ms"
  admin_username        = "closeadmin"
  admin_password        = var.test_vm_admin_password
  network_interface_ids = [var.test_vm_nic_id]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}
