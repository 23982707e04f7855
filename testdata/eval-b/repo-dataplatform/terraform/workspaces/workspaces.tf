resource "azurerm_resource_group" "dbw" {
  for_each = local.workspaces
  name     = "rg-dbw-${replace(each.key, "_", "-")}-weu"
  location = local.region
  tags     = local.common_tags
}

resource "azurerm_databricks_workspace" "this" {
  for_each                    = local.workspaces
  name                        = "dbw-${replace(each.key, "_", "-")}-weu"
  resource_group_name         = azurerm_resource_group.dbw[each.key].name
  location                    = local.region
  sku                         = each.value.sku
  managed_resource_group_name = "databricks-rg-${each.key}"

  custom_parameters {
    no_public_ip        = each.value.no_public_ip
    virtual_network_id  = var.vnet_id
    public_subnet_name  = each.value.public_subnet
    private_subnet_name = each.value.private_subnet
  }

  tags = merge(local.common_tags, { workspace = each.key })
}

# Old BI workspace, imported into state in 2022 (terraform import ...). Do not recreate.
resource "azurerm_databricks_workspace" "legacy_bi" {
  name                = "dbw-bi-legacy-weu"
  resource_group_name = "rg-bi-legacy"
  location            = local.region
  sku                 = "premium"

  tags = merge(local.common_tags, { lifecycle = "sunset-2026" })

  lifecycle {
    ignore_changes = [tags]
  }
}

variable "vnet_id" {
  type = string
}

output "workspace_urls" {
  value = { for k, w in azurerm_databricks_workspace.this : k => "https://${w.workspace_url}" }
}
