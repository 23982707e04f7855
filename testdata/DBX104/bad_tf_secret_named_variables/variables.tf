# Test VM that runs the ingestion smoke tests against the workspace.
variable "vm_admin_username" {
  type    = string
  default = "azureadmin"
}

variable "vm_admin_password" {
  description = "Local admin password of the smoke-test VM."
  type        = string
  default     = "Sm0ke-Vm-Adm1n!" # want DBX104 `secret-named variable "vm_admin_password" has a literal default and is not marked sensitive`
}

variable "pagerduty_token" {
  type    = string
  default = "u+Kx81Pq0bRtZ3eWm" # want DBX104 `secret-named variable "pagerduty_token" has a literal default and is not marked sensitive`
}

variable "sftp_password" {
  type = string
}

variable "partner_client_secret" {
  type      = string
  sensitive = true
  default   = "pc-7Hq2Rv9Lw4Tz" # want DBX104 `sensitive variable "partner_client_secret" has a literal default \("`
}
