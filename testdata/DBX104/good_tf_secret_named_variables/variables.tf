variable "vm_admin_username" {
  type    = string
  default = "azureadmin"
}

# Set from TF_VAR_vm_admin_password in the pipeline.
variable "vm_admin_password" {
  type      = string
  sensitive = true
}

variable "pagerduty_token" {
  type    = string
  default = "<set in the pipeline>"
}

variable "token_url" {
  type    = string
  default = "https://login.microsoftonline.com/common/oauth2/v2.0/token"
}

variable "secret_scope" {
  type    = string
  default = "smoke-tests"
}

variable "sftp_password" {
  type    = string
  default = null
}

variable "password_length" {
  type    = number
  default = 24
}

variable "client_secret" {
  type    = string
  default = "smoke-client-secret"
}
