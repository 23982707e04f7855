resource "time_rotating" "ci" {
  rotation_days = 30
}

resource "databricks_token" "ci" {
  comment          = "CI (rotated ${time_rotating.ci.id})"
  lifetime_seconds = 90 * 24 * 60 * 60
}

resource "databricks_token" "from_variable" {
  comment          = "lifetime chosen per environment"
  lifetime_seconds = var.token_lifetime
}

resource "databricks_obo_token" "sp" {
  application_id   = databricks_service_principal.sp.application_id
  comment          = "PAT for the SP"
  lifetime_seconds = local.one_week
}

locals {
  one_week = 7 * 24 * 3600
}

resource "databricks_workspace_conf" "tokens" {
  custom_config = {
    "enableTokensConfig"   = true
    "maxTokenLifetimeDays" = "90"
  }
}

resource "databricks_workspace_conf" "ip_lists" {
  custom_config = {
    "enableIpAccessLists" = true
  }
}

# A token without a lifetime is not written here:
# resource "databricks_token" "old" { comment = "legacy" }
