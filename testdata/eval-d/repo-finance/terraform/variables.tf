variable "location" {
  type    = string
  default = "uksouth"
}

variable "common_tags" {
  type = map(string)
  default = {
    owner   = "finance-platform"
    project = "ledger"
  }
}

variable "key_vault_id" {
  type = string
}

variable "vendor_api_keys" {
  description = "Vendor API keys stored in the ledger scope, by secret key"
  type        = map(string)
  sensitive   = true
  default     = {}
}

variable "orchestrator_token_lifetime" {
  description = "Lifetime of the close orchestrator PAT, in seconds"
  type        = number
  default     = 2592000
}

variable "test_vm_admin_password" {
  description = "Local admin of the close test VM"
  type        = string
  default     = "Cl0seTest-86dNRq"
}

variable "test_vm_nic_id" {
  type = string
}
