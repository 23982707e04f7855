resource "databricks_secret_scope" "crm" {
  name = "crm"
}

resource "databricks_secret" "crm_api_key" {
  scope        = databricks_secret_scope.crm.name
  key          = "api-key"
  string_value = "crm-live-7Hq2mVx9LpR4sKd8"
}
