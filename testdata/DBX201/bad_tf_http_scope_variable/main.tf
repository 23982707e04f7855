# The audit-log export asks the account OIDC endpoint for a token at plan time.
data "http" "account_token" {
  url             = "https://accounts.azuredatabricks.net/oidc/accounts/${var.account_id}/v1/token"
  method          = "POST"
  request_headers = merge(local.form_headers, { Authorization = "Basic ${base64encode("${var.client_id}:${var.client_secret}")}" })
  request_body    = "grant_type=client_credentials&scope=${var.token_scope}"
}

data "http" "workspace_token" {
  url             = "https://${var.workspace_host}/oidc/v1/token"
  method          = "POST"
  request_headers = local.form_headers
  request_body    = "grant_type=client_credentials&${local.workspace_scope}"
}

locals {
  form_headers = {
    Content-Type = "application/x-www-form-urlencoded"
  }
  workspace_scope = "scope=all-apis" # want DBX201 `asks for the "all-apis" scope`
}

variable "account_id" { type = string }
variable "workspace_host" { type = string }
variable "client_id" { type = string }
variable "client_secret" {
  type      = string
  sensitive = true
}
variable "token_scope" {
  type    = string
  default = "all-apis" # want DBX201 `asks for the "all-apis" scope`
}
