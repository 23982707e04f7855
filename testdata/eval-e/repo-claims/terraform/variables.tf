variable "workspace_url" {
  type    = string
  default = "https://dbc-21be08d4-9a77.cloud.databricks.com"
}

variable "scopes" {
  description = "Secret scopes and who manages them"
  type = map(object({
    manage_principal = string
  }))
  default = {
    claims-prod = { manage_principal = null }
    claims-bi   = { manage_principal = "users" }
  }
}

variable "bi_token_lifetime_days" {
  type    = number
  default = 365
}

variable "smtp_password" {
  type = string
}

variable "broker_api_password" {
  type    = string
  default = "38kXNFUe-svDlfL"
}

variable "rds_master_password" {
  type      = string
  sensitive = true
}
