# Example from the module README.
resource "databricks_secret_scope" "crm" {
  name = "crm"
}

resource "databricks_secret" "smtp" {
  scope        = databricks_secret_scope.crm.name
  key          = "smtp-password"
  string_value = "YOUR_SMTP_PASSWORD"
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = "<your-api-token>"
}

resource "databricks_secret" "api" {
  scope        = databricks_secret_scope.crm.name
  key          = "api-token"
  string_value = var.api_token
}
