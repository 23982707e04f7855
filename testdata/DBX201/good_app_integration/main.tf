# BI tools get the sql scope only; all-apis is not needed.
resource "databricks_custom_app_integration" "tableau" {
  name          = "tableau-server"
  redirect_urls = ["https://tableau.example.com/auth/add_oauth_token"]
  confidential  = true
  scopes        = ["sql", "offline_access"]
}

resource "databricks_secret_scope" "all_apis" {
  name = "all-apis"
}

resource "databricks_secret" "partner" {
  scope        = databricks_secret_scope.all_apis.name
  key          = "partner"
  string_value = var.partner_key
}

variable "partner_key" {
  type      = string
  sensitive = true
}
