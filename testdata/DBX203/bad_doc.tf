resource "databricks_token" "powerbi" {
  comment = "Power BI refresh"
}

resource "databricks_token" "ci" {
  comment          = "CI deployments"
  lifetime_seconds = 365 * 24 * 60 * 60
}
