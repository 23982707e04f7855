module "analytics" {
  source         = "./modules/workspace"
  name           = "dbw-clinic-analytics"
  resource_group = "rg-clinic-analytics"
  location       = "westeurope"
}

module "research" {
  source         = "./modules/workspace"
  name           = "dbw-clinic-research"
  resource_group = "rg-clinic-research"
  location       = "westeurope"
  no_public_ip   = false
}

resource "azurerm_databricks_workspace" "sandbox" {
  name                = "dbw-clinic-sandbox"
  resource_group_name = "rg-clinic-sandbox"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "training" {
  name                = "dbw-clinic-training"
  resource_group_name = "rg-clinic-training"
  location            = "westeurope"
  sku                 = "standard"

  custom_parameters {
    no_public_ip = var.training_no_public_ip
  }
}

data "azurerm_key_vault_secret" "sp_secret" {
  name         = "orchestrator-secret"
  key_vault_id = var.key_vault_id
}

data "http" "ws_token" {
  url    = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method = "POST"
  request_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  request_body = "grant_type=client_credentials&client_id=${var.client_id}&client_secret=${data.azurerm_key_vault_secret.sp_secret.value}&resource=${module.analytics.workspace_url}"
}

data "http" "arm_token" {
  url    = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method = "POST"
  request_body = "grant_type=client_credentials&client_id=${var.client_id}&client_secret=${data.azurerm_key_vault_secret.sp_secret.value}&resource=https://management.azure.com/"
}

resource "databricks_secret_scope" "kv" {
  name = "clinic-kv"
  keyvault_metadata {
    resource_id = var.key_vault_id
    dns_name    = "https://kv-clinic-analytics.vault.azure.net/"
  }
}

resource "databricks_secret_acl" "analysts" {
  for_each   = var.scope_acls
  scope      = databricks_secret_scope.kv.name
  principal  = each.key
  permission = each.value
}

resource "databricks_obo_token" "bi" {
  application_id = var.bi_sp_application_id
  comment        = "powerbi-refresh"
}

resource "databricks_obo_token" "ingest" {
  application_id   = var.ingest_sp_application_id
  comment          = "ingest"
  lifetime_seconds = lookup(var.token_lifetimes, "ingest", 604800)
}

resource "databricks_obo_token" "backfill" {
  application_id   = var.ingest_sp_application_id
  comment          = "claims-backfill-2026"
  lifetime_seconds = lookup(var.token_lifetimes, "backfill", 604800)
}

resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableIpAccessLists" : true,
    "maxTokenLifetimeDays" : "0"
  }
}

resource "databricks_global_init_script" "proxy" {
  name    = "proxy"
  enabled = true
  content_base64 = base64encode(templatefile("${path.module}/templates/proxy.sh.tpl", {
    proxy_user     = "svc-proxy"
    proxy_password = "kww3T21tFR-OfJp"
  }))
}
