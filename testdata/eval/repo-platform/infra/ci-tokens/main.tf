# Tokens handed to external systems (Azure DevOps, Fivetran, the BI gateway).
terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.50"
    }
    time = {
      source  = "hashicorp/time"
      version = "~> 0.11"
    }
  }
}

provider "databricks" {
  host  = var.workspace_url
  token = "dapi90f5444279086e77bc533d5ef2d7464b"
}

resource "databricks_token" "fivetran" {
  comment          = "Fivetran destination (yearly rotation)"
  lifetime_seconds = 31536000
}

resource "time_rotating" "ado" {
  rotation_days = 30
}

resource "databricks_token" "ado" {
  comment          = "Azure DevOps - rotated ${time_rotating.ado.rfc3339}"
  lifetime_seconds = 60 * 24 * 60 * 60
}

resource "databricks_service_principal" "bi_gateway" {
  application_id = var.bi_gateway_application_id
  display_name   = "sp-bi-gateway"
}

resource "databricks_obo_token" "bi_gateway" {
  application_id = databricks_service_principal.bi_gateway.application_id
  comment        = "BI gateway on-behalf-of token"
}

resource "databricks_obo_token" "ingest_sp" {
  application_id   = var.ingest_sp_application_id
  comment          = "Ingest SP, 7 days"
  lifetime_seconds = 604800
}

output "ado_token" {
  value     = databricks_token.ado.token_value
  sensitive = true
}
