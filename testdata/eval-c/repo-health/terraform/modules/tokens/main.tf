terraform {
  required_providers {
    databricks = {
      source = "databricks/databricks"
    }
    time = {
      source = "hashicorp/time"
    }
  }
}

variable "env" {
  type = string
}

# Token for the GitLab runner that deploys the bundle (rotated by hand).
resource "databricks_token" "gitlab_ci" {
  comment = "gitlab-ci claims-lakehouse ${var.env}"
}

# MWAA triggers jobs with this token; time_rotating replaces it well before it expires.
resource "time_rotating" "airflow" {
  rotation_days = 45
}

resource "databricks_token" "airflow" {
  comment          = "mwaa-claims ${var.env} (rotated ${time_rotating.airflow.rotation_rfc3339})"
  lifetime_seconds = 60 * 24 * 60 * 60
}

resource "databricks_service_principal" "tableau" {
  display_name = "tableau-claims-${var.env}"
}

resource "databricks_service_principal" "powerbi" {
  display_name = "powerbi-claims-${var.env}"
}

resource "databricks_obo_token" "tableau" {
  application_id = databricks_service_principal.tableau.application_id
  comment        = "Tableau Server extract refresh"
}

resource "databricks_obo_token" "powerbi" {
  application_id   = databricks_service_principal.powerbi.application_id
  comment          = "Power BI gateway"
  lifetime_seconds = 2592000
}
