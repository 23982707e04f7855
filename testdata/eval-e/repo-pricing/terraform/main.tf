terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = ">= 1.58"
    }
  }
}

provider "databricks" {
  host = "https://1738264950183746.6.gcp.databricks.com"
}

locals {
  partner_secrets = merge(var.partner_secrets, {
    "scraper-password" = "DwkjaD-QTo7bxl8"
    "scraper-user"     = "pricing-bot"
  })
}

resource "databricks_secret_scope" "pricing" {
  name = "pricing"
}

resource "databricks_secret_scope" "sandbox" {
  name                     = "pricing-sandbox"
  initial_manage_principal = "users"
}

resource "databricks_secret" "partner" {
  for_each     = local.partner_secrets
  scope        = databricks_secret_scope.pricing.name
  key          = each.key
  string_value = each.value
}

resource "databricks_secret_acl" "sandbox_users" {
  scope      = databricks_secret_scope.sandbox.name
  principal  = "users"
  permission = "WRITE"
}

resource "databricks_token" "looker" {
  comment          = "looker-pricing"
  lifetime_seconds = var.looker_token_lifetime
}

resource "databricks_custom_app_integration" "looker" {
  name         = "looker-pricing"
  redirect_urls = ["https://looker.retail.internal/oauth/callback"]
  scopes       = ["sql", "offline_access"]
  confidential = true
}

resource "databricks_custom_app_integration" "airflow" {
  name          = "airflow-pricing"
  redirect_urls = ["https://airflow.retail.internal/oauth/callback"]
  scopes        = ["all-apis", "offline_access"]
  confidential  = true
}
