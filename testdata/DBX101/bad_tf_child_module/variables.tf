variable "workspace_url" {
  type = string
}

variable "key_vault_id" {
  type = string
}

variable "billing_password" {
  type      = string
  sensitive = true
}
