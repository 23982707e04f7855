module "workspace" {
  source              = "../workspace"
  name                = "dbw-retail-${var.environment}"
  resource_group_name = var.resource_group_name
  location            = var.location
  vnet_cidr           = var.vnet_cidr
  sku                 = "premium"
}

module "workspace_settings" {
  source       = "../workspace_settings"
  environment  = var.environment
  key_vault_id = var.key_vault_id

  depends_on = [module.workspace]
}

output "workspace_url" {
  value = module.workspace.workspace_url
}
