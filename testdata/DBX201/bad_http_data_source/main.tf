# The audit-log export asks the account OIDC endpoint for a token at plan time.
data "http" "account_token" {
  url    = "https://accounts.azuredatabricks.net/oidc/accounts/${var.account_id}/v1/token"
  method = "POST"

  request_headers = {
    Content-Type  = "application/x-www-form-urlencoded"
    Authorization = "Basic ${base64encode("${var.client_id}:${var.client_secret}")}"
  }

  request_body = "grant_type=client_credentials&scope=all-apis" # want DBX201 `asks for the "all-apis" scope`
}

data "http" "sql_token" {
  url          = "https://${var.workspace_host}/oidc/v1/token"
  method       = "POST"
  request_body = "grant_type=client_credentials&scope=sql"
}

variable "account_id" { type = string }
variable "client_id" { type = string }
variable "client_secret" {
  type      = string
  sensitive = true
}
variable "workspace_host" { type = string }
