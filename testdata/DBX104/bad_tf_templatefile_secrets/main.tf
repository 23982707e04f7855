# Configuration files the ETL jobs read at start-up, rendered from templates.
variable "warehouse_host" {
  type = string
}

locals {
  smtp_relay_password = "Rl4y-Nightly-9Qx" # want DBX104 `templatefile\(\) variable "smtp_password" is a literal \(through local\.smtp_relay_password\)`
}

resource "databricks_workspace_file" "etl_conf" {
  path = "/Shared/etl/warehouse.conf"
  content_base64 = base64encode(templatefile("${path.module}/templates/warehouse.conf.tpl", {
    host     = var.warehouse_host
    user     = "etl_svc"
    password = "Wh-Sync-7Kp2Vq9x" # want DBX104 `templatefile\(\) variable "password" is a literal \("Wh…"\); pass it in from a secret store`
  }))
}

resource "databricks_workspace_file" "alerts_conf" {
  path = "/Shared/etl/alerts.json"
  # The template lives in the platform repository, not in this one.
  content_base64 = base64encode(templatefile("${path.module}/../platform/alerts.json.tpl", {
    smtp_user         = "alerts@contoso.com"
    smtp_password     = local.smtp_relay_password
    pagerduty_api_key = "pdk-4Hs8Lq2Vt6Xz0Mn" # want DBX104 `templatefile\(\) variable "pagerduty_api_key" is a literal`
  }))
}
