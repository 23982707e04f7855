# Workspace settings managed as code, but no cap on personal access token lifetimes.
terraform {
  required_providers {
    databricks = {
      source  = "databricks/databricks"
      version = "~> 1.58"
    }
  }
}

resource "databricks_workspace_conf" "security" { # want DBX203 `databricks_workspace_conf "security" sets no maxTokenLifetimeDays`
  custom_config = {
    "enableTokensConfig"      = true
    "enableIpAccessLists"     = true
    "enableDeprecatedGlobalInitScripts" = false
  }
}
