# Configuration files the ETL jobs read at start-up, rendered from templates;
# the secrets come from Key Vault.
variable "warehouse_host" {
  type = string
}

variable "key_vault_id" {
  type = string
}

data "azurerm_key_vault_secret" "warehouse" {
  name         = "warehouse-sync-password"
  key_vault_id = var.key_vault_id
}

resource "databricks_workspace_file" "etl_conf" {
  path = "/Shared/etl/warehouse.conf"
  content_base64 = base64encode(templatefile("${path.module}/templates/warehouse.conf.tpl", {
    host          = var.warehouse_host
    user          = "etl_svc"
    password      = data.azurerm_key_vault_secret.warehouse.value
    password_file = "/dbfs/secrets/warehouse.pw"
  }))
}

resource "databricks_workspace_file" "alerts_conf" {
  path = "/Shared/etl/alerts.json"
  content_base64 = base64encode(templatefile("${path.module}/../platform/alerts.json.tpl", {
    smtp_user         = "alerts@contoso.com"
    smtp_password     = "{{secrets/alerts/smtp-password}}"
    pagerduty_api_key = "<set by the pipeline>"
    secret_scope      = "alerts"
  }))
}
