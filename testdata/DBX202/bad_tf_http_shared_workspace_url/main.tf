# The workspace URL is the provider's host (right) and, by mistake, the
# resource of the Azure AD token the SCIM sync asks for: the finding stands
# at the token request's resource, not at the variable the provider shares.
variable "workspace_url" {
  type    = string
  default = "https://adb-3920581746203958.11.azuredatabricks.net"
}

variable "tenant_id" {
  type = string
}

variable "client_id" {
  type = string
}

variable "client_secret" {
  type      = string
  sensitive = true
}

provider "databricks" {
  host = var.workspace_url
}

data "http" "scim_token" {
  url    = "https://login.microsoftonline.com/${var.tenant_id}/oauth2/token"
  method = "POST"
  request_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  request_body = "grant_type=client_credentials&client_id=${var.client_id}&client_secret=${var.client_secret}&resource=${var.workspace_url}" # want DBX202 "names the Databricks URL"
}
