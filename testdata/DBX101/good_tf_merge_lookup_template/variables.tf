variable "key_vault_id" {
  type = string
}

variable "inventory_password" {
  type      = string
  sensitive = true
}

variable "connection_passwords" {
  description = "Federation passwords by connection, set from TF_VAR_connection_passwords in CI."
  type        = map(string)
  sensitive   = true
  default     = {}
}

variable "legacy_password_override" {
  type      = string
  sensitive = true
  default   = null
}
