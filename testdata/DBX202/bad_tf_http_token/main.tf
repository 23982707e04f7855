# Azure AD tokens for the SCIM sync, fetched at plan time.
data "http" "aad_token" {
  url             = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method          = "POST"
  request_headers = local.form_headers
  request_body    = "grant_type=client_credentials&client_id=${var.client_id}&client_secret=${var.client_secret}&resource=${var.token_resource}"
}

data "http" "aad_token_v2" {
  url             = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/v2.0/token"
  method          = "POST"
  request_headers = local.form_headers
  request_body = join("&", [
    "grant_type=client_credentials",
    "client_id=${var.client_id}",
    "client_secret=${var.client_secret}",
    "scope=${local.databricks_scope}",
  ])
}

locals {
  form_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  databricks_scope = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d" # want DBX202 `asks for scope "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d", a resource without a permission`
}
