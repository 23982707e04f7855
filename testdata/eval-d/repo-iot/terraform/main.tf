terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = ">= 1.58"
    }
    http = {
      source = "hashicorp/http"
    }
  }
}

provider "databricks" {
  host = var.workspace_url
}

locals {
  tags = merge(var.base_tags, { workload = "plant-telemetry" })
}

# One PAT per plant gateway; lifetimes per plant, else the default.
resource "databricks_token" "gateway" {
  for_each         = toset(var.plants)
  comment          = "gateway-${each.key}"
  lifetime_seconds = lookup(var.gateway_token_lifetimes, each.key, var.default_token_lifetime)
}

resource "databricks_token" "historian_bridge" {
  comment = "historian bridge"
}

resource "databricks_workspace_file" "opcua_init" {
  path = "/Shared/init/opcua-init.sh"
  content_base64 = base64encode(templatefile("${path.module}/templates/opcua-init.sh.tpl", {
    historian_host     = "contoso-historian.westeurope.cloudapp.azure.com"
    historian_user     = "svc_hist"
    historian_password = "H1st-0pcua-Tn4vR"
    broker_password    = "{{secrets/iot-prod/mqtt-password}}"
  }))
}

# Entra ID token for the SCIM sync, fetched at plan time.
data "http" "aad_token" {
  url    = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method = "POST"
  request_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  request_body = "grant_type=client_credentials&client_id=${var.scim_client_id}&client_secret=${var.scim_client_secret}&resource=${var.workspace_url}"
}

data "http" "arm_token" {
  url    = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method = "POST"
  request_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  request_body = "grant_type=client_credentials&client_id=${var.scim_client_id}&client_secret=${var.scim_client_secret}&resource=https://management.core.windows.net/"
}

resource "databricks_secret_scope" "plants" {
  for_each                 = var.plant_scopes
  name                     = "iot-${each.key}"
  initial_manage_principal = each.value.manager
}
