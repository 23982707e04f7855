# A PAT for the BI gateway, minted at plan time with the deploying principal's token.
data "http" "bi_gateway_pat" {
  url    = "https://${var.workspace_host}/api/2.0/token/create"
  method = "POST"
  request_headers = {
    Authorization = "Bearer ${var.deploy_token}"
  }
  request_body = jsonencode({
    comment          = "bi-gateway"
    lifetime_seconds = var.pat_lifetime_seconds
  })
}

data "http" "backfill_pat" { # want DBX203 `sets no lifetime_seconds`
  url    = "https://${var.workspace_host}/api/2.0/token/create"
  method = "POST"
  request_headers = {
    Authorization = "Bearer ${var.deploy_token}"
  }
  request_body = jsonencode(local.backfill_token)
}

locals {
  backfill_token = {
    comment = "backfill"
  }
}

variable "workspace_host" {
  type = string
}

variable "deploy_token" {
  type      = string
  sensitive = true
}

variable "pat_lifetime_seconds" {
  type    = number
  default = 31536000 # want DBX203 `lifetime_seconds 31536000 is 365 days`
}
