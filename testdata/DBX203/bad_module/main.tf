terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = ">= 1.40"
    }
  }
}

provider "databricks" {
  host = var.workspace_url
}

# Token the nightly ingestion uses; its lifetime comes from terraform.tfvars.
resource "databricks_token" "ingestion" {
  comment          = "nightly ingestion"
  lifetime_seconds = var.ingestion_token_lifetime
}

resource "databricks_token" "adf" { # want DBX203 `databricks_token "adf" sets no lifetime_seconds`
  comment = "Azure Data Factory linked service"
}

resource "databricks_token" "monitoring" {
  comment          = "Grafana datasource"
  lifetime_seconds = 0 # want DBX203 `lifetime_seconds 0, which sets no expiry`
}

resource "databricks_token" "dbt" {
  comment          = "dbt Cloud"
  lifetime_seconds = 30 * 24 * 60 * 60
}

resource "databricks_obo_token" "etl_sp" { # want DBX203 `databricks_obo_token "etl_sp" sets no lifetime_seconds: the token never expires`
  application_id = databricks_service_principal.etl.application_id
  comment        = "PAT on behalf of the ETL service principal"
}

resource "databricks_obo_token" "reporting_sp" {
  application_id   = databricks_service_principal.reporting.application_id
  comment          = "PAT on behalf of reporting"
  lifetime_seconds = 3600
}

resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableTokensConfig" : true,
    "maxTokenLifetimeDays" : "365" # want DBX203 `maxTokenLifetimeDays "365" lets new tokens live 365 days, above the 90-day maximum`
  }
}
