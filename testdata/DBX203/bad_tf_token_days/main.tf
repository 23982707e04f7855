# Personal access tokens for the platform's service principals. Lifetimes are
# written in days and converted here.
resource "databricks_token" "ci" {
  comment          = "GitHub Actions deploy"
  lifetime_seconds = var.ci_token_days * 24 * 60 * 60
}

resource "databricks_token" "powerbi" {
  comment          = "Power BI gateway"
  lifetime_seconds = local.powerbi_token_days * 86400
}

resource "databricks_token" "etl" {
  comment          = "nightly ETL"
  lifetime_seconds = (var.etl_token_days * 24) * 3600
}

locals {
  powerbi_token_days = 180 # want DBX203 `databricks_token "powerbi" lifetime_seconds 15552000 is 180 days`
}

module "airflow_pat" {
  source     = "./modules/pat"
  comment    = "Airflow connection"
  token_days = 120 # want DBX203 `databricks_token "this" lifetime_seconds 10368000 is 120 days`
}
