locals {
  env    = "prod"
  prefix = "claims-${local.env}"
}

resource "databricks_secret_scope" "this" {
  for_each                 = var.scopes
  name                     = each.key
  initial_manage_principal = each.value.manage_principal
}

resource "databricks_token" "bi" {
  comment          = "${local.prefix}-tableau"
  lifetime_seconds = var.bi_token_lifetime_days * 24 * 60 * 60
}

resource "databricks_token" "ops" {
  comment = "${local.prefix}-ops-runbook"
}

resource "databricks_token" "ci" {
  comment          = "${local.prefix}-ci"
  lifetime_seconds = 60 * 24 * 60 * 60
}

module "secrets" {
  source        = "./modules/secrets"
  scope         = databricks_secret_scope.this["claims-prod"].name
  smtp_password = var.smtp_password
  broker_api    = var.broker_api_password
  rds_password  = "${local.env}-Rds-zmW-L6AnsW4YiUS"
}

resource "databricks_permissions" "warehouse" {
  sql_endpoint_id = "4b9e2c71d0a35f68"
  access_control {
    group_name       = "users"
    permission_level = "CAN_USE"
  }
  access_control {
    group_name       = "claims-data-eng"
    permission_level = "CAN_MANAGE"
  }
}
