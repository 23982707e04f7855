# Account-level token for the nightly audit-log export. The databricks provider does not expose
# its token, so we ask the account OIDC endpoint directly.
data "http" "account_token" {
  url    = "https://accounts.azuredatabricks.net/oidc/accounts/${var.account_id}/v1/token"
  method = "POST"

  request_headers = {
    Content-Type  = "application/x-www-form-urlencoded"
    Authorization = "Basic ${base64encode("${var.audit_sp_client_id}:${var.audit_sp_client_secret}")}"
  }

  request_body = "grant_type=client_credentials&scope=all-apis"
}

locals {
  account_access_token = jsondecode(data.http.account_token.response_body).access_token
}
