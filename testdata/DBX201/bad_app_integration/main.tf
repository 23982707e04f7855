terraform {
  required_providers {
    databricks = {
      source = "databricks/databricks"
    }
  }
}

provider "databricks" {
  host       = var.account_host
  account_id = var.account_id
}

resource "databricks_custom_app_integration" "tableau" {
  name          = "tableau-server"
  redirect_urls = ["https://tableau.example.com/auth/add_oauth_token"]
  confidential  = true
  scopes        = ["all-apis", "offline_access"] # want DBX201 `custom_app_integration.tableau asks for the "all-apis" scope`

  token_access_policy {
    access_token_ttl_in_minutes  = 60
    refresh_token_ttl_in_minutes = 1440
  }
}

resource "databricks_custom_app_integration" "powerbi" {
  name          = "powerbi-gateway"
  redirect_urls = ["https://login.microsoftonline.com/common/oauth2/nativeclient"]
  confidential  = false
  scopes        = var.powerbi_scopes
}
