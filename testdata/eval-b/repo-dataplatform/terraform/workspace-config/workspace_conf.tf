resource "databricks_workspace_conf" "this" {
  custom_config = {
    "enableTokensConfig"      = true
    "maxTokenLifetimeDays"    = "365"
    "enableIpAccessLists"     = true
    "enableDbfsFileBrowser"   = false
    "enableResultsDownloading" = false
  }
}

resource "databricks_token" "terraform_ci" {
  provider         = databricks.bootstrap
  comment          = "terraform CI (rotated monthly)"
  lifetime_seconds = 30 * 24 * 3600
}
